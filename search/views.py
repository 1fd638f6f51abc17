"""The site-search page: /tim-kiem/?q=..."""

import datetime
import html
import re
from urllib.parse import urlencode

from django import forms
from django.core.paginator import Page as PageSlice
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page, Site

from articles.models import ArticleIndexPage, ArticlePage
from documents.models import DocumentLibraryPage
from portal.cache import cached
from portal.params import EARLIEST_DATE, LATEST_DATE, query_params
from portal.text import fold_with_map

from .engine import COUNT_LIMIT, MAX_QUERY, Filters, run_search
from .models import SearchEntry
from .promotions import count_query, picks_for
from .words import highlight_rules, marked_key, normalise_word

PAGE_SIZE = 20
SNIPPET_LENGTH = 260
SCAN_STEP = 3000  # characters folded at a time while looking for the first match
SCAN_LIMIT = 60_000  # past this, the snippet is the beginning of the text
_FOLDED_WORD = re.compile(r"[a-z0-9]+")
# What the form reads of a parameter: more than the engine uses (MAX_QUERY), so that it can
# tell the reader their query was cut.
PARAMETER_LENGTH = 5000
KINDS = {
    "tin-bai": SearchEntry.Kind.ARTICLE,
    "trang": SearchEntry.Kind.PAGE,
    "van-ban": SearchEntry.Kind.DOCUMENT,
    "anh-video": SearchEntry.Kind.GALLERY,
}


# Text, not type="date": a browser set to English would show mm/dd/yyyy to Vietnamese readers.
_DATE_INPUT = forms.TextInput(
    attrs={"inputmode": "numeric", "placeholder": "dd/mm/yyyy", "autocomplete": "off"}
)

# A date past the site's range is not understood (left out, with the message): a day added
# to 31/12/9999 or 01/01/0001 moved to UTC overflows.
_IN_RANGE = [MinValueValidator(EARLIEST_DATE), MaxValueValidator(LATEST_DATE)]


