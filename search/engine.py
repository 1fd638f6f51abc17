"""Answering a reader's query from the search index, the same way on SQLite and PostgreSQL.

The query is read into folded words and quoted phrases (unbalanced quotes are ignored) and
matched with AND in the engine's full-text index (FTS5 on SQLite, a tsvector on
PostgreSQL). Ranking is the same plain SQL on both engines, so both give the same order:

1. documents whose number or symbol the query is, in any form the parser reads;
2. then documents whose title or type holds the query (its words side by side, and every
   quoted phrase): "nghi quyet" lists the resolutions before the news that mention one;
3. then by a score from the title and the summary (the words there, all of them, the
   words side by side), the words typed with marks found with those marks;
4. then newer first.

A word found in most of the site is answered at once: only the 2,000 newest matches are
ranked (by date on PostgreSQL, by index order, which is creation order, on SQLite), and the
count stops at 1,000.
"""

import re
from dataclasses import dataclass, field

from django.db import connection, transaction

from documents.vocabulary import read_number
from portal.queries import restricted_paths

from .models import SearchEntry
from .words import marked_key, marked_words, search_words

MAX_QUERY = 200
MAX_WORDS = 12
CANDIDATES = 2000
COUNT_LIMIT = 1000
RERANK = 100  # the best matches re-ordered by the marks the reader typed


@dataclass
class ParsedQuery:
    text: str
    words: list = field(default_factory=list)  # folded words outside quotes
    phrases: list = field(default_factory=list)  # lists of folded words
    marked: list = field(default_factory=list)  # marked keys of the words typed with marks
    truncated: bool = False

    @property
    def empty(self):
        return not self.words and not self.phrases


def parse_query(text):
    text = " ".join((text or "").split())
    truncated = len(text) > MAX_QUERY
    text = text[:MAX_QUERY]
    quoted = text.replace("“", '"').replace("”", '"').replace("„", '"')
    parts = quoted.split('"')
    if len(parts) % 2 == 0:  # an unbalanced quote: the last one is not a phrase
        parts = parts[:-2] + [parts[-2] + " " + parts[-1]]
    words, phrases = [], []
    for index, part in enumerate(parts):
        found = search_words(part)
        if index % 2 and len(found) > 1:
            phrases.append(found[:MAX_WORDS])
        else:
            words.extend(found)
    words = list(dict.fromkeys(words))[:MAX_WORDS]
    marked = list(dict.fromkeys(marked_words(text)))[:MAX_WORDS]
    return ParsedQuery(
        text=text, words=words, phrases=phrases[:4], marked=marked, truncated=truncated
    )


def _fts5(parsed):
    terms = [f'"{word}"' for word in parsed.words]
    terms += ['"' + " ".join(phrase) + '"' for phrase in parsed.phrases]
    return " AND ".join(terms)


def _tsquery(parsed):
    terms = list(parsed.words) + [" <-> ".join(phrase) for phrase in parsed.phrases]
    return " & ".join(f"({term})" if "<->" in term else term for term in terms)


_PLAIN_WORD = re.compile(r"[a-z0-9]+")


def _pairs_tsquery(parsed):
    """The neighbouring-word pairs the quoted phrases need (migration 0004), or "".

    Only pairs of plain folded words: their lexemes are exactly what the index stores.
    """
    pairs = {
        f"'{first}+{second}'"
        for phrase in parsed.phrases
        for first, second in zip(phrase, phrase[1:], strict=False)
        if _PLAIN_WORD.fullmatch(first) and _PLAIN_WORD.fullmatch(second)
    }
    return " & ".join(sorted(pairs))


@dataclass
class Filters:
    kind: str = ""
    section_path: str = ""
    date_from: object = None
    date_to: object = None  # exclusive


def _filter_sql(filters, private_paths, alias, exclude_ids=()):
    clauses, params = [], []
    if filters.kind:
        clauses.append(f"{alias}.kind = %s")
        params.append(filters.kind)
    if filters.section_path:
        clauses.append(f"{alias}.path LIKE %s")
        params.append(filters.section_path + "%")
    if filters.date_from:
        clauses.append(f"{alias}.date >= %s")
        params.append(filters.date_from)
    if filters.date_to:
        clauses.append(f"{alias}.date < %s")
        params.append(filters.date_to)
    for path in private_paths:
        clauses.append(f"{alias}.path NOT LIKE %s")
        params.append(path + "%")
    if exclude_ids:
        clauses.append(f"{alias}.page_id NOT IN ({', '.join(['%s'] * len(exclude_ids))})")
        params.extend(exclude_ids)
    return "".join(f" AND {clause}" for clause in clauses), params


