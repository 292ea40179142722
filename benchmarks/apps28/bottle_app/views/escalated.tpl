% rebase('base.tpl')
<p>Thanks for reaching out. An HR partner will contact you personally. ({{reason}})</p>