class SearchForm(forms.Form):
    q = forms.CharField(required=False, label=gettext_lazy("Search for"))
    loai = forms.ChoiceField(required=False, label=gettext_lazy("Kind"))
    chuyen_muc = forms.TypedChoiceField(
        required=False, coerce=int, empty_value=None, label=gettext_lazy("Section")
    )
    tu = forms.DateField(
        required=False, label=gettext_lazy("From date"), widget=_DATE_INPUT, validators=_IN_RANGE
    )
    den = forms.DateField(
        required=False, label=gettext_lazy("To date"), widget=_DATE_INPUT, validators=_IN_RANGE
    )

    def __init__(self, *args, sections=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["loai"].choices = [("", _("All kinds"))] + [
            (key, str(SearchEntry.Kind(value).label)) for key, value in KINDS.items()
        ]
        self.fields["chuyen_muc"].choices = [("", _("All sections"))] + [
            (page.pk, page.title) for page in sections
        ]


def _sections():
    def load():
        home = Page.objects.filter(depth=2).first()
        if home is None:
            return []
        articles = ArticleIndexPage.objects.live().child_of(home)
        libraries = DocumentLibraryPage.objects.live().child_of(home)
        return [Page(pk=p.pk, title=p.title, path=p.path) for p in [*articles, *libraries]]

    return cached("search-sections", load)


def highlight(text, rules):
    """A passage of ``text`` around the first match, matched words in <mark>, escaped.

    ``rules`` (from ``highlight_rules``) say which words count: a word the reader typed
    without marks lights up in every form, one typed with marks only in that form, and the
    syllables of a query light up where they stand together. Long texts are read a piece at
    a time, up to the first match.
    """
    first = _first_match(text, rules)
    if first is None:
        passage = text[:SNIPPET_LENGTH]
        return html.escape(passage) + ("…" if len(text) > SNIPPET_LENGTH else "")
    begin = max(0, first - SNIPPET_LENGTH // 3)
    begin = text.rfind(" ", 0, begin) + 1 if begin else 0
    end = min(len(text), begin + SNIPPET_LENGTH)
    end = text.rfind(" ", begin, end) if end < len(text) and " " in text[begin:end] else end
    passage = text[begin:end]
    parts, cursor = [], 0
    for start, stop in _merge_adjacent(passage, _spans(passage, rules)):
        parts.append(html.escape(passage[cursor:start]))
        parts.append(f"<mark>{html.escape(passage[start:stop])}</mark>")
        cursor = stop
    parts.append(html.escape(passage[cursor:]))
    prefix = "…" if begin > 0 else ""
    suffix = "…" if end < len(text) else ""
    return prefix + "".join(parts) + suffix


def _spans(text, rules):
    """(start, stop) in ``text`` of each run of matched words the rules light up: words
    side by side in the text that are neighbours in the query, or a lone word that counts
    alone (see ``HighlightRules``)."""
    folded, origins = fold_with_map(text)
    runs = []  # [start, stop, last word, words in the run]
    for match in _FOLDED_WORD.finditer(folded):
        word = normalise_word(match.group())
        required = rules.words.get(word, False)
        if required is False:
            continue
        start, stop = origins[match.start()], origins[match.end() - 1] + 1
        if required is not None and marked_key(text[start:stop]) not in required:
            continue
        last = runs[-1] if runs else None
        if last and (last[2], word) in rules.pairs and _JOINER.fullmatch(text[last[1] : start]):
            last[1:] = [stop, word, last[3] + 1]
        else:
            runs.append([start, stop, word, 1])
    return [
        (start, stop)
        for start, stop, word, length in runs
        if length > 1 or rules.lone_word_counts(word)
    ]


def _first_match(text, rules):
    """Where the first matched word of ``text`` starts, reading at most SCAN_LIMIT."""
    position = 0
    while position < min(len(text), SCAN_LIMIT):
        stop = text.find(" ", position + SCAN_STEP)
        stop = len(text) if stop == -1 else stop
        spans = _spans(text[position:stop], rules)
        if spans:
            return position + spans[0][0]
        position = stop
    return None


# What may stand between two marked words that read as one: spaces, or one separator of a
# document number.
_JOINER = re.compile(r"\s*|[-/.]")


def _merge_adjacent(text, spans):
    """One mark for "Đảng ủy Khối" and for "106-KH/TU", not three."""
    merged = []
    for start, stop in spans:
        if merged and _JOINER.fullmatch(text[merged[-1][1] : start]):
            merged[-1] = (merged[-1][0], stop)
        else:
            merged.append((start, stop))
    return merged


class _KnownCount:
    """A list of page ids that reports the total the engine counted."""

    def __init__(self, ids, total, offset):
        self.ids, self.total, self.offset = ids, total, offset

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self.ids
        return self.ids[index - self.offset]


def search_view(request):
    params = query_params(request)
    sections = _sections()
    given = params.form_data(SearchForm.base_fields, max_length=PARAMETER_LENGTH)
    form = SearchForm(given or None, sections=sections)
    context = {"form": form, "messages_": [], "results": [], "page_obj": None}
    if not form.is_bound:
        return TemplateResponse(request, "search/search.html", context)
    if not form.is_valid():
        context["messages_"].append(_("Some filters were not understood and were left out."))
    data = form.cleaned_data  # the filters that were understood still apply
    text = data.get("q") or ""
    filters = Filters(kind=KINDS.get(data.get("loai") or "", ""))
    section_id = data.get("chuyen_muc")
    if section_id:
        section = next((s for s in sections if s.pk == section_id), None)
        filters.section_path = section.path if section else "~"
    if data.get("tu"):
        filters.date_from = timezone.make_aware(
            datetime.datetime.combine(data["tu"], datetime.time.min)
        )
    if data.get("den"):
        filters.date_to = timezone.make_aware(
            datetime.datetime.combine(data["den"] + datetime.timedelta(days=1), datetime.time.min)
        )

    page_number = params.page(last=COUNT_LIMIT // PAGE_SIZE)
    results = run_search(text, filters, offset=(page_number - 1) * PAGE_SIZE, limit=PAGE_SIZE)
    last_page = max(1, -(-results.count // PAGE_SIZE))
    if page_number > last_page:  # a page past the end: show the last one
        page_number = last_page
        results = run_search(text, filters, offset=(page_number - 1) * PAGE_SIZE, limit=PAGE_SIZE)
    parsed = results.query
    if parsed.truncated:
        context["messages_"].append(
            _("The query is long: only its first %(n)s characters were used.") % {"n": MAX_QUERY}
        )
    if parsed.empty and not results.ids:
        context["messages_"].append(_("Type a word, a phrase or a document number to search."))
    elif params.text("page") in ("", "1"):  # a reader's search, not paging through
        count_query(parsed.text)

    context.update(
        {
            "query": parsed.text,
            "search_query": parsed.text,
            "results": _result_rows(results, parsed),
            "count": results.count,
            "count_is_capped": results.count_is_capped,
            "page_obj": _page_slice(results, page_number),
            "picks": picks_for(parsed.text) if page_number == 1 else [],
            "query_string": urlencode(given),
        }
    )
    return TemplateResponse(request, "search/search.html", context)


def _result_rows(results, parsed):
    entries = SearchEntry.objects.in_bulk(results.ids)
    pages = Page.objects.in_bulk(results.ids)
    rules = highlight_rules(parsed.text)
    return [
        {
            "entry": entries[page_id],
            "url": pages[page_id].url if page_id in pages else "",
            "snippet": highlight(entries[page_id].text, rules),
            "kind": SearchEntry.Kind(entries[page_id].kind).label,
            "is_number_hit": page_id in results.number_hits,
        }
        for page_id in results.ids
        if page_id in entries
    ]


def _page_slice(results, page_number):
    if not results.count:
        return None
    offset = (page_number - 1) * PAGE_SIZE
    paginator = Paginator(_KnownCount(results.ids, results.count, offset), PAGE_SIZE)
    return PageSlice(results.ids, page_number, paginator)


NOT_FOUND_ARTICLES = 5


def page_not_found(request, exception=None):
    """The site's 404 page: a search box and the newest articles, to go on from somewhere."""
    site = Site.find_for_request(request)
    newest = ArticlePage.newest_on_site(site, NOT_FOUND_ARTICLES) if site else []
    context = {"newest_articles": newest}
    return TemplateResponse(request, "404.html", context, status=404)
