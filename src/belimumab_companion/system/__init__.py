"""The operating system's plumbing: files written whole, the data lock, the local time zone and
country, start at login, where the data folder lives, test pause points. No use case, no
database, no Qt: services, storage and the entry points build on it."""