def _contains(column, words):
    """SQL true when the folded ``column`` holds ``words`` side by side, and its params."""
    return f"(' ' || {column} || ' ') LIKE %s", ["% " + " ".join(words) + " %"]


def _score_sql(parsed):
    """The ranking score, from the folded title and summary; the same SQL on both engines."""
    terms, params = [], []

    def add(weight, column, words):
        condition, condition_params = _contains(column, words)
        terms.append(f"CASE WHEN {condition} THEN {weight} ELSE 0 END")
        params.extend(condition_params)

    for word in parsed.words:
        add(2, "e.folded_title", [word])
        add(1, "e.folded_summary", [word])
    for phrase in parsed.phrases + ([parsed.words] if len(parsed.words) > 1 else []):
        add(3, "e.folded_title", phrase)
        add(1, "e.folded_summary", phrase)
    return " + ".join(terms) or "0", params


def _document_first_sql(parsed):
    """1 for a document whose title (with its type) holds the query, else 0; and params."""
    conditions, params = ["e.kind = %s"], [SearchEntry.Kind.DOCUMENT.value]
    for words in ([parsed.words] if parsed.words else []) + parsed.phrases:
        condition, condition_params = _contains("e.folded_title", words)
        conditions.append(condition)
        params.extend(condition_params)
    return f"CASE WHEN {' AND '.join(conditions)} THEN 1 ELSE 0 END", params


def _candidates_sql(parsed, where, params, limit):
    """(SQL selecting the page ids of the ``limit`` newest matches, its params).

    ``limit`` None: the first matches in no order, for counting.
    """
    if connection.vendor == "postgresql":
        return _postgres_candidates(parsed, where, params, limit)
    sql = (
        "SELECT e.page_id FROM search_fts JOIN search_searchentry e"
        " ON e.page_id = search_fts.rowid WHERE search_fts MATCH %s" + where
    )
    params = [_fts5(parsed), *params]
    if limit is None:
        return sql + " LIMIT %s", [*params, COUNT_LIMIT + 1]
    return sql + " ORDER BY search_fts.rowid DESC LIMIT %s", [*params, limit]


# Pages holding all the pairs of a phrase but not the phrase itself are few; this many
# extra are read so that the newest ``limit`` phrase matches are almost always among them.
PAIR_SLACK = 1.1


def _postgres_candidates(parsed, where, params, limit):
    pairs = _pairs_tsquery(parsed)
    if not pairs:
        sql = (
            "SELECT e.page_id FROM search_searchentry e WHERE e.vector @@ to_tsquery('simple', %s)"
        )
        params = [_tsquery(parsed), *params]
        if limit is None:
            return sql + where + " LIMIT %s", [*params, COUNT_LIMIT + 1]
        return sql + where + " ORDER BY e.date DESC, e.page_id DESC LIMIT %s", [*params, limit]
    # A phrase: its pairs (and the other words) are answered by the GIN indexes alone, with
    # no positions to check; the positions are then checked on the newest of those only.
    conditions, inner_params = ["e.pairs @@ %s::tsquery"], [pairs]
    if parsed.words:
        conditions.append("e.vector @@ to_tsquery('simple', %s)")
        inner_params.append(" & ".join(parsed.words))
    inner = "SELECT e.page_id, e.date, e.vector FROM search_searchentry e WHERE "
    inner += " AND ".join(conditions) + where
    inner_params += params
    outer = "c.vector @@ to_tsquery('simple', %s)"
    if limit is None:  # counting: pages with the pairs, until enough hold the phrase
        sql = f"SELECT c.page_id FROM ({inner}) AS c WHERE {outer} LIMIT %s"
        return sql, [*inner_params, _tsquery(parsed), COUNT_LIMIT + 1]
    newest = "ORDER BY {0}.date DESC, {0}.page_id DESC LIMIT %s"
    sql = (
        f"SELECT c.page_id FROM ({inner} {newest.format('e')}) AS c"
        f" WHERE {outer} {newest.format('c')}"
    )
    return sql, [*inner_params, int(limit * PAIR_SLACK), _tsquery(parsed), limit]


