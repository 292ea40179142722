"""Fakes for the SDK clients. No network, deterministic output."""

from types import SimpleNamespace


class _Usage(SimpleNamespace):
    pass


class FakeChatCompletions(object):

    def __init__(self, reply='ok'):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = SimpleNamespace(content=self.reply)
        return SimpleNamespace(
            model=kwargs.get('model'),
            choices=[SimpleNamespace(message=msg)],
            usage=_Usage(prompt_tokens=10, completion_tokens=5, total_tokens=15),
        )


class FakeOpenAI(object):

    def __init__(self, reply='ok'):
        self.chat = SimpleNamespace(completions=FakeChatCompletions(reply))


class FakeMessages(object):

    def __init__(self, reply='ok'):
        self.reply = reply
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        return SimpleNamespace(
            model=kwargs['model'],
            content=[SimpleNamespace(type='text', text=self.reply)],
            usage=_Usage(input_tokens=12, output_tokens=7),
        )


class FakeAnthropic(object):

    def __init__(self, reply='ok'):
        self.messages = FakeMessages(reply)


class FakeMistralChat(object):

    def __init__(self, reply='[]'):
        self.reply = reply

    def complete(self, **kwargs):
        return SimpleNamespace(
            model=kwargs['model'],
            choices=[SimpleNamespace(message=SimpleNamespace(content=self.reply))],
            usage=_Usage(prompt_tokens=3, completion_tokens=2),
        )


class FakeMistral(object):

    def __init__(self, reply='[]'):
        self.chat = FakeMistralChat(reply)


class FakeMetadata(SimpleNamespace):

    def __init__(self, title='A Book', authors=('Some One',), **kw):
        kw.setdefault('series', None)
        kw.setdefault('series_index', 1.0)
        kw.setdefault('tags', [])
        kw.setdefault('pubdate', None)
        kw.setdefault('comments', '<p>A story.</p>')
        SimpleNamespace.__init__(self, title=title, authors=list(authors), **kw)


class FakeDB(object):

    def __init__(self, tags=()):
        self._tags = set(tags)

    def all_field_names(self, field):
        return self._tags if field == 'tags' else set()
