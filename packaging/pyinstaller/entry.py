"""The frozen app's entry point (PyInstaller needs a script): the same as `belimumab-companion`."""

import sys

from belimumab_companion.app import main

if __name__ == "__main__":
    sys.exit(main())
