import io

import pytest

from fakes import FakeApp


@pytest.fixture
def app():
    return FakeApp(io.StringIO())
