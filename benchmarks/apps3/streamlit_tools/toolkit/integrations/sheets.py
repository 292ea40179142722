"""Export tables to the team's Google Sheets."""

from __future__ import annotations

import logging
from typing import Sequence

from google.oauth2 import service_account
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

logger = logging.getLogger(__name__)

SCOPES = ["https://www.googleapis.com/auth/spreadsheets"]


class SheetsExporter:
    def __init__(self, credentials_file: str, spreadsheet_id: str) -> None:
        creds = service_account.Credentials.from_service_account_file(credentials_file, scopes=SCOPES)
        self._service = build("sheets", "v4", credentials=creds, cache_discovery=False)
        self.spreadsheet_id = spreadsheet_id

    def write(self, tab: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> int:
        values = [list(header), *[list(r) for r in rows]]
        try:
            result = self._service.spreadsheets().values().update(
                spreadsheetId=self.spreadsheet_id,
                range=f"{tab}!A1",
                valueInputOption="USER_ENTERED",
                body={"values": values},
            ).execute()
        except HttpError:
            logger.exception("sheets export to %s failed", tab)
            raise
        return int(result.get("updatedRows", 0))
