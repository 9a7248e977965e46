"""Imports go one way: the engine (model, render, checks, templates, cli) never needs Qt."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from conftest import ROOT

ENGINE = ["thongbao_editor.model", "thongbao_editor.render.blocks", "thongbao_editor.render.docx",
          "thongbao_editor.render.pdf", "thongbao_editor.render.html", "thongbao_editor.api", "thongbao_editor.cli",
          "thongbao_editor.checks", "thongbao_editor.templates", "thongbao_editor.importer"]


def test_engine_imports_with_pyside6_blocked():
    code = textwrap.dedent(f"""
        import importlib, importlib.util, sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name == "PySide6" or name.startswith("PySide6."):
                    raise ImportError("PySide6 is blocked in this test")
        sys.meta_path.insert(0, Block())
        for name in {ENGINE!r}:
            if importlib.util.find_spec(name) is not None:
                importlib.import_module(name)
        import thongbao_editor.cli
        thongbao_editor.cli.build_parser()
        assert not any(m.startswith("PySide6") for m in sys.modules)
        print("ok")
    """)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.stdout.strip() == "ok", result.stderr
