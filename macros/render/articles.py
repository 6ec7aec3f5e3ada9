"""Treaty article pages (/treaty/articles/<n>/, /treaty/preamble/) and the articles index (/treaty/articles/)."""

from __future__ import annotations

from typing import Mapping
from urllib.parse import urlencode

from ..model.articles import Article
from ..model.coverage import CoverageItem
from . import coverage as coverage_render
from .common import Page, admonition, article_label, article_path, badge, cell, esc, numeral, sector_path, tr


def basis_badge(basis: str) -> str:
    return badge(basis, "basis")


def heading(article: Article) -> str:
    """The heading as escaped Markdown text."""
    return esc(plain_heading(article))


def plain_heading(article: Article) -> str:
    """The heading as plain text (for the page title and meta tags)."""
    if article.number == 0:
        return tr("Preamble")
    if article.title and article.basis != "pending":
        return tr("{label}: {title}", label=article_label(article.number), title=article.title)
    return article_label(article.number)


def _link(page: Page, article: Article) -> str:
    return f"[{heading(article)}]({page.href(article_path(article.number))})"


def _sector_links(page: Page, article: Article, sectors: Mapping[str, object] | None) -> str:
    def one(sector_id: str) -> str:
        sector = (sectors or {}).get(sector_id)
        if sector is None:
            return f"`{sector_id}`"
        return f"[{esc(sector.title)}]({page.href(sector_path(sector_id))})"
    return ", ".join(one(s) for s in article.sectors)


def correction_link(repo_url: str | None, article: Article, page_url: str) -> str:
    if not repo_url:
        return ""
    query = urlencode({"template": "correct-a-fact.yml", "title": f"Correction: {heading(article)}",
                       "page": page_url})
    return f"{repo_url}/issues/new?{query}"


def _reported(page: Page, article: Article, coverage: Mapping[str, CoverageItem], sectors) -> str:
    """What sources report the treaty covers: items tied to this article, then those without a number."""
    tied = [i for i in coverage.values() if article.number in i.articles]
    unnumbered = [i for i in coverage.values() if not i.articles]
    out = []
    if tied:
        out.append("## " + tr("What sources report about this article") + "\n\n"
                   + "\n".join(coverage_render.item_line(page, i) for i in tied))
    if article.basis == "pending" and unnumbered:
        themes = []
        for sector_id in sorted({i.sector for i in unnumbered},
                                key=lambda s: (sectors or {}).get(s).title if s in (sectors or {}) else s):
            name = esc(sectors[sector_id].title) if sector_id in (sectors or {}) else esc(sector_id)
            items = "\n".join(coverage_render.item_line(page, i) for i in unnumbered if i.sector == sector_id)
            themes.append(f"**{name}**\n\n{items}")
        out.append("## " + tr("Provisions reported without an article number") + "\n\n"
                   + tr("Sources report these provisions without saying which article holds them; any of them may "
                        "be in this article. The [coverage page]({href}) lists them all.",
                        href=page.href('treaty/coverage.md')) + "\n\n"
                   + "\n\n".join(themes))
    return "\n\n".join(out)


def article_page(page: Page, articles: Mapping[int, Article], number: int, *, sectors=None,
                 texts: list[tuple[str, str]] = (), repo_url: str | None = None, site_url: str = "",
                 coverage: Mapping[str, CoverageItem] | None = None) -> str:
    """The full page for one article. `texts` are (label, url) links to full texts for pending pages."""
    article = articles[number]
    out = [f"# {heading(article)}",
           basis_badge(article.basis)
           + (" · " + tr("Sectors: {links}", links=_sector_links(page, article, sectors)) if article.sectors else "")]
    page_url = site_url.rstrip("/") + "/" + article_path(number).removesuffix(".md").removesuffix("index") + "/"
    fix = correction_link(repo_url, article, page_url)

    if article.basis == "pending":
        links = "\n".join(f"- [{esc(label)}]({url})" for label, url in texts)
        what = tr("the preamble") if number == 0 else article_label(number)
        out.append(tr("This site has not yet summarized {what}: no source we could read ties its content to this "
                      "number, and we make no claim about it. The full text is published here:", what=what)
                   + "\n\n" + (links or "- " + tr("(no link yet)")) +
                   ("\n\n" + tr("If you can summarize it from the text, please [propose a correction]({fix}).",
                                  fix=fix) if fix else ""))
        if coverage:
            out.append(_reported(page, article, coverage, sectors))
    else:
        if article.basis == "secondary":
            out.append(admonition("note", tr("Based on reports, not yet on the text"),
                                  tr("This summary rests on reports that cite the article by number. It has not "
                                     "yet been checked against the treaty text itself.")))
        out.append("## " + tr("Summary") + "\n\n" + esc(article.summary) + page.cite(article.sources))
        if article.obligations:
            out.append("## " + tr("Key obligations") + "\n\n"
                       + "\n".join(f"- {esc(item)}" for item in article.obligations))
        if coverage:
            out.append(_reported(page, article, coverage, sectors))
    if article.misreading:
        out.append(admonition("info", tr("What this article does not say"), esc(article.misreading)))
    if article.translation_variants:
        block = ["## " + tr("Where translations differ")]
        for tv in article.translation_variants:
            block.append("**" + tr("Clause {clause}.", clause=esc(tv.clause)) + f"** {esc(tv.note)}")
            block.append(f"| {tr('Wording')} | {tr('Found in')} |\n|---|---|\n" + "\n".join(
                f"| “{cell(v.wording)}” | {page.cite(v.sources)} |" for v in tv.variants))
        out.append("\n\n".join(block))
    if article.disputes:
        out.append("## " + tr("Sources disagree") + "\n\n" + "\n".join(
            f"- {badge('disputed')} {esc(d.note)}{page.cite(d.sources)}" for d in article.disputes))
    if article.related:
        out.append("## " + tr("Related articles") + "\n\n" + "\n".join(
            f"- {_link(page, articles[n])}" for n in article.related if n in articles))
    numbers = sorted(articles)
    i = numbers.index(number)
    nav = []
    if i > 0:
        nav.append(tr("← Previous: {link}", link=_link(page, articles[numbers[i - 1]])))
    nav.append(f"[{tr('All articles')}]({page.href('treaty/articles/index.md')})")
    if i < len(numbers) - 1:
        nav.append(tr("Next: {link} →", link=_link(page, articles[numbers[i + 1]])))
    out.append(f'<nav class="article-nav" aria-label="{tr("Articles")}" markdown>\n' + " · ".join(nav) + "\n</nav>")
    if fix:
        out.append("*" + tr("Spotted an error or a better source? [Propose a correction]({fix}).", fix=fix) + "*")
    return "\n\n".join(out)


