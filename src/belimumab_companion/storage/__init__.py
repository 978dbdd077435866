"""SQLite through SQLAlchemy 2.x: models, engine, migrations, backups, repositories."""