def _ranked_ids(parsed, filters, private_paths, offset, limit, exclude_ids=()):
    """([(page id, document first, score)], number of matches up to COUNT_LIMIT + 1)."""
    where, params = _filter_sql(filters, private_paths, "e", exclude_ids)
    candidates, candidate_params = _candidates_sql(parsed, where, params, CANDIDATES)
    first, first_params = _document_first_sql(parsed)
    score, score_params = _score_sql(parsed)
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Matches come from the GIN indexes, their dates from the narrow table (see
            # migration 0004). Left to itself the planner may instead walk the date index or
            # the table, unpacking every page's vector on the way: ten times slower for a
            # word on a fifth of the pages, as it cannot know what unpacking costs.
            cursor.execute("SET LOCAL enable_indexscan = off")
            cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            f"SELECT e.page_id, {first} AS document_first, {score} AS score"
            f" FROM search_searchentry e WHERE e.page_id IN ({candidates})"
            " ORDER BY document_first DESC, score DESC, e.date DESC, e.page_id DESC"
            " LIMIT %s OFFSET %s",
            [*first_params, *score_params, *candidate_params, limit, offset],
        )
        rows = cursor.fetchall()
        counting, counting_params = _candidates_sql(parsed, where, params, None)
        cursor.execute(f"SELECT count(*) FROM ({counting}) AS found", counting_params)
        count = cursor.fetchone()[0]
    return rows, count


def number_matches(text, filters, private_paths):
    """Documents whose number the query is, in any form the parser reads."""
    if not re.search(r"\d", text or "") or not re.search(r"[A-Za-zĐđ]", text or ""):
        return []
    parsed = read_number(text)
    if not parsed.key or parsed.number is None:
        return []
    entries = SearchEntry.objects.filter(number_key=parsed.key)  # only documents have one
    if filters.kind and filters.kind != "document":
        return []
    for path in private_paths:
        entries = entries.exclude(path__startswith=path)
    return list(entries.order_by("-date").values_list("page_id", flat=True)[:10])


@dataclass
class Results:
    query: ParsedQuery
    ids: list
    count: int
    count_is_capped: bool
    number_hits: list


def _prefer_marks(rows, marked):
    """Re-order ``rows`` so that titles, then summaries, with the marked words come first,
    the documents whose title holds the query still ahead of the rest.

    "Đảng" and "đang" fold alike, so both match; a reader who typed "Đảng" sees the
    entries that say "Đảng" before those that only say "đang".
    """
    wanted = set(marked)
    texts = SearchEntry.objects.filter(pk__in=[row[0] for row in rows])
    bonus = {}
    for page_id, title, summary in texts.values_list("page_id", "title", "summary"):
        in_title = wanted & {marked_key(word) for word in re.findall(r"\w+", title)}
        in_summary = wanted & {marked_key(word) for word in re.findall(r"\w+", summary)}
        bonus[page_id] = 2 * len(in_title) + len(in_summary)
    order = {row[0]: index for index, row in enumerate(rows)}
    return sorted(rows, key=lambda row: (-row[1], -bonus.get(row[0], 0), order[row[0]]))


def _text_matches(parsed, filters, private, offset, limit, exclude_ids):
    if parsed.marked and offset < RERANK:
        end = max(RERANK, offset + limit)
        rows, count = _ranked_ids(parsed, filters, private, 0, end, exclude_ids)
        rows = _prefer_marks(rows[:RERANK], parsed.marked) + rows[RERANK:]
        return rows[offset : offset + limit], count
    return _ranked_ids(parsed, filters, private, offset, limit, exclude_ids)


def run_search(text, filters=None, offset=0, limit=20):
    """The page ids of one page of results, best first, and how many there are.

    Documents found by their number come first, then the full-text matches without them.
    """
    filters = filters or Filters()
    parsed = parse_query(text)
    private = restricted_paths()
    number_hits = number_matches(parsed.text, filters, private)
    ids = number_hits[offset : offset + limit]
    count = len(number_hits)
    if not parsed.empty:
        text_offset = max(0, offset - len(number_hits))
        rows, text_count = _text_matches(
            parsed, filters, private, text_offset, limit - len(ids), number_hits
        )
        ids += [row[0] for row in rows]
        count += text_count
    capped = count > COUNT_LIMIT
    return Results(parsed, ids, min(count, COUNT_LIMIT), capped, number_hits)
