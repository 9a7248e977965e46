"""An agency profile for any unit of the two-tier government, generated.

    spec = build_profile(find_province("Lạng Sơn"), find_unit(p, "Chi Lăng"), "vp-hdnd-ubnd")
    spec.signers[0].name = "Vi Văn Tâm"          # the user types the real names
    text = profile_toml(spec)                     # the agency-profile TOML of docs/templates.md

The header lines (parent and issuing agency in Nghị định 30 form), the
symbol, the place name (:func:`.units.place_name`), the signers with their
authority chains, the people a template may name, the standard recipient
groups and the ``Lưu:`` units all follow from the province, the unit and
the issuing body.  People's names are left empty for the user: a generated
profile never carries sample names.  Qt-free: the CLI (``thongbao profile
new``) and the editor's wizard both call it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import TemplateError
from . import toml_write
from .files import PROFILE_KIND, parse_profile
from .units import Province, Unit, fold

ISSUERS = ("ubnd", "vp", "vp-hdnd-ubnd", "so", "ward")
ISSUER_LABELS = {
    "ubnd": "UBND (thông báo bằng tên Ủy ban nhân dân)",
    "vp": "Văn phòng UBND (thông báo bằng tên Văn phòng)",
    "vp-hdnd-ubnd": "Văn phòng HĐND và UBND (cấp xã)",
    "so": "Sở, ban, ngành cấp tỉnh",
    "ward": "UBND phường",
}
OFFICE_OF_COUNCIL_AND_COMMITTEE = ("VĂN PHÒNG", "HỘI ĐỒNG NHÂN DÂN VÀ", "ỦY BAN NHÂN DÂN")
# NĐ 30, Phụ lục III: the symbol is "TB-" and the issuer's abbreviation.
_SKIP_WORDS = {"và", "của"}
# sentence-case titles of the position lines a signer's chain ends with
_POSITIONS = {"CHỦ TỊCH": "Chủ tịch", "PHÓ CHỦ TỊCH": "Phó Chủ tịch", "CHÁNH VĂN PHÒNG": "Chánh Văn phòng",
              "PHÓ CHÁNH VĂN PHÒNG": "Phó Chánh Văn phòng", "GIÁM ĐỐC": "Giám đốc", "PHÓ GIÁM ĐỐC": "Phó Giám đốc"}


@dataclass
class SignerSpec:
    id: str
    authority: list[str]
    name: str = ""
    default: bool = False


@dataclass
class PersonSpec:
    id: str
    title: str
    name: str = ""


@dataclass
class ProfileSpec:
    """Everything an agency-profile file holds, before it is written."""

    title: str
    issuer: str
    parent_agency: list[str]
    agency: list[str]
    symbol: str
    place: str
    description: str = ""
    signers: list[SignerSpec] = field(default_factory=list)
    people: list[PersonSpec] = field(default_factory=list)
    recipients: dict[str, list[str]] = field(default_factory=dict)
    storage_units: list[str] = field(default_factory=list)
    defaults: dict[str, str] = field(default_factory=dict)
    key: str = ""  # a suggested library name: "ubnd-xa-chi-lang"

    def missing_names(self) -> list[str]:
        """Signers and people whose names the user has not typed yet."""
        return ([f"người ký {s.id} ({' / '.join(s.authority)})" for s in self.signers if not s.name]
                + [f"{p.id} ({p.title})" for p in self.people if not p.name])


def department_symbol(name: str) -> str:
    """"Sở Tài chính" -> "STC", "Sở Nông nghiệp và Môi trường" -> "SNNMT"
    (the first letter of each word, "và" left out)."""
    words = [w for w in re.split(r"[\s,;]+", name.strip()) if w and w.casefold() not in _SKIP_WORDS]
    return "".join(w[0] for w in words).upper()


def _position_title(line: str) -> str:
    return _POSITIONS.get(line, line[:1] + line[1:].lower())


def _level(province: Province, unit: Unit | None) -> tuple[str, str, str]:
    """(kind word, name in sentences, upper-case name for the header)."""
    if unit is None:
        return province.kind, province.full, province.full.upper()
    return unit.kind, unit.full, unit.full.upper()


def _ubnd(province: Province, unit: Unit | None) -> ProfileSpec:
    kind, full, upper = _level(province, unit)
    place = unit.place if unit else province.place
    spec = ProfileSpec(title=f"UBND {full} — thông báo bằng tên UBND, TB-UBND", issuer=f"UBND {kind}",
                       parent_agency=[], agency=["ỦY BAN NHÂN DÂN", upper], symbol="TB-UBND", place=place)
    if unit is None:  # the Office drafts; its head signs by order of the Chairman (the seed)
        spec.signers = [SignerSpec("pcvp", ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
                                   default=True),
                        SignerSpec("cvp", ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"]),
                        SignerSpec("ct", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]),
                        SignerSpec("pct", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])]
    else:
        spec.signers = [SignerSpec("ct", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], default=True),
                        SignerSpec("pct", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])]
    return spec


def _office(province: Province, unit: Unit | None) -> ProfileSpec:
    kind, full, upper = _level(province, unit)
    place = unit.place if unit else province.place
    # the issuing body in full (NĐ 30: only the chủ quản line may abbreviate)
    name = OFFICE_OF_COUNCIL_AND_COMMITTEE if unit else ["VĂN PHÒNG"]
    issuer = f"Văn phòng HĐND và UBND {kind}" if unit else f"Văn phòng UBND {kind}"
    spec = ProfileSpec(title=f"{issuer} ({full}) — thông báo bằng tên Văn phòng, TB-VP", issuer=issuer,
                       parent_agency=[f"UBND {upper}"], agency=list(name), symbol="TB-VP", place=place)
    spec.signers = [SignerSpec("cvp", ["CHÁNH VĂN PHÒNG"], default=True),
                    SignerSpec("pcvp", ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"])]
    return spec


def _department(province: Province, department: str) -> ProfileSpec:
    name = " ".join(department.split())
    if fold(name).startswith("so "):
        name = "Sở " + name[3:]
    else:
        name = f"Sở {name}"
    upper = province.full.upper()
    spec = ProfileSpec(title=f"{name} ({province.full}) — TB-{department_symbol(name)}", issuer=name,
                       parent_agency=[f"UBND {upper}"], agency=[name.upper()],
                       symbol=f"TB-{department_symbol(name)}", place=province.place)
    spec.signers = [SignerSpec("gd", ["GIÁM ĐỐC"], default=True),
                    SignerSpec("pgd", ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])]
    spec.people = [PersonSpec("gd", f"Giám đốc {name}"), PersonSpec("pgd", f"Phó Giám đốc {name}")]
    spec.recipients = {"cap_tren": [f"UBND {province.full} (B/c);"],
                       "lanh_dao": ["Giám đốc, các Phó Giám đốc Sở;"],
                       "van_phong": ["Văn phòng Sở;"]}
    spec.storage_units = ["VP"]
    spec.defaults = {"area": province.full, "chair": "gd"}
    return spec


def _leaders(spec: ProfileSpec, province: Province, unit: Unit | None) -> None:
    """The People's Committee's leaders (a template's chair), the recipient
    groups and the storage line of a UBND or its Office."""
    kind, full, _ = _level(province, unit)
    if unit is None:
        spec.people = [PersonSpec("ct", f"Chủ tịch UBND {kind}"),
                       PersonSpec("pct-tt", f"Phó Chủ tịch Thường trực UBND {kind}"),
                       PersonSpec("pct", f"Phó Chủ tịch UBND {kind}")]
        spec.recipients = {"cap_tren": ["Thường trực Tỉnh ủy (B/c);" if not province.city
                                        else "Thường trực Thành ủy (B/c);", f"Thường trực HĐND {kind} (B/c);"],
                           "lanh_dao": [f"Chủ tịch, các Phó Chủ tịch UBND {kind};"],
                           "van_phong": [f"Lãnh đạo Văn phòng UBND {kind}, các phòng chuyên môn;"]}
        spec.defaults = {"area": full, "chair": "pct-tt"}
    else:
        spec.people = [PersonSpec("ct", f"Chủ tịch UBND {kind}"), PersonSpec("pct", f"Phó Chủ tịch UBND {kind}")]
        spec.recipients = {"cap_tren": [f"Thường trực Đảng ủy {kind} (B/c);", f"Thường trực HĐND {kind} (B/c);"],
                           "lanh_dao": [f"Chủ tịch, các Phó Chủ tịch UBND {kind};"],
                           "van_phong": [f"Văn phòng HĐND và UBND {kind};"]}
        spec.defaults = {"area": full, "chair": "ct"}
        spec.storage_units = ["VP"]


def build_profile(province: Province, unit: Unit | None, issuer: str, department: str = "") -> ProfileSpec:
    """The profile of ``issuer`` (one of ISSUERS) at ``unit`` (None: the
    province itself).  TemplateError when the pair does not exist
    (a Sở of a commune, a ward issuer for a commune …)."""
    if issuer not in ISSUERS:
        raise TemplateError("unit.issuer", issuer=issuer, choices=", ".join(ISSUERS))
    if issuer == "so":
        if unit is not None:
            raise TemplateError("unit.issuer_province_only", issuer=issuer)
        if not department.strip():
            raise TemplateError("unit.department")
        spec = _department(province, department)
    else:
        if issuer in ("vp-hdnd-ubnd", "ward") and unit is None:
            raise TemplateError("unit.issuer_needs_unit", issuer=issuer)
        if issuer == "ward" and unit is not None and unit.kind != "phường":
            raise TemplateError("unit.not_ward", unit=unit.name)
        # a commune's only office is its Văn phòng HĐND và UBND
        spec = _ubnd(province, unit) if issuer in ("ubnd", "ward") else _office(province, unit)
        _leaders(spec, province, unit)
        if unit is not None and spec.symbol == "TB-VP":  # the office issues: its leaders are informed
            spec.recipients["van_phong"] = [f"Lãnh đạo Văn phòng HĐND và UBND {unit.kind};"]
    level = f"{unit.full}, {province.full}" if unit else province.full
    prefix = {"ubnd": "ubnd", "ward": "ubnd", "vp": "vp", "vp-hdnd-ubnd": "vp"}.get(issuer, "")
    prefix = prefix or fold(spec.issuer)  # "so tai chinh"
    spec.key = re.sub(r"[^a-z0-9]+", "-", f"{prefix} {fold(unit.full if unit else province.full)}").strip("-")[:64]
    spec.description = (f"Tạo từ danh mục đơn vị hành chính sau sắp xếp năm 2025 ({level}). "
                        "Nhập họ tên người ký và lãnh đạo trước khi dùng.")
    return spec


def set_signers(spec: ProfileSpec, given: list[str]) -> None:
    """Replace the signers by ``"Họ tên|QUYỀN HẠN|CHỨC VỤ"`` items (the first
    is the default); a person whose title starts with a signer's position
    gets the signer's name."""
    signers: list[SignerSpec] = []
    for item in given:
        parts = [p.strip() for p in item.split("|")]
        if len(parts) < 2 or not parts[0] or not all(parts[1:]):
            raise TemplateError("unit.signer", text=item)
        authority = [p.upper() for p in parts[1:]]
        sid = _unique_id(_person_id(authority[-1]), {s.id for s in signers})
        signers.append(SignerSpec(sid, authority, parts[0], default=not signers))
    if not signers:
        return
    spec.signers = signers
    for s in signers:
        title = _position_title(s.authority[-1])
        for p in spec.people:
            if not p.name and (p.title == title or p.title.startswith(title + " ")) and \
                    not p.title.startswith(title + " Thường trực"):
                p.name = s.name
                break


def set_person(spec: ProfileSpec, item: str) -> None:
    """``"ct=Họ tên"``: the name of a person (or signer) by id."""
    pid, sep, name = item.partition("=")
    ids = [p.id for p in spec.people] + [s.id for s in spec.signers if s.id not in {p.id for p in spec.people}]
    if not sep or not name.strip() or pid.strip() not in ids:
        raise TemplateError("unit.person", text=item, ids=", ".join(ids))
    for p in spec.people:
        if p.id == pid.strip():
            p.name = " ".join(name.split())
    for s in spec.signers:
        if s.id == pid.strip() and not s.name:
            s.name = " ".join(name.split())


def _person_id(position: str) -> str:
    known = {"CHỦ TỊCH": "ct", "PHÓ CHỦ TỊCH": "pct", "CHÁNH VĂN PHÒNG": "cvp", "PHÓ CHÁNH VĂN PHÒNG": "pcvp",
             "GIÁM ĐỐC": "gd", "PHÓ GIÁM ĐỐC": "pgd"}
    return known.get(position) or re.sub(r"[^a-z0-9]+", "-", fold(position)).strip("-") or "nguoi-ky"


def _unique_id(base: str, taken: set[str]) -> str:
    n, sid = 1, base
    while sid in taken:
        n += 1
        sid = f"{base}-{n}"
    return sid


def profile_toml(spec: ProfileSpec) -> str:
    """The agency-profile file (docs/templates.md), checked by reading it back."""
    w = toml_write
    lines = ["# Hồ sơ cơ quan tạo bằng «thongbao profile new» / trình tạo hồ sơ cơ quan.",
             f'kind = "{PROFILE_KIND}"', "format = 1", f"title = {w.string(spec.title)}",
             f"description = {w.string(spec.description)}", "sample = false",
             f"issuer = {w.string(spec.issuer)}", "", "[header]",
             f"parent_agency = {w.value(spec.parent_agency)}", f"agency = {w.value(spec.agency)}",
             f"symbol = {w.string(spec.symbol)}", f"place = {w.string(spec.place)}", "",
             "[layout]", "margins = { top = 20, bottom = 20, left = 30, right = 15 }", "", "[defaults]"]
    lines += [f"{k} = {w.string(v)}" for k, v in spec.defaults.items()]
    lines += ["", "[recipients]"] + [f"{k} = {w.value(v)}" for k, v in spec.recipients.items()]
    lines += ["", "[storage]", f"units = {w.value(spec.storage_units)}", 'initials = ""']
    for s in spec.signers:
        lines += ["", "[[signers]]", f"id = {w.string(s.id)}", f"name = {w.string(s.name)}",
                  f"authority = {w.value(s.authority)}"] + (["default = true"] if s.default else [])
    for p in spec.people:
        lines += ["", "[[people]]", f"id = {w.string(p.id)}", f"name = {w.string(p.name)}",
                  f"title = {w.string(p.title)}"]
    text = "\n".join(lines) + "\n"
    parse_profile(text, "new", "(hồ sơ mới)")  # what we write must read back
    return text


__all__ = ["ISSUERS", "ISSUER_LABELS", "ProfileSpec", "SignerSpec", "PersonSpec", "build_profile", "set_signers",
           "set_person", "profile_toml", "department_symbol"]
