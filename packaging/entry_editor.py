"""Entry point of the bundled editor (PyInstaller runs this file as __main__)."""

import sys

from thongbao_editor.gui.app import main

sys.exit(main())
