"""``python -m thongbao_editor [DRAFT]`` opens the desktop editor."""

import sys

if __name__ == "__main__":  # not when the template worker process re-imports this module
    from .gui.app import main

    sys.exit(main())
