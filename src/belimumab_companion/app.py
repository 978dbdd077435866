"""Composition root: arguments -> paths -> (GUI | CLI). The database is opened after first paint."""

from __future__ import annotations

import os
import sys

from belimumab_companion import __version__
from belimumab_companion.paths import PRIVATE_UMASK


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)
    from belimumab_companion.cli import build_parser, run

    # The window's options alone first; the full tree (every command) only when more is given
    # or help is asked for: building it costs the window's start about 50 ms.
    full = bool({"-h", "--help"} & set(argv))
    if not full:
        args, _unknown = build_parser(with_commands=False).parse_known_args(argv)
        full = bool(_unknown)
        args.command = None
    if full:
        args, _unknown = build_parser().parse_known_args(argv)
    if args.version:
        print(f"belimumab-companion {__version__}")
        return 0
    if args.self_test:
        if args.command or _unknown:
            build_parser().error("--self-test takes no command")  # exits 2
        from belimumab_companion.self_test import run_self_test

        return run_self_test(args.data_dir)
    if args.command:
        return run(argv)
    if _unknown:
        build_parser().parse_args(argv)  # prints the usage error and exits 2
    from belimumab_companion.gui_main import run_gui

    return run_gui(
        args.data_dir,
        start_page=args.page,
        demo=args.demo,
        minimized=args.minimized,
        language=args.language,
    )
