from unittest import mock

from tools.sales_email import contacts


def test_parse_choice_roundtrip():
    parsed = contacts.parse_choice("Ana Lima — Globex <ana@globex.com>")
    assert parsed == {"firstname": "Ana", "lastname": "Lima", "company": "Globex",
                      "email": "ana@globex.com"}


def test_completion_needs_two_chars():
    contacts.completion.cache_clear()
    assert contacts.completion("a") == []


def test_completion_formats_hubspot_results():
    contacts.completion.cache_clear()
    fake = mock.Mock()
    fake.search_contacts.return_value = [
        {"firstname": "Ana", "lastname": "Lima", "company": "Globex", "email": "ana@globex.com"}
    ]
    with mock.patch.object(contacts, "_hubspot", return_value=fake):
        assert contacts.completion("an") == ["Ana Lima — Globex <ana@globex.com>"]
