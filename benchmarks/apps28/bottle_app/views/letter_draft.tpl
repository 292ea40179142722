% rebase('base.tpl')
<h2>Draft {{kind}} letter #{{letter_id}}</h2>
<pre>{{body}}</pre>
<form method="post" action="/letters/{{letter_id}}/polish"><button>Polish tone</button></form>
