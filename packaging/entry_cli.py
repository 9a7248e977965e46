"""Entry point of the bundled ``thongbao`` command."""

import sys

from thongbao_editor.cli import main

sys.exit(main())
