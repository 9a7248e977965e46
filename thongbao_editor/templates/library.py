"""The template library: built-in templates and profiles (read-only, shipped
in ``templates/notices`` and ``templates/profiles``) plus a user folder
(``notices/`` and ``profiles/`` inside it) for imported and saved ones.

Names are file names without ``.toml``: lower-case ASCII letters, digits and
hyphens.  A name never reaches outside its folder: it is checked against that
pattern *and* the resolved path must lie inside the folder.  Built-in names
cannot be overwritten or deleted.

The user folder is a parameter (the GUI passes QStandardPaths'
AppDataLocation); :func:`default_user_dir` gives ``$THONGBAO_USER_DIR`` or the
platform's usual place.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from ..appdirs import user_data_dir
from ..errors import TemplateError, os_reason
from ..fileio import atomic_write_bytes, read_bounded
from ..paths import templates_dir
from .files import (MAX_FILE_BYTES, NAME, PROFILE_KIND, TEMPLATE_KIND, NoticeTemplate, Profile,
                    file_kind, parse_profile, parse_template, read_text)

log = logging.getLogger(__name__)

FOLDERS = {TEMPLATE_KIND: "notices", PROFILE_KIND: "profiles"}
KIND_WORDS = {TEMPLATE_KIND: "mẫu thông báo", PROFILE_KIND: "hồ sơ cơ quan"}


def default_user_dir(preferred: str | os.PathLike[str] | None = None) -> Path:
    """``$THONGBAO_USER_DIR``, else ``preferred`` (the editor's Preferences),
    else the platform's per-user data folder (:mod:`thongbao_editor.appdirs`)."""
    env = os.environ.get("THONGBAO_USER_DIR")
    if env:
        return Path(env).expanduser()
    if preferred:
        return Path(preferred).expanduser()
    return user_data_dir()


def read_file(path: Path) -> tuple[str, str]:
    """The text of a template or profile file and its kind (TEMPLATE_KIND or PROFILE_KIND)."""
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except OSError as exc:
        raise TemplateError("template.io", file=str(path), reason=os_reason(exc)) from None
    text = read_text(data, str(path))
    return text, file_kind(text, str(path))


@dataclass(frozen=True)
class Entry:
    """One item of the library, for lists."""

    kind: str  # TEMPLATE_KIND | PROFILE_KIND
    name: str
    builtin: bool
    title: str
    sample: bool = False
    error: str = ""  # a user file that does not load is listed with its error


def check_name(name: str, kind: str = TEMPLATE_KIND) -> str:
    if not isinstance(name, str) or not NAME.match(name):
        raise TemplateError("template.bad_name", kind=KIND_WORDS[kind], name=name)
    return name


class Library:
    def __init__(self, user_dir: str | os.PathLike[str] | None = None):
        self.user_dir = Path(user_dir) if user_dir is not None else default_user_dir()

    # -- places -----------------------------------------------------------------
    def _builtin(self, kind: str):
        return templates_dir().joinpath(FOLDERS[kind])

    def _user_folder(self, kind: str) -> Path:
        return self.user_dir / FOLDERS[kind]

    def user_path(self, kind: str, name: str) -> Path:
        """The user file for ``name``, checked to stay inside its folder."""
        check_name(name, kind)
        folder = self._user_folder(kind).resolve()
        path = (folder / f"{name}.toml").resolve()
        if path.parent != folder:
            raise TemplateError("template.bad_name", kind=KIND_WORDS[kind], name=name)
        return path

    def _builtin_file(self, kind: str, name: str):
        check_name(name, kind)
        f = self._builtin(kind).joinpath(f"{name}.toml")
        return f if f.is_file() else None

    def is_builtin(self, kind: str, name: str) -> bool:
        return self._builtin_file(kind, name) is not None

    # -- reading ------------------------------------------------------------------
    def names(self, kind: str) -> list[str]:
        out = set()
        for f in self._builtin(kind).iterdir():
            if f.name.endswith(".toml") and NAME.match(f.name[:-5]):
                out.add(f.name[:-5])
        folder = self._user_folder(kind)
        if folder.is_dir():
            for f in folder.glob("*.toml"):
                if NAME.match(f.stem) and f.is_file():
                    out.add(f.stem)
        return sorted(out)

    def source(self, kind: str, name: str) -> tuple[str, str]:
        """(text, file label) of ``name``; built-in first."""
        f = self._builtin_file(kind, name)
        if f is not None:
            return read_text(read_bounded(f, MAX_FILE_BYTES), f"{FOLDERS[kind]}/{name}.toml"), \
                f"{FOLDERS[kind]}/{name}.toml"
        path = self.user_path(kind, name)
        try:
            data = read_bounded(path, MAX_FILE_BYTES)
        except FileNotFoundError:
            raise TemplateError("template.not_found", kind=KIND_WORDS[kind], name=name,
                                available=", ".join(self.names(kind)) or "-") from None
        except OSError as exc:
            raise TemplateError("template.io", file=str(path), reason=os_reason(exc)) from None
        return read_text(data, str(path)), str(path)

    def template(self, name: str) -> NoticeTemplate:
        text, file = self.source(TEMPLATE_KIND, name)
        return parse_template(text, name, file)

    def profile(self, name: str) -> Profile:
        text, file = self.source(PROFILE_KIND, name)
        return parse_profile(text, name, file)

    def shipped_profiles(self) -> list[Profile]:
        """The built-in agency profiles: a template is checked against them
        before it enters the library."""
        names = sorted(f.name[:-5] for f in self._builtin(PROFILE_KIND).iterdir()
                       if f.name.endswith(".toml") and NAME.match(f.name[:-5]))
        return [self.profile(n) for n in names]

    def entries(self, kind: str | None = None) -> list[Entry]:
        out = []
        for k in ([kind] if kind else [TEMPLATE_KIND, PROFILE_KIND]):
            for name in self.names(k):
                builtin = self.is_builtin(k, name)
                try:
                    item = self.template(name) if k == TEMPLATE_KIND else self.profile(name)
                except TemplateError as exc:
                    out.append(Entry(k, name, builtin, "", error=exc.message()))
                    continue
                out.append(Entry(k, name, builtin, item.title, getattr(item, "sample", False)))
        return out

    # -- changing the user folder --------------------------------------------------
    def import_file(self, path: str | os.PathLike[str], name: str | None = None, *,
                    force: bool = False) -> Entry:
        """Check a template or profile file and copy it into the user folder."""
        path = Path(path)
        text, kind = read_file(path)
        name = name or path.stem
        return self.save_text(kind, name, text, force=force, file=str(path))

    def save_text(self, kind: str, name: str, text: str, *, force: bool = False,
                  file: str = "") -> Entry:
        """Check ``text`` (the file format and, for a template, everything
        ``template check`` checks: :meth:`check`) and write it as the user's
        ``name`` (atomically). Raises TemplateError or RenderError."""
        check_name(name, kind)
        if self.is_builtin(kind, name):
            raise TemplateError("template.read_only", kind=KIND_WORDS[kind], name=name)
        item = (parse_template if kind == TEMPLATE_KIND else parse_profile)(text, name, file or name)
        if kind == TEMPLATE_KIND:  # before anything is written
            self.check(item)
        target = self.user_path(kind, name)
        if target.exists() and not force:
            raise TemplateError("template.exists", kind=KIND_WORDS[kind], name=name)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target, text.encode("utf-8"), overwrite=force)
        except FileExistsError:  # made meanwhile by another import
            raise TemplateError("template.exists", kind=KIND_WORDS[kind], name=name) from None
        except OSError as exc:
            raise TemplateError("template.io", file=str(target), reason=os_reason(exc)) from None
        log.info("saved %s %s to %s", kind, name, target)
        return Entry(kind, name, False, item.title, getattr(item, "sample", False))

    def check(self, tpl: NoticeTemplate) -> None:
        """Refuse a template that fails ``template check`` against the shipped
        profiles (Jinja syntax, include/import, and a trial fill-in with its
        examples in the worker process, under the budget). Raises
        RenderError (syntax) or TemplateError("template.check_failed")."""
        from .checking import check_template, syntax_errors

        errors = syntax_errors(tpl)
        if errors:
            raise errors[0]
        problems = check_template(tpl, self.shipped_profiles())
        if problems:
            raise TemplateError("template.check_failed", file=tpl.file or tpl.name,
                                problems="\n".join(f"- {p}" for p in problems))

    def export(self, kind: str, name: str, dest: str | os.PathLike[str], *,
               overwrite: bool = True) -> None:
        """Write ``name`` as one file to send to another office
        (``overwrite=False``: ``dest`` must not exist, checked atomically)."""
        text, _ = self.source(kind, name)
        try:
            atomic_write_bytes(dest, text.encode("utf-8"), overwrite=overwrite)
        except FileExistsError:
            raise TemplateError("file.exists", file=str(dest)) from None
        except OSError as exc:
            raise TemplateError("template.io", file=str(dest), reason=os_reason(exc)) from None

    def delete(self, kind: str, name: str) -> None:
        if self.is_builtin(kind, name):
            raise TemplateError("template.read_only", kind=KIND_WORDS[kind], name=name)
        path = self.user_path(kind, name)
        try:
            path.unlink()
        except FileNotFoundError:
            raise TemplateError("template.not_found", kind=KIND_WORDS[kind], name=name,
                                available=", ".join(self.names(kind)) or "-") from None
        except OSError as exc:
            raise TemplateError("template.io", file=str(path), reason=os_reason(exc)) from None
