% rebase('base.tpl')
<p>Thanks for the feedback!</p>
