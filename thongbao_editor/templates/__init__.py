"""Notice templates and agency profiles (issue 4).

    from thongbao_editor.templates import Library, instantiate
    lib = Library()                       # built-in + the user folder
    tpl, prof = lib.template("kiem-tra-ket-luan"), lib.profile("ubnd-tinh")
    notice = instantiate(tpl, prof, {"unit": "xã Bình Trung", ...})

See docs/templates.md for the file formats and the safety rules.
"""

from .checking import check_template
from .engine import (ApplyReport, apply_variables, describe_variables, generate, instantiate,
                     resolve_values, value_problems, variables_op)
from .files import NoticeTemplate, Profile, Signer, Variable, parse_profile, parse_template
from .library import Entry, Library, check_name, default_user_dir
from .saving import notice_to_template

__all__ = ["check_template", "ApplyReport", "apply_variables", "variables_op",
           "describe_variables", "generate", "instantiate",
           "notice_to_template", "resolve_values", "value_problems", "NoticeTemplate", "Profile", "Signer",
           "Variable", "parse_profile", "parse_template", "Entry", "Library", "check_name",
           "default_user_dir"]
