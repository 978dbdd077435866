"""How the domain's codes read: one table per role, shared by the window and the command line.

No Qt here (the command line imports these modules without it). Every entry is the English source,
marked with ``QT_TRANSLATE_NOOP(context, source)`` so that ``pyside6-lupdate`` extracts it; the
window translates an entry with ``ui.i18n.marked(context, source)``, the command line prints the
English source as it is. One translation context per role: ``dose_text`` (planned doses, plans),
``contraception_text``, ``DiaryModel`` (the diary's words), ``Messages`` (refusals and problems).
The tables are built once, when the module is imported.
"""