def coverage_counts(articles: Mapping[int, Article]) -> tuple[int, int]:
    """(entries summarized, all entries): the preamble and 47 articles."""
    return sum(1 for a in articles.values() if a.basis != "pending"), len(articles)


def coverage_text(articles: Mapping[int, Article]) -> str:
    done, total = coverage_counts(articles)
    return tr("{done} of {total} summarized", done=done, total=total)


def articles_index(page: Page, articles: Mapping[int, Article], sectors: Mapping[str, object] | None = None) -> str:
    """A table of every article, filterable by sector with radio buttons and CSS (no JavaScript)."""
    used = sorted({s for a in articles.values() for s in a.sectors})
    counts = {b: sum(1 for a in articles.values() if a.basis == b) for b in ("primary", "secondary", "pending")}
    intro = tr("The treaty has a preamble and {n} articles. So far {primary} entries are summarized from the text "
               "itself, {secondary} from reports that cite the article, and {pending} are pending.",
               n=sum(1 for n in articles if n), primary=counts["primary"], secondary=counts["secondary"],
               pending=counts["pending"])

    def sector_name(sector_id: str) -> str:
        sector = (sectors or {}).get(sector_id)
        return esc(sector.title) if sector is not None else esc(sector_id)

    # The filter is CSS only: a link sets the URL's #fragment, the matching empty target before the table
    # hides the rows without that sector's class. The filtered view can be shared as a link.
    targets = "\n".join(f'<div id="only-{s}" class="filter__target"></div>' for s in ["all", *used])
    links = " ".join(f'<a class="filter__link filter__link--{s}" href="#only-{s}">{sector_name(s)}</a>' for s in used)
    style = "\n".join(
        f"#only-{s}:target ~ .filter__table tbody tr:not(.s-{s}) {{ display: none; }}\n"
        f"#only-{s}:target ~ .filter a.filter__link--{s} {{ background: var(--md-primary-fg-color); "
        f"color: var(--md-primary-bg-color); }}" for s in used)
    rows = []
    for article in articles.values():
        classes = " ".join(f"s-{s}" for s in article.sectors)
        title = esc(article.title) if article.title and article.basis != "pending" else \
            "*" + tr("Not yet summarized") + "*"
        label = tr("Preamble") if article.number == 0 else numeral(article.number)
        tags = ", ".join(sector_name(s) for s in article.sectors) or "—"
        rows.append(f'<tr class="{classes}" markdown="1"><td data-label="{tr("No.")}" markdown="span">[{label}]'
                    f"({page.href(article_path(article.number))})</td>"
                    f'<td data-label="{tr("Title")}" markdown="span">{title}</td>'
                    f'<td data-label="{tr("Sectors")}">{tags}</td>'
                    f'<td data-label="{tr("Basis")}">{basis_badge(article.basis)}</td></tr>')
    return "\n\n".join([
        intro,
        f"<style>\n{style}\n</style>" if style else "",
        targets,
        f'<nav class="filter" aria-label="{tr("Show articles on one sector")}">\n'
        f'<p class="filter__legend">{tr("Show articles on:")}</p>\n'
        f'<p class="filter__links"><a class="filter__link filter__link--all" href="#only-all">{tr("All")}</a> '
        f'{links}</p>\n</nav>',
        '<table class="stack filter__table articles-table" markdown="1">\n'
        f'<caption>{tr("Articles of the treaty")}</caption>\n'
        f'<thead><tr><th scope="col">{tr("No.")}</th><th scope="col">{tr("Title")}</th>'
        f'<th scope="col">{tr("Sectors")}</th><th scope="col">{tr("Basis")}</th></tr></thead>\n'
        '<tbody markdown="1">\n' + "\n".join(rows)
        + "\n</tbody>\n</table>",
    ])
