"""Text for the user made below the UI (domain, services), in a form the UI can translate.

The domain and the services never import Qt, so they cannot call ``tr()``. They return codes
where they can; where a sentence is the natural result (an error about what was typed), they
build a :class:`UserText`: the English source, marked with :func:`QT_TRANSLATE_NOOP` so that
``pyside6-lupdate`` extracts it into the ``Messages`` context, plus the values for its ``%1``,
``%2``… placeholders. ``str()`` gives the English sentence (for the log-free CLI and tests); the
UI translates it with ``ui.i18n.user_text``, formatting dates and numbers for the user's locale.
"""

from __future__ import annotations

import errno
import re
from dataclasses import dataclass
from datetime import date, datetime, time

MESSAGES_CONTEXT = "Messages"

_PLACEHOLDER = re.compile(r"%(\d)")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for extraction by ``pyside6-lupdate``; returns it unchanged."""
    return source


@dataclass(frozen=True)
class UserText:
    """An English sentence with ``%1``…``%9`` placeholders and their values. A value may itself
    be a UserText (a reason inside a sentence): it is translated too."""

    source: str
    args: tuple[Value, ...] = ()

    def __str__(self) -> str:
        return fill(self.source, tuple(english_value(value) for value in self.args))


Value = str | int | float | date | datetime | time | UserText


def message(source: str, *args: Value) -> UserText:
    """``source`` must be written as ``QT_TRANSLATE_NOOP("Messages", "…")`` at the call site."""
    return UserText(source, args)


def fill(template: str, values: tuple[str, ...]) -> str:
    """Replace ``%1``…``%9`` in one pass (a value containing "%2" is never replaced again)."""

    def value_for(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value_for, template)


def english_value(value: Value) -> str:
    """A value as the English sentence writes it: grouped whole numbers (as the UI's locale
    groups them), floats without a needless ".0"."""
    if isinstance(value, UserText):
        return str(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date | time):
        return value.isoformat(timespec="minutes") if isinstance(value, time) else value.isoformat()
    return str(value)


class UserFacingError(ValueError):
    """A refusal whose message is for the user; ``text`` is translatable by the UI."""

    def __init__(self, text: UserText, code: str = "") -> None:
        super().__init__(str(text))
        self.text = text
        self.code = code


def _os_reasons() -> dict[int, str]:
    reasons = {
        errno.ENOSPC: QT_TRANSLATE_NOOP("Messages", "the disk is full"),
        errno.EACCES: QT_TRANSLATE_NOOP("Messages", "permission denied"),
        errno.EPERM: QT_TRANSLATE_NOOP("Messages", "permission denied"),
        errno.EROFS: QT_TRANSLATE_NOOP("Messages", "the disk is read-only"),
        errno.ENOENT: QT_TRANSLATE_NOOP("Messages", "no such file or folder"),
        errno.ENOTDIR: QT_TRANSLATE_NOOP("Messages", "part of the path is not a folder"),
        errno.EISDIR: QT_TRANSLATE_NOOP("Messages", "it is a folder, not a file"),
        errno.EEXIST: QT_TRANSLATE_NOOP("Messages", "it already exists"),
        errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Messages", "the name is too long"),
        errno.EIO: QT_TRANSLATE_NOOP("Messages", "the disk could not be read or written"),
        errno.EBUSY: QT_TRANSLATE_NOOP("Messages", "it is in use by another program"),
    }
    quota = getattr(errno, "EDQUOT", None)  # not on Windows
    if quota is not None:
        reasons[quota] = QT_TRANSLATE_NOOP("Messages", "your disk quota is used up")
    return reasons


_OS_REASONS = _os_reasons()


def os_reason(error: OSError) -> UserText:
    """Why an operating-system call failed, as a translatable fragment ("the disk is full").
    An error we have no sentence for keeps the system's own (English) words."""
    known = _OS_REASONS.get(error.errno or 0)
    if known is not None:
        return message(known)
    return message(QT_TRANSLATE_NOOP("Messages", "system error: %1"), error.strerror or str(error))


def os_error_text(error: OSError) -> UserText:
    """An OSError for the user: the file or folder it concerns (when known) and why."""
    if error.filename is None:
        return os_reason(error)
    return message(QT_TRANSLATE_NOOP("Messages", "%1: %2"), str(error.filename), os_reason(error))
