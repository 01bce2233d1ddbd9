"""`python -m desk` is the `desk` command."""

import sys

from desk.main import main

sys.exit(main())
