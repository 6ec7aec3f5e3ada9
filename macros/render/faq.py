"""The reader FAQ (/treaty/faq/): each question answered in a few sentences that cite articles and sources."""

from __future__ import annotations

from typing import Mapping

from ..model.articles import Article
from ..model.faq import Question
from .articles import heading
from .common import Page, article_path, esc, tr


def faq_page(page: Page, questions: Mapping[str, Question], articles: Mapping[int, Article],
             titles: Mapping[str, str]) -> str:
    """`titles` maps docs-relative page paths to their titles, for the "see also" links."""
    out = ["\n".join(f"{i}. [{esc(q.question)}](#{q.id})" for i, q in enumerate(questions.values(), 1))]
    for q in questions.values():
        out.append(f"## {esc(q.question)} {{ #{q.id} }}")
        paragraphs = [esc(p) for p in q.answer]
        paragraphs[-1] += page.cite(q.sources)
        out.extend(paragraphs)
        links = [f"[{heading(articles[n])}]({page.href(article_path(n))})" for n in q.articles if n in articles]
        links += [f"[{esc(titles.get(path.split('#')[0], path))}]({page.href(path.split('#')[0], *path.split('#')[1:])})"
                  for path in q.see_also]
        if links:
            out.append(tr("Read more:") + " " + " · ".join(links))
    return "\n\n".join(out)
