"""Billing system adapter (balance, invoices, plan catalogue)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Dict, List

import httpx

BILLING_URL = os.getenv("BILLING_URL", "https://billing.internal.telvio.net")


@dataclass
class Plan:
    code: str
    name: str
    monthly_eur: Decimal
    data_gb: int
    minutes: int
    roaming: bool


class InvoiceGenerator:
    """Asks the billing backend to render an invoice PDF (no LLM involved)."""

    def __init__(self, http: httpx.Client) -> None:
        self._http = http

    def generate(self, account_id: str, period: str, fmt: str = "pdf") -> str:
        r = self._http.post(f"/accounts/{account_id}/invoices/{period}/render", json={"format": fmt})
        r.raise_for_status()
        return r.json()["downloadUrl"]


class BillingAPI:
    def __init__(self, base_url: str = BILLING_URL) -> None:
        self._http = httpx.Client(base_url=base_url, timeout=8.0,
                                  headers={"X-Api-Key": os.getenv("BILLING_API_KEY", "")})
        self.invoices = InvoiceGenerator(self._http)

    def balance(self, account_id: str) -> Decimal:
        r = self._http.get(f"/accounts/{account_id}/balance")
        r.raise_for_status()
        return Decimal(str(r.json()["amount"]))

    def usage(self, account_id: str, months: int = 3) -> List[Dict]:
        r = self._http.get(f"/accounts/{account_id}/usage", params={"months": months})
        r.raise_for_status()
        return r.json()["months"]

    def plans(self) -> List[Plan]:
        r = self._http.get("/catalogue/plans")
        r.raise_for_status()
        return [
            Plan(p["code"], p["name"], Decimal(str(p["price"])), p["dataGb"], p["minutes"], p["roaming"])
            for p in r.json()["plans"]
        ]

    def change_plan(self, account_id: str, plan_code: str) -> str:
        r = self._http.post(f"/accounts/{account_id}/plan", json={"planCode": plan_code})
        r.raise_for_status()
        return r.json()["orderId"]
