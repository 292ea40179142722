% rebase('base.tpl')
<ul>% for k in kinds:
<li><a href="/letters/{{k}}">{{k}}</a></li>
% end
</ul>
