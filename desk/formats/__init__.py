"""File formats: the body model to and from plain text, HTML and Word."""
