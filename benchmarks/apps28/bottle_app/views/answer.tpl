% rebase('base.tpl')
<h2>{{question}}</h2>
<div class="answer">{{answer}}</div>
<ul>% for s in sources:
<li>{{s}}</li>
% end
</ul>
<form method="post" action="/ask/{{question_id}}/feedback"><button name="helpful" value="yes">Helpful</button><button name="helpful" value="no">Not helpful</button></form>
