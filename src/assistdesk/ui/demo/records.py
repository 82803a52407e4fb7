"""Where practice reports are kept (beside the demo database) and how they become PDF."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from assistdesk import paths
from assistdesk.core.reports import CallReport

REPORTS_FILE = "assistdesk-demo-reports.jsonl"


def default_reports_path() -> Path:
    """One JSON line per finished practice call, in the data folder next to the demo log."""
    return paths.data_dir() / REPORTS_FILE


class ReportLog:
    """Finished practice calls' reports (``CallReport.to_dict``), appended as JSON lines."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_reports_path()

    def add(self, report: CallReport) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")

    def all(self) -> list[CallReport]:
        """Every readable report; a damaged line is skipped, never fatal."""
        if not self.path.is_file():
            return []
        found: list[CallReport] = []
        for line in self.path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                found.append(CallReport.from_dict(json.loads(line)))
            except (ValueError, KeyError, TypeError):
                continue
        return found

    def trainees(self) -> list[str]:
        return sorted({r.trainee for r in self.all()})

    def of(self, trainee: str) -> list[CallReport]:
        return [r for r in self.all() if r.trainee == trainee]


def write_pdf(html: str, path: Path | str) -> Path:
    """Renders report HTML to an A4 PDF with Qt (no printer needed)."""
    target = Path(path)
    document = QTextDocument()
    document.setHtml(html)
    writer = QPdfWriter(str(target))
    writer.setResolution(150)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    document.print_(writer)
    del writer  # finishes the file
    return target


def reports_of(reports: Iterable[CallReport], trainee: str) -> list[CallReport]:
    return [r for r in reports if r.trainee == trainee]
