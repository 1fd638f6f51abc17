"""The Vietnamese catalogue of the admin's third-party apps (Wagtail and its contrib apps,
wagtail-modeladmin, wagtailmedia, django-taggit), kept in ``locale/wagtail``.

Django reads every directory of ``LOCALE_PATHS`` before the apps' own catalogues, so these
translations replace the packages' partial Vietnamese ones. ``merge`` brings the catalogue in
step with the installed versions: the msgids each package ships in its English catalogue are
the source; a new msgid is added untranslated, or with the package's own Vietnamese marked
fuzzy for review; msgids the packages no longer have are dropped.
"""

from dataclasses import dataclass, field
from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings

# The packages whose strings people see in the admin (by the start of the app's module).
PACKAGES = ("wagtail", "wagtail_modeladmin", "wagtailmedia", "taggit")
# Django's own strings (form errors, "3 minutes" in "3 minutes ago"...) show in the admin too.
# Its Vietnamese is kept upstream and taken as it is; only what it lacks is ours to translate.
TRUSTED = ("django",)
DOMAINS = ("django", "djangojs")
LANGUAGE = "vi"
HEADER = {
    "Project-Id-Version": "portal admin (Wagtail and add-ons)",
    "Language": LANGUAGE,
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    "Plural-Forms": "nplurals=1; plural=0;",
}


# An entry's identity in a catalogue: (msgctxt or "", msgid).
EntryKey = tuple[str, str]


def catalogue_dir() -> Path:
    return Path(settings.BASE_DIR) / "locale" / "wagtail"


def catalogue_path(domain: str) -> Path:
    return catalogue_dir() / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"


@dataclass(frozen=True)
class Source:
    name: str
    locale: Path
    trusted: bool = False


def sources() -> list[Source]:
    """Django's core catalogue, then the installed apps of those packages that ship one."""
    import django

    found = [Source("django", Path(django.__file__).parent / "conf" / "locale", trusted=True)]
    for config in apps.get_app_configs():
        locale = Path(config.path) / "locale"
        if config.name.split(".")[0] in PACKAGES and locale.is_dir():
            found.append(Source(config.name, locale))
    return found


def key(entry: polib.POEntry) -> EntryKey:
    return (entry.msgctxt or "", entry.msgid)


def source_entries(domain: str) -> dict[EntryKey, tuple[polib.POEntry, str, str]]:
    """{(msgctxt, msgid): (entry, source, the package's own Vietnamese or "")}: every msgid
    the admin may show, except those a trusted source already translates itself."""
    entries: dict[EntryKey, tuple[polib.POEntry, str, str]] = {}
    for source in sources():
        english = source.locale / "en" / "LC_MESSAGES" / f"{domain}.po"
        if not english.exists():
            continue
        shipped = source.locale / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"
        theirs: dict[EntryKey, str] = {}
        if shipped.exists():
            for entry in polib.pofile(str(shipped)):
                if entry.translated():
                    theirs[key(entry)] = entry.msgstr or entry.msgstr_plural.get(0, "")
        for entry in polib.pofile(str(english)):
            if entry.obsolete or key(entry) in entries:
                continue
            if source.trusted and key(entry) in theirs:
                continue
            entries[key(entry)] = (entry, source.name, theirs.get(key(entry), ""))
    return entries


def translation_of(entry: polib.POEntry) -> str:
    return entry.msgstr_plural.get(0, "") if entry.msgid_plural else entry.msgstr


@dataclass
class MergeReport:
    domain: str
    total: int = 0
    translated: int = 0
    new: list[EntryKey] = field(default_factory=list)
    untranslated: list[EntryKey] = field(default_factory=list)
    fuzzy: list[EntryKey] = field(default_factory=list)
    dropped: list[EntryKey] = field(default_factory=list)


def load(domain: str) -> polib.POFile:
    path = catalogue_path(domain)
    if path.exists():
        return polib.pofile(str(path), wrapwidth=100)
    catalogue = polib.POFile(wrapwidth=100)
    catalogue.metadata = dict(HEADER)
    return catalogue


def merge(domain: str, write: bool = True) -> MergeReport:
    """Bring the catalogue of ``domain`` in step with the installed packages."""
    catalogue = load(domain)
    ours = {key(entry): entry for entry in catalogue if not entry.obsolete}
    report = MergeReport(domain)
    merged = polib.POFile(wrapwidth=100)
    merged.metadata = {**HEADER, **{k: v for k, v in catalogue.metadata.items() if k in HEADER}}
    for entry_key, (source, app_name, theirs) in source_entries(domain).items():
        entry = ours.get(entry_key)
        if entry is None:
            entry = polib.POEntry(
                msgctxt=source.msgctxt, msgid=source.msgid, msgid_plural=source.msgid_plural
            )
            report.new.append(entry_key)
            if theirs:  # the package's own Vietnamese, to be reviewed
                set_translation(entry, theirs)
                entry.flags.append("fuzzy")
        elif entry.msgid_plural != source.msgid_plural:
            entry.msgid_plural = source.msgid_plural
            if "fuzzy" not in entry.flags:
                entry.flags.append("fuzzy")
        entry.flags = sorted(set(entry.flags) | {f for f in source.flags if f.endswith("format")})
        entry.occurrences = [(f"{app_name}:{path}", line) for path, line in source.occurrences[:1]]
        merged.append(entry)
    kept = {key(entry) for entry in merged}
    report.dropped = [k for k in ours if k not in kept]
    for entry in merged:
        report.total += 1
        if "fuzzy" in entry.flags:
            report.fuzzy.append(key(entry))
        elif translation_of(entry):
            report.translated += 1
        else:
            report.untranslated.append(key(entry))
    if write:
        path = catalogue_path(domain)
        path.parent.mkdir(parents=True, exist_ok=True)
        merged.save(str(path))
    return report


def set_translation(entry: polib.POEntry, text: str) -> None:
    if entry.msgid_plural:
        entry.msgstr_plural = {0: text}
    else:
        entry.msgstr = text
