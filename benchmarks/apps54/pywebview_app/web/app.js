// Front-end glue. All backend calls go through window.pywebview.api (see api.py).
const state = { current: null, session: crypto.randomUUID(), streaming: {} };

function $(id) { return document.getElementById(id); }

async function refreshList() {
  const notes = await pywebview.api.list_notes();
  $('note-list').innerHTML = notes.map(n => `<li data-id="${n.id}">${n.title}</li>`).join('');
}

async function openNote(id) {
  const note = await pywebview.api.get_note(id);
  state.current = note;
  $('title').value = note.title;
  $('body').value = note.body;
  $('tags').innerHTML = note.tags.map(t => `<span class="tag">${t}</span>`).join('');
}

window.addEventListener('pywebviewready', async () => {
  await refreshList();
  $('note-list').onclick = e => e.target.dataset.id && openNote(e.target.dataset.id);
  $('new-note').onclick = async () => { const n = await pywebview.api.create('Untitled', ''); await refreshList(); openNote(n.id); };
  $('save').onclick = () => pywebview.api.save_note(state.current.id, $('title').value, $('body').value);
  $('improve').onclick = async () => { $('body').value = await pywebview.api.improve_writing($('body').value); };
  $('suggest-title').onclick = async () => { $('title').value = await pywebview.api.suggest_title($('body').value); };
  $('tag').onclick = async () => { await pywebview.api.suggest_tags(state.current.id); openNote(state.current.id); };
  $('clip').onclick = async () => { const url = prompt('URL to clip'); if (url) await pywebview.api.clip_url(url); };
  $('search').oninput = async e => {
    const hits = await pywebview.api.search(e.target.value, e.target.value.length > 3);
    $('note-list').innerHTML = hits.map(h => `<li data-id="${h.note.id}">${h.note.title}</li>`).join('');
  };
  $('question').onkeydown = async e => {
    if (e.key !== 'Enter') return;
    const q = e.target.value; e.target.value = '';
    $('messages').insertAdjacentHTML('beforeend', `<p class="q">${q}</p><p class="a" id="pending"></p>`);
    await pywebview.api.chat_stream(state.session, q);
  };
});

window.addEventListener('chat-token', e => { $('pending').textContent += e.detail.token; });
window.addEventListener('chat-done', () => { $('pending').removeAttribute('id'); });
window.addEventListener('clip-done', () => refreshList());
window.addEventListener('tagged', () => state.current && openNote(state.current.id));
window.addEventListener('index-progress', e => console.log('indexed', e.detail.done, '/', e.detail.total));

window.app = { setTheme: t => document.documentElement.dataset.theme = t };
