"""PySide6 widgets only. Talks to services, never to storage or SQLAlchemy."""
