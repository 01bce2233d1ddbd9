"""The Qt window: thin views over Qt models, fed by the services. The only PySide6 importer."""
