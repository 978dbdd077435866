"""The care-team report (issue 7): a PDF of the plan, doses, side effects, mood check-ins,
contraception and vaccinations over a period, for the patient to share with their care team.

* ``sections``: the words of the title block and each section (Qt's translations, the user's locale),
  prepared as plain data; nothing there is markup.
* ``templates/*.html.j2`` and ``html``: that data laid out as HTML by Jinja2 with autoescaping
  on, so every user-entered text (a note, a symptom, a vaccine, a name) prints as typed.
* ``chart``: the severity chart drawn into the document (pyqtgraph: needs a QApplication).
* ``document``: the QTextDocument that answers only the report's own images.
* ``pagination``: pages, headings kept with what follows them, footers and page numbers.
* ``export``: the entry point that writes the PDF.
* ``dialog``: the window to choose the dates, preview, save and print.

The modules are imported on first use by their callers, so opening the window never pays for
pyqtgraph, Jinja2 or SQLAlchemy.
"""
