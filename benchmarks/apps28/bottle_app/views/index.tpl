% rebase('base.tpl')
<p>Hello {{user}} - ask anything about Northwind HR policies.</p>
<form method="post" action="/ask"><textarea name="question" rows="4"></textarea><button>Ask</button></form>
