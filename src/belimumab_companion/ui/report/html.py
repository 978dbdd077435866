"""The report's HTML, from the Jinja2 templates in ``templates/`` with autoescaping on: the
templates hold the only markup, and every string they are given (ours and the user's: notes,
symptoms, vaccines, a name) is escaped, so ``<b>x</b><img src=http://…>`` prints as typed and
is never markup (reliability scenario 23). The templates are read from the package
(``PackageLoader``), so the frozen build ships them (packaging/pyinstaller's spec lists them).
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from belimumab_companion.services.report_data import CareTeamReport
from belimumab_companion.ui.report.sections import report_text

TEMPLATE = "report.html.j2"


def lines(text: object) -> Markup:
    """``text`` escaped, its line breaks kept as ``<br/>``."""
    plain = str(text).replace("\r\n", "\n").replace("\r", "\n")
    return Markup("<br/>").join(escape(part) for part in plain.split("\n"))


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("belimumab_companion.ui.report", "templates"),
        autoescape=True,  # every template, whatever its name
        undefined=StrictUndefined,  # a misspelt field fails loudly, never prints nothing
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["lines"] = lines
    return env


def report_html(report: CareTeamReport, chart: bool = True) -> str:
    """The whole report as HTML. ``chart``: include the severity chart's image (its resource
    is added by ``document.report_document``)."""
    return environment().get_template(TEMPLATE).render(text=report_text(report, chart))
