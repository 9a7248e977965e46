"""``python -m thongbao_editor [DRAFT]`` opens the desktop editor."""

import sys

from .gui.app import main

sys.exit(main())
