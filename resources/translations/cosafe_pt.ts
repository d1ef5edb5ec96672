<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AboutCoSafe</name>
    <message>
        <source>All changes are saved as you work</source>
        <translation>Todas as alterações são salvas enquanto você trabalha</translation>
    </message>
    <message>
        <source>Read-only: nothing you do changes the file</source>
        <translation>Somente leitura: nada do que você fizer altera o arquivo</translation>
    </message>
    <message>
        <source>%1° N   %2° E</source>
        <comment>the pointer&apos;s place</comment>
        <translation>%1° N   %2° L</translation>
    </message>
    <message>
        <source>%1° N   %2° W</source>
        <comment>the pointer&apos;s place</comment>
        <translation>%1° N   %2° O</translation>
    </message>
    <message>
        <source>%1° S   %2° E</source>
        <comment>the pointer&apos;s place</comment>
        <translation>%1° S   %2° L</translation>
    </message>
    <message>
        <source>%1° S   %2° W</source>
        <comment>the pointer&apos;s place</comment>
        <translation>%1° S   %2° O</translation>
    </message>
    <message>
        <source>%1 %2 — offline participatory urban-safety planning: safety audit walks, perception pins, proposals and action plans in one GeoPackage file. Free software (GPL 3 or later).</source>
        <translation>%1 %2 — planejamento participativo de segurança urbana, offline: caminhadas de auditoria de segurança, alfinetes de percepção, propostas e planos de ação em um único arquivo GeoPackage. Software livre (GPL 3 ou posterior).</translation>
    </message>
    <message>
        <source>There is no Save button: every change is written to the project file the moment you make it, so nothing is lost if the laptop switches off. Undo steps back through your changes. Use File › Save As to continue in a copy (for example before a workshop); the project is one .gpkg file you can copy to a USB stick at any time, and QGIS can open it.</source>
        <translation>Não há botão Salvar: cada alteração é gravada no arquivo do projeto no momento em que você a faz, então nada se perde se o laptop desligar. Desfazer volta pelas suas alterações. Use Arquivo › Salvar como para continuar em uma cópia (por exemplo, antes de uma oficina); o projeto é um único arquivo .gpkg que você pode copiar para uma unidade USB a qualquer momento, e o QGIS consegue abri-lo.</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <source>New Action</source>
        <translation>Nova ação</translation>
    </message>
    <message>
        <source>Edit Action — %1</source>
        <translation>Editar ação — %1</translation>
    </message>
    <message>
        <source>What will be done, e.g. Light the path behind the market</source>
        <translation>O que será feito, p. ex. Iluminar o caminho atrás do mercado</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Não escolhido</translation>
    </message>
    <message>
        <source>UN Guidelines for the Prevention of Crime (2002): social development (causes), locally based (communities act), situational (design and management of places), reintegration (offenders).</source>
        <translation>Diretrizes da ONU para a Prevenção do Crime (2002): desenvolvimento social (causas), de base local (as comunidades agem), situacional (desenho e gestão dos lugares), reintegração (autores de delitos).</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ninguém ainda</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>When the action is due: short, medium or long term</source>
        <translation>Quando a ação deve estar pronta: curto, médio ou longo prazo</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Datas</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>The day the action starts (tick Dates to set it)</source>
        <translation>O dia em que a ação começa (marque Datas para defini-lo)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de término</translation>
    </message>
    <message>
        <source>The day the action is done (tick Dates to set it)</source>
        <translation>O dia em que a ação termina (marque Datas para defini-lo)</translation>
    </message>
    <message>
        <source>From &amp;votes</source>
        <translation>Pelos &amp;votos</translation>
    </message>
    <message>
        <source>Set by &amp;hand:</source>
        <translation>Definir à &amp;mão:</translation>
    </message>
    <message>
        <source>Priority by hand</source>
        <translation>Prioridade à mão</translation>
    </message>
    <message>
        <source>1 is the most urgent (choose Set by hand first)</source>
        <translation>1 é a mais urgente (escolha primeiro Definir à mão)</translation>
    </message>
    <message>
        <source>rank %1 by the dots on its proposals</source>
        <translation>posição %1 pelos pontos em suas propostas</translation>
    </message>
    <message>
        <source>no votes on its linked proposals yet</source>
        <translation>ainda sem votos em suas propostas vinculadas</translation>
    </message>
    <message>
        <source>How success is seen, e.g. mean safety score at the market</source>
        <translation>Como se verá o sucesso, p. ex. pontuação média de segurança no mercado</translation>
    </message>
    <message>
        <source>Where it stands now</source>
        <translation>Situação atual</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Linha de base</translation>
    </message>
    <message>
        <source>Where the indicator stands now</source>
        <translation>O valor atual do indicador</translation>
    </message>
    <message>
        <source>Use Current &amp;Score</source>
        <translation>Usar &amp;pontuação atual</translation>
    </message>
    <message>
        <source>Fill in the mean safety score audits measured at the linked places</source>
        <translation>Preencher com a pontuação média de segurança medida pelas auditorias nos lugares vinculados</translation>
    </message>
    <message>
        <source>Where it should be, and by when</source>
        <translation>Aonde deve chegar, e até quando</translation>
    </message>
    <message>
        <source>Add to Plan</source>
        <translation>Adicionar ao plano</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>CPTED &amp;principle</source>
        <translation>&amp;Princípio CPTED</translation>
    </message>
    <message>
        <source>Prevention &amp;approach</source>
        <translation>&amp;Abordagem de prevenção</translation>
    </message>
    <message>
        <source>&amp;Responsible partner</source>
        <translation>Parceiro &amp;responsável</translation>
    </message>
    <message>
        <source>Supporting partners</source>
        <translation>Parceiros de apoio</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Si&amp;tuação</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between a start and an end date</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Estimated &amp;cost</source>
        <translation>&amp;Custo estimado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indicador</translation>
    </message>
    <message>
        <source>Tar&amp;get</source>
        <translation>&amp;Meta</translation>
    </message>
    <message>
        <source>Linked places</source>
        <translation>Lugares vinculados</translation>
    </message>
    <message>
        <source>Link places to compute the current safety score there.</source>
        <translation>Vincule lugares para calcular ali a pontuação de segurança atual.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <comment>%1: the mean safety score at the linked places</comment>
        <translation>Agora: %1</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Princípio</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Abordagem</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a column heading and its unit, e.g. Cost (KES)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ActionTimeline</name>
    <message>
        <source>Dated</source>
        <translation>Com datas</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Sem agendamento</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <comment>%1: a timeline column, e.g. Short term</comment>
        <translation>Ações: %1</translation>
    </message>
    <message>
        <source>The actions planned for %1; double-click one to edit it</source>
        <translation>As ações previstas para %1; clique duas vezes em uma para editá-la</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a timeline column&apos;s title and how many actions it holds</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <source>No actions yet. Select a proposal and choose Plan › Create Action from Proposal, or press New… to write one.</source>
        <translation>Nenhuma ação ainda. Selecione uma proposta e escolha Plano › Criar ação a partir da proposta, ou pressione Nova… para escrever uma.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualquer prazo</translation>
    </message>
    <message>
        <source>Has dates</source>
        <translation>Com datas</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Sem agendamento</translation>
    </message>
    <message>
        <source>Filter actions by status</source>
        <translation>Filtrar ações por situação</translation>
    </message>
    <message>
        <source>Show only actions with this status</source>
        <translation>Mostrar só as ações com esta situação</translation>
    </message>
    <message>
        <source>Filter actions by timeframe</source>
        <translation>Filtrar ações por prazo</translation>
    </message>
    <message>
        <source>Show only actions with this timeframe</source>
        <translation>Mostrar só as ações com este prazo</translation>
    </message>
    <message>
        <source>Filter actions by principle</source>
        <translation>Filtrar ações por princípio</translation>
    </message>
    <message>
        <source>Show only actions with this principle</source>
        <translation>Mostrar só as ações com este princípio</translation>
    </message>
    <message>
        <source>Filter actions by partner</source>
        <translation>Filtrar ações por parceiro</translation>
    </message>
    <message>
        <source>Show only actions with this partner</source>
        <translation>Mostrar só as ações com este parceiro</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>The plan&apos;s actions; Enter or double-click opens one, Delete removes it</source>
        <translation>As ações do plano; Enter ou clique duplo abre uma, Delete a remove</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nova…</translation>
    </message>
    <message>
        <source>Write a new action from scratch</source>
        <translation>Escrever uma nova ação do zero</translation>
    </message>
    <message>
        <source>&amp;Edit Action…</source>
        <translation>&amp;Editar ação…</translation>
    </message>
    <message>
        <source>Open the selected action in the action editor</source>
        <translation>Abrir a ação selecionada no editor de ações</translation>
    </message>
    <message>
        <source>&amp;Delete Action</source>
        <translation>E&amp;xcluir ação</translation>
    </message>
    <message>
        <source>Remove the selected action from the plan (the places stay)</source>
        <translation>Remover a ação selecionada do plano (os lugares permanecem)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>Qualquer parceiro</translation>
    </message>
    <message>
        <source>Nobody responsible yet</source>
        <translation>Ainda sem responsável</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln actions shown</source>
        <translation>
            <numerusform>%1 de %Ln ação exibida</numerusform>
            <numerusform>%1 de %Ln ações exibidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions</source>
        <translation>
            <numerusform>%Ln ação</numerusform>
            <numerusform>%Ln ações</numerusform>
        </translation>
    </message>
    <message>
        <source>The action was not deleted</source>
        <translation>A ação não foi excluída</translation>
    </message>
</context>
<context>
    <name>ActionsSheet</name>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Priority set by</source>
        <translation>Prioridade definida por</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Responsible partner</source>
        <translation>Parceiro responsável</translation>
    </message>
    <message>
        <source>Supporting partners</source>
        <translation>Parceiros de apoio</translation>
    </message>
    <message>
        <source>Linked places</source>
        <translation>Lugares vinculados</translation>
    </message>
    <message>
        <source>Locations (lat,lon)</source>
        <translation>Localizações (lat,lon)</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>Princípio CPTED</translation>
    </message>
    <message>
        <source>Prevention approach</source>
        <translation>Abordagem de prevenção</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Começa em</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina em</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Custo estimado</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Linha de base</translation>
    </message>
    <message>
        <source>Baseline from the audit scores</source>
        <translation>Linha de base pelas pontuações da auditoria</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>votos</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>à mão</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a column&apos;s name and its currency: “Cost estimate (KES)”</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message numerus="yes">
        <source>Where the %1 score is low, people feel less safe (strong link, %Ln places).</source>
        <translation>
            <numerusform>Onde a pontuação de %1 é baixa, as pessoas se sentem menos seguras (relação forte, %Ln lugar).</numerusform>
            <numerusform>Onde a pontuação de %1 é baixa, as pessoas se sentem menos seguras (relação forte, %Ln lugares).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is low, people feel less safe (moderate link, %Ln places).</source>
        <translation>
            <numerusform>Onde a pontuação de %1 é baixa, as pessoas se sentem menos seguras (relação moderada, %Ln lugar).</numerusform>
            <numerusform>Onde a pontuação de %1 é baixa, as pessoas se sentem menos seguras (relação moderada, %Ln lugares).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is low, people feel less safe (weak link, %Ln places).</source>
        <translation>
            <numerusform>Onde a pontuação de %1 é baixa, as pessoas se sentem menos seguras (relação fraca, %Ln lugar).</numerusform>
            <numerusform>Onde a pontuação de %1 é baixa, as pessoas se sentem menos seguras (relação fraca, %Ln lugares).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (strong link, %Ln places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Onde a pontuação de %1 é alta, as pessoas se sentem menos seguras (relação forte, %Ln lugar) — inesperado; vale a pena verificar.</numerusform>
            <numerusform>Onde a pontuação de %1 é alta, as pessoas se sentem menos seguras (relação forte, %Ln lugares) — inesperado; vale a pena verificar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (moderate link, %Ln places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Onde a pontuação de %1 é alta, as pessoas se sentem menos seguras (relação moderada, %Ln lugar) — inesperado; vale a pena verificar.</numerusform>
            <numerusform>Onde a pontuação de %1 é alta, as pessoas se sentem menos seguras (relação moderada, %Ln lugares) — inesperado; vale a pena verificar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (weak link, %Ln places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Onde a pontuação de %1 é alta, as pessoas se sentem menos seguras (relação fraca, %Ln lugar) — inesperado; vale a pena verificar.</numerusform>
            <numerusform>Onde a pontuação de %1 é alta, as pessoas se sentem menos seguras (relação fraca, %Ln lugares) — inesperado; vale a pena verificar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit point has a feeling score yet, so nothing can be said about what goes with feeling unsafe.</source>
        <translation>Nenhum ponto de auditoria tem ainda pontuação de sensação, então nada se pode dizer sobre o que acompanha a sensação de insegurança.</translation>
    </message>
    <message>
        <source>How each criterion goes with %1 across audit points (Spearman rank correlation; a link, not proof of a cause):</source>
        <translation>Como cada critério se relaciona com %1 nos pontos de auditoria (correlação de postos de Spearman; uma relação, não prova de causa):</translation>
    </message>
    <message numerus="yes">
        <source>%1: too few places scored for both it and %2 to say (%Ln places; at least %3 needed).</source>
        <translation>
            <numerusform>%1: poucos lugares pontuados tanto nele quanto em %2 para concluir (%Ln lugar; são necessários pelo menos %3).</numerusform>
            <numerusform>%1: poucos lugares pontuados tanto nele quanto em %2 para concluir (%Ln lugares; são necessários pelo menos %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the same score everywhere (or %2 was), so no link can be read (%Ln places).</source>
        <translation>
            <numerusform>%1: a mesma pontuação em todo lugar (ou %2 teve), então não se pode ler relação (%Ln lugar).</numerusform>
            <numerusform>%1: a mesma pontuação em todo lugar (ou %2 teve), então não se pode ler relação (%Ln lugares).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 makes no clear difference to how safe people feel (%Ln places).</source>
        <translation>
            <numerusform>%1 não faz diferença clara na sensação de segurança das pessoas (%Ln lugar).</numerusform>
            <numerusform>%1 não faz diferença clara na sensação de segurança das pessoas (%Ln lugares).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation>Sem oficina</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sem grupo</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no value of a category</comment>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Other workshops</source>
        <translation>Outras oficinas</translation>
    </message>
    <message>
        <source>Other groups</source>
        <translation>Outros grupos</translation>
    </message>
    <message>
        <source>Other or not stated</source>
        <translation>Outro ou não informado</translation>
    </message>
</context>
<context>
    <name>AnalysisCharts</name>
    <message>
        <source>Gender</source>
        <translation>Gênero</translation>
    </message>
    <message>
        <source>Compare groups of people by gender; each tick splits them further</source>
        <translation>Comparar grupos de pessoas por gênero; cada marcação os divide mais</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Faixa etária</translation>
    </message>
    <message>
        <source>Compare groups of people by age band; each tick splits them further</source>
        <translation>Comparar grupos de pessoas por faixa etária; cada marcação os divide mais</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Compare groups of people by role; each tick splits them further</source>
        <translation>Comparar grupos de pessoas por papel; cada marcação os divide mais</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Período do dia</translation>
    </message>
    <message>
        <source>Compare groups of people by time of day; each tick splits them further</source>
        <translation>Comparar grupos de pessoas por período do dia; cada marcação os divide mais</translation>
    </message>
    <message>
        <source>Working out which groups can be shown without giving anyone away…</source>
        <translation>Calculando quais grupos podem ser mostrados sem identificar ninguém…</translation>
    </message>
    <message>
        <source>No audit scores or perception pins yet — record a walk or place pins in the Audits dock to compare groups of people.</source>
        <translation>Nenhuma pontuação de auditoria nem alfinete de percepção ainda — registre uma caminhada ou coloque alfinetes no painel Auditorias para comparar grupos de pessoas.</translation>
    </message>
    <message>
        <source>No audit scores yet — record a walk and score its points in the Audits dock.</source>
        <translation>Nenhuma pontuação de auditoria ainda — registre uma caminhada e pontue seus pontos no painel Auditorias.</translation>
    </message>
    <message>
        <source>No place was walked both by day and at night yet — walk the same route after dark and score the points in the Audits dock.</source>
        <translation>Nenhum lugar foi percorrido ainda de dia e à noite — percorra o mesmo percurso depois de escurecer e pontue os pontos no painel Auditorias.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln places walked by day and at night: %1 scored lower at night, %2 higher, %3 about the same. Mean score %4 by day, %5 at night.</source>
        <translation>
            <numerusform>%Ln lugar percorrido de dia e à noite: %1 com pontuação menor à noite, %2 maior, %3 quase igual. Pontuação média %4 de dia, %5 à noite.</numerusform>
            <numerusform>%Ln lugares percorridos de dia e à noite: %1 com pontuação menor à noite, %2 maior, %3 quase igual. Pontuação média %4 de dia, %5 à noite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough audit points with a &quot;Feeling&quot; score yet to say which criteria go with feeling unsafe — score Feeling at more points in the Audits dock.</source>
        <translation>Ainda não há pontos de auditoria suficientes com pontuação de &quot;Sensação&quot; para dizer quais critérios acompanham a sensação de insegurança — pontue a Sensação em mais pontos no painel Auditorias.</translation>
    </message>
    <message>
        <source>Open a project to see what its audits and pins say.</source>
        <translation>Abra um projeto para ver o que dizem suas auditorias e alfinetes.</translation>
    </message>
    <message>
        <source>Nothing matches the filters — widen them in the Perception Filters dock (or Clear Filters).</source>
        <translation>Nada corresponde aos filtros — amplie-os no painel Filtros de percepção (ou Limpar filtros).</translation>
    </message>
    <message>
        <source>No audit points yet — record a walk in the Audits dock.</source>
        <translation>Nenhum ponto de auditoria ainda — registre uma caminhada no painel Auditorias.</translation>
    </message>
    <message>
        <source>No audit points or perception pins yet — record a walk or place pins in the Audits dock.</source>
        <translation>Nenhum ponto de auditoria nem alfinete de percepção ainda — registre uma caminhada ou coloque alfinetes no painel Auditorias.</translation>
    </message>
    <message>
        <source>No recorded incidents in these dates — import police or NGO data with Audit › Import Recorded Incidents to compare them with what people feel by time of day.</source>
        <translation>Nenhuma ocorrência registrada nestas datas — importe dados policiais ou de ONG com Auditoria › Importar ocorrências registradas para compará-las com o que as pessoas sentem em cada período do dia.</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln people match these filters, so their figures are hidden to protect them (the project&apos;s threshold is %Ln). Widen the filters to see more.</source>
        <translation>
            <numerusform>Menos de %Ln pessoa corresponde a estes filtros, então seus números ficam ocultos para protegê-las (o limiar do projeto é %Ln). Amplie os filtros para ver mais.</numerusform>
            <numerusform>Menos de %Ln pessoas correspondem a estes filtros, então seus números ficam ocultos para protegê-las (o limiar do projeto é %Ln). Amplie os filtros para ver mais.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisFeature</name>
    <message>
        <source>Heat Map &amp;Radius…</source>
        <translation>Rai&amp;o do mapa de calor…</translation>
    </message>
    <message>
        <source>How far each point&apos;s heat reaches</source>
        <translation>Até onde chega o calor de cada ponto</translation>
    </message>
    <message>
        <source>Perception Map</source>
        <translation>Mapa de percepção</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análise</translation>
    </message>
    <message>
        <source>Filters (map and charts)</source>
        <translation>Filtros (mapa e gráficos)</translation>
    </message>
    <message>
        <source>Layers and legend</source>
        <translation>Camadas e legenda</translation>
    </message>
    <message>
        <source>Perception &amp;Layers</source>
        <translation>&amp;Camadas de percepção</translation>
    </message>
    <message>
        <source>Heat Map &amp;Source</source>
        <translation>&amp;Fonte do mapa de calor</translation>
    </message>
    <message numerus="yes">
        <source>On the map: what fewer than %Ln people recorded.</source>
        <translation>
            <numerusform>No mapa: o que menos de %Ln pessoa registrou.</numerusform>
            <numerusform>No mapa: o que menos de %Ln pessoas registraram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln people match these filters, so no counts are shown.</source>
        <translation>
            <numerusform>Menos de %Ln pessoa corresponde a estes filtros, então nenhuma contagem é mostrada.</numerusform>
            <numerusform>Menos de %Ln pessoas correspondem a estes filtros, então nenhuma contagem é mostrada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 and %2.</source>
        <translation>Mostrando %1 e %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln audit scores</source>
        <translation>
            <numerusform>%1 de %Ln pontuação de auditoria</numerusform>
            <numerusform>%1 de %Ln pontuações de auditoria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln pins</source>
        <translation>
            <numerusform>%1 de %Ln alfinete</numerusform>
            <numerusform>%1 de %Ln alfinetes</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything shown: %1, %2.</source>
        <translation>Tudo mostrado: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit scores</source>
        <translation>
            <numerusform>%Ln pontuação de auditoria</numerusform>
            <numerusform>%Ln pontuações de auditoria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins</source>
        <translation>
            <numerusform>%Ln alfinete</numerusform>
            <numerusform>%Ln alfinetes</numerusform>
        </translation>
    </message>
    <message>
        <source>Heat Map Radius</source>
        <translation>Raio do mapa de calor</translation>
    </message>
    <message>
        <source>How far each point&apos;s heat reaches (metres):</source>
        <translation>Até onde chega o calor de cada ponto (metros):</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Criteria</source>
        <translation>Critérios</translation>
    </message>
    <message>
        <source>How each criterion was scored, 0 (poor) to 3 (good)</source>
        <translation>Como cada critério foi pontuado, de 0 (ruim) a 3 (bom)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Mean safety score and share of unsafe pins by gender, age and time of day</source>
        <translation>Pontuação média de segurança e proporção de alfinetes inseguros por gênero, idade e período do dia</translation>
    </message>
    <message>
        <source>Day and Night</source>
        <translation>Dia e noite</translation>
    </message>
    <message>
        <source>The same places scored by day and at night</source>
        <translation>Os mesmos lugares pontuados de dia e à noite</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sensação</translation>
    </message>
    <message>
        <source>Which criteria go with feeling unsafe</source>
        <translation>Quais critérios acompanham a sensação de insegurança</translation>
    </message>
    <message>
        <source>%1 (outcome)</source>
        <comment>a criterion scored as the outcome</comment>
        <translation>%1 (resultado)</translation>
    </message>
</context>
<context>
    <name>AnswerField</name>
    <message>
        <source>Type %1 (yes) or %2 (no), Space to leave it blank</source>
        <translation>Digite %1 (sim) ou %2 (não), Espaço para deixar em branco</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta mensagem de ajuda e sair</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: erro: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>os seguintes argumentos são obrigatórios: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>um dos argumentos %s é obrigatório</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opção inválida: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>subcomando desconhecido %(parser_name)r (opções: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s inválido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>esperava-se um argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>esperava-se no máximo um argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>esperava-se pelo menos um argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opção ambígua: %(option)s pode corresponder a %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opção inesperada: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>não permitido com o argumento %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumento explícito ignorado: %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>não é possível abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message numerus="yes">
        <source>expected %s arguments</source>
        <translation>
            <numerusform>esperava-se %s argumento</numerusform>
            <numerusform>esperavam-se %s argumentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditEntryForm</name>
    <message>
        <source>&lt;b&gt;0–3&lt;/b&gt; score, &lt;b&gt;Space&lt;/b&gt; blank: each moves on to the next field by itself (a Tab after it does not skip one) · &lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt; next / previous field · &lt;b&gt;Enter&lt;/b&gt; save and next sheet · &lt;b&gt;Page Up/Down&lt;/b&gt; previous / next sheet (saves this one) · &lt;b&gt;Esc&lt;/b&gt; close</source>
        <translation>&lt;b&gt;0–3&lt;/b&gt; pontuação, &lt;b&gt;Espaço&lt;/b&gt; em branco: cada um passa sozinho ao campo seguinte (um Tab depois não pula nenhum) · &lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt; campo seguinte / anterior · &lt;b&gt;Enter&lt;/b&gt; salvar e ir à próxima ficha · &lt;b&gt;Page Up/Down&lt;/b&gt; ficha anterior / seguinte (salva esta) · &lt;b&gt;Esc&lt;/b&gt; fechar</translation>
    </message>
    <message>
        <source>Enter Audit Sheets — %1</source>
        <translation>Digitar fichas de auditoria — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <comment>a walk&apos;s title, date and time of day</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
    <message>
        <source>Point </source>
        <comment>before a sheet&apos;s number</comment>
        <translation>Ponto </translation>
    </message>
    <message>
        <source>Point number</source>
        <translation>Número do ponto</translation>
    </message>
    <message>
        <source>The number of the sheet (audit point) on show</source>
        <translation>O número da ficha (ponto de auditoria) exibida</translation>
    </message>
    <message>
        <source>of </source>
        <comment>before the number of sheets</comment>
        <translation>de </translation>
    </message>
    <message>
        <source> sheets</source>
        <comment>after the number of sheets</comment>
        <translation> fichas</translation>
    </message>
    <message>
        <source>Number of sheets</source>
        <translation>Número de fichas</translation>
    </message>
    <message>
        <source>How many sheets the stack has: unplaced points are spread evenly along the route</source>
        <translation>Quantas fichas a pilha tem: os pontos não posicionados são distribuídos por igual ao longo do percurso</translation>
    </message>
    <message>
        <source>Pick on Map</source>
        <translation>Escolher no mapa</translation>
    </message>
    <message>
        <source>Click the map where this point was (the Audit Point tool)</source>
        <translation>Clique no mapa onde ficava este ponto (ferramenta Ponto de auditoria)</translation>
    </message>
    <message>
        <source>Scores (0 = poor … 3 = good)</source>
        <translation>Pontuações (0 = ruim … 3 = bom)</translation>
    </message>
    <message>
        <source>3 means: %1</source>
        <translation>3 significa: %1</translation>
    </message>
    <message>
        <source>%1 (outcome)</source>
        <comment>a criterion scored as the outcome</comment>
        <translation>%1 (resultado)</translation>
    </message>
    <message>
        <source>3 = %1</source>
        <translation>3 = %1</translation>
    </message>
    <message>
        <source>Comment from the sheet (optional)</source>
        <translation>Comentário da ficha (opcional)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>The comment written on the sheet (optional)</source>
        <translation>O comentário escrito na ficha (opcional)</translation>
    </message>
    <message>
        <source>&amp;Checklist — women&apos;s safety audit (optional: y / n, recommendation)</source>
        <translation>&amp;Lista de verificação — auditoria de segurança das mulheres (opcional: y / n, recomendação)</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendação</translation>
    </message>
    <message>
        <source>%1 Type y (yes) or n (no), Space to leave it blank</source>
        <translation>%1 Digite y (sim) ou n (não), Espaço para deixar em branco</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Recomendação: %1</translation>
    </message>
    <message>
        <source>What the walkers recommend (optional)</source>
        <translation>O que as pessoas da caminhada recomendam (opcional)</translation>
    </message>
    <message>
        <source>Save Point</source>
        <translation>Salvar ponto</translation>
    </message>
    <message>
        <source>Delete Point</source>
        <translation>Excluir ponto</translation>
    </message>
    <message>
        <source>Delete this point with its scores and answers (Ctrl+Delete); undo brings it back</source>
        <translation>Excluir este ponto com suas pontuações e respostas (Ctrl+Delete); desfazer o traz de volta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>This walk&apos;s criteria set has no criteria: add some in Audit › Criteria…</source>
        <translation>O conjunto de critérios desta caminhada não tem critérios: adicione alguns em Auditoria › Critérios…</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Fechar sem salvar?</translation>
    </message>
    <message>
        <source>Point %1 has entries that are not saved. Close the form and lose them? (Cancel, then Enter, saves them.)</source>
        <translation>O ponto %1 tem entradas não salvas. Fechar o formulário e perdê-las? (Cancelar e depois Enter as salva.)</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Fechar sem salvar</translation>
    </message>
    <message>
        <source>Placed where you clicked</source>
        <translation>Posicionado onde você clicou</translation>
    </message>
    <message>
        <source>On the map (saved)</source>
        <translation>No mapa (salvo)</translation>
    </message>
    <message>
        <source>On the map (placed, not scored yet)</source>
        <translation>No mapa (posicionado, ainda sem pontuação)</translation>
    </message>
    <message>
        <source>Will be placed along the route</source>
        <translation>Será posicionado ao longo do percurso</translation>
    </message>
    <message>
        <source>Not on the map: draw the route or Pick on Map</source>
        <translation>Fora do mapa: desenhe o percurso ou use Escolher no mapa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos</source>
        <translation>
            <numerusform>%Ln foto</numerusform>
            <numerusform>%Ln fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores, %2 left blank, %3</source>
        <translation>
            <numerusform>Ponto %1 salvo: %Ln pontuação, %2 em branco, %3</numerusform>
            <numerusform>Ponto %1 salvo: %Ln pontuações, %2 em branco, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores, %2 left blank</source>
        <translation>
            <numerusform>Ponto %1 salvo: %Ln pontuação, %2 em branco</numerusform>
            <numerusform>Ponto %1 salvo: %Ln pontuações, %2 em branco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores, %2</source>
        <translation>
            <numerusform>Ponto %1 salvo: %Ln pontuação, %2</numerusform>
            <numerusform>Ponto %1 salvo: %Ln pontuações, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores</source>
        <translation>
            <numerusform>Ponto %1 salvo: %Ln pontuação</numerusform>
            <numerusform>Ponto %1 salvo: %Ln pontuações</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted point %1</source>
        <translation>Ponto %1 excluído</translation>
    </message>
    <message>
        <source>That is the last field of the sheet: Enter saves point %1</source>
        <translation>Este é o último campo da ficha: Enter salva o ponto %1</translation>
    </message>
</context>
<context>
    <name>AuditReviewPanel</name>
    <message>
        <source>two boxes marked: choose the score</source>
        <translation>duas caixas marcadas: escolha a pontuação</translation>
    </message>
    <message>
        <source>a faint mark: check it</source>
        <translation>uma marca fraca: verifique-a</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Ponto</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critério</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>Audits</name>
    <message>
        <source>Walk</source>
        <translation>Caminhada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Sem código</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between a participant&apos;s code and demographics</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Draw Walk &amp;Route</source>
        <translation>Desenhar &amp;percurso da caminhada</translation>
    </message>
    <message>
        <source>Click along the selected walk&apos;s route; Enter or double-click finishes</source>
        <translation>Clique ao longo do percurso da caminhada selecionada; Enter ou clique duplo termina</translation>
    </message>
    <message>
        <source>A&amp;udit Point</source>
        <translation>Ponto de a&amp;uditoria</translation>
    </message>
    <message>
        <source>Click to place the selected walk&apos;s next audit point (or the sheet being entered)</source>
        <translation>Clique para posicionar o próximo ponto de auditoria da caminhada selecionada (ou a ficha em digitação)</translation>
    </message>
    <message>
        <source>&amp;Perception Pin</source>
        <translation>Alfinete de &amp;percepção</translation>
    </message>
    <message>
        <source>Click to add a safe/unsafe pin, or click a pin to edit it</source>
        <translation>Clique para adicionar um alfinete seguro/inseguro, ou clique em um alfinete para editá-lo</translation>
    </message>
    <message>
        <source>The recorded incidents were not imported</source>
        <translation>As ocorrências registradas não foram importadas</translation>
    </message>
    <message>
        <source>Import of recorded incidents cancelled; nothing was changed</source>
        <translation>Importação de ocorrências registradas cancelada; nada foi alterado</translation>
    </message>
    <message>
        <source>Recorded incidents come from police, hospital or NGO records. CoSafe shows them as their own layer, always apart from what participants felt (pins and audit scores).</source>
        <translation>As ocorrências registradas vêm de registros da polícia, de hospitais ou de ONGs. O CoSafe as mostra em uma camada própria, sempre separada do que as pessoas participantes sentiram (alfinetes e pontuações de auditoria).</translation>
    </message>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>Importar ocorrências registradas</translation>
    </message>
    <message>
        <source>Incident files (%1)</source>
        <translation>Arquivos de ocorrências (%1)</translation>
    </message>
    <message>
        <source>CSV with longitude/latitude or x/y (%1)</source>
        <translation>CSV com longitude/latitude ou x/y (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Todos os arquivos (%1)</translation>
    </message>
    <message>
        <source>A route needs at least two points: click along the way, then Enter</source>
        <translation>Um percurso precisa de pelo menos dois pontos: clique ao longo do caminho e depois Enter</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sensação</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>y n</source>
        <comment>the keys typed for Yes and No on the audit checklist, in this order: two different single letters separated by a space, the first letters of your words for yes and no where you can</comment>
        <translation>s n</translation>
    </message>
</context>
<context>
    <name>AuditsFeature</name>
    <message>
        <source>Walks</source>
        <translation>Caminhadas</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>Alfinetes</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Auditorias</translation>
    </message>
    <message>
        <source>Enter Audit &amp;Sheets…</source>
        <translation>Digitar &amp;fichas de auditoria…</translation>
    </message>
    <message>
        <source>Type in the selected walk&apos;s paper sheets with the keyboard</source>
        <translation>Digitar com o teclado as fichas em papel da caminhada selecionada</translation>
    </message>
    <message>
        <source>Reason &amp;Tags…</source>
        <translation>&amp;Etiquetas de motivo…</translation>
    </message>
    <message>
        <source>Add, rename or retire the reasons pins can give</source>
        <translation>Adicionar, renomear ou desativar os motivos que os alfinetes podem indicar</translation>
    </message>
    <message>
        <source>&amp;Criteria…</source>
        <translation>&amp;Critérios…</translation>
    </message>
    <message>
        <source>Add, rename, reorder or retire the audit criteria; the score formula</source>
        <translation>Adicionar, renomear, reordenar ou desativar os critérios de auditoria; a fórmula da pontuação</translation>
    </message>
    <message>
        <source>Import Recorded &amp;Incidents…</source>
        <translation>Importar &amp;ocorrências registradas…</translation>
    </message>
    <message>
        <source>Add police or NGO incident records (CSV or GIS file), kept apart from perceptions</source>
        <translation>Adicionar registros de ocorrências da polícia ou de ONGs (arquivo CSV ou SIG), mantidos separados das percepções</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Percurso</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Ponto</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>A&amp;uditoria</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Select an audit walk in the Audits panel first</source>
        <translation>Selecione primeiro uma caminhada de auditoria no painel Auditorias</translation>
    </message>
    <message>
        <source>Select an audit walk in the Audits panel first: the route was not kept</source>
        <translation>Selecione primeiro uma caminhada de auditoria no painel Auditorias: o percurso não foi mantido</translation>
    </message>
    <message>
        <source>Replace the walk&apos;s route?</source>
        <translation>Substituir o percurso da caminhada?</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has a route of %2 points already. Replace it with the %Ln points just drawn? (Undo brings the old route back.)</source>
        <translation>
            <numerusform>“%1” já tem um percurso de %2 pontos. Substituí-lo pelo %Ln ponto recém-desenhado? (Desfazer traz o percurso antigo de volta.)</numerusform>
            <numerusform>“%1” já tem um percurso de %2 pontos. Substituí-lo pelos %Ln pontos recém-desenhados? (Desfazer traz o percurso antigo de volta.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Route</source>
        <translation>Substituir percurso</translation>
    </message>
    <message>
        <source>The route of “%1” was kept as it was</source>
        <translation>O percurso de “%1” foi mantido como estava</translation>
    </message>
    <message numerus="yes">
        <source>Route of “%1” drawn: %Ln points</source>
        <translation>
            <numerusform>Percurso de “%1” desenhado: %Ln ponto</numerusform>
            <numerusform>Percurso de “%1” desenhado: %Ln pontos</numerusform>
        </translation>
    </message>
    <message>
        <source>Place audit point %1 of “%2”</source>
        <translation>Posicionar o ponto de auditoria %1 de “%2”</translation>
    </message>
    <message>
        <source>Audit point %1 placed; Enter Audit Sheets to score it</source>
        <translation>Ponto de auditoria %1 posicionado; use Digitar fichas de auditoria para pontuá-lo</translation>
    </message>
</context>
<context>
    <name>AuditsPanel</name>
    <message>
        <source>&amp;New Audit Walk…</source>
        <translation>&amp;Nova caminhada de auditoria…</translation>
    </message>
    <message>
        <source>Record a walk: date, time of day, who walked</source>
        <translation>Registrar uma caminhada: data, período do dia, quem caminhou</translation>
    </message>
    <message>
        <source>&amp;Edit Walk…</source>
        <translation>&amp;Editar caminhada…</translation>
    </message>
    <message>
        <source>Change the selected walk&apos;s details or walkers</source>
        <translation>Alterar os dados ou as pessoas da caminhada selecionada</translation>
    </message>
    <message>
        <source>&amp;Delete Walk</source>
        <translation>E&amp;xcluir caminhada</translation>
    </message>
    <message>
        <source>Delete the walk with its points and scores</source>
        <translation>Excluir a caminhada com seus pontos e pontuações</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Audit walks</source>
        <translation>Caminhadas de auditoria</translation>
    </message>
    <message>
        <source>The recorded walks; select one to see its points</source>
        <translation>As caminhadas registradas; selecione uma para ver seus pontos</translation>
    </message>
    <message>
        <source>%1  (no route)</source>
        <translation>%1  (sem percurso)</translation>
    </message>
    <message>
        <source>No audit walks yet. New records a walk; then draw its route and enter its sheets.</source>
        <translation>Nenhuma caminhada de auditoria ainda. Nova registra uma caminhada; depois desenhe o percurso e digite as fichas.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”, its %Ln audit points with their scores and the photos of its paper sheets will be deleted. Undo brings them back.</source>
        <translation>
            <numerusform>“%1”, seu %Ln ponto de auditoria com as pontuações e as fotos de suas folhas de papel serão excluídos. Desfazer os traz de volta.</numerusform>
            <numerusform>“%1”, seus %Ln pontos de auditoria com as pontuações e as fotos de suas folhas de papel serão excluídos. Desfazer os traz de volta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and its %Ln audit points with their scores will be deleted. Undo brings them back.</source>
        <translation>
            <numerusform>“%1” e seu %Ln ponto de auditoria com as pontuações serão excluídos. Desfazer os traz de volta.</numerusform>
            <numerusform>“%1” e seus %Ln pontos de auditoria com as pontuações serão excluídos. Desfazer os traz de volta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete audit walk?</source>
        <translation>Excluir caminhada de auditoria?</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <source>Copies CoSafe wrote beside the project file before a merge or an upgrade. Each is a full copy of the project, contacts and stories included: remove those you no longer need.</source>
        <translation>Cópias que o CoSafe gravou ao lado do arquivo do projeto antes de uma mesclagem ou atualização. Cada uma é uma cópia completa do projeto, incluindo contatos e relatos: remova as que não forem mais necessárias.</translation>
    </message>
    <message>
        <source>No backups beside the project file.</source>
        <translation>Nenhuma cópia de segurança ao lado do arquivo do projeto.</translation>
    </message>
    <message>
        <source>a merge</source>
        <translation>uma mesclagem</translation>
    </message>
    <message>
        <source>upgrading format %1</source>
        <translation>atualização do formato %1</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Criada em</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes de</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remover…</translation>
    </message>
    <message>
        <source>Delete the selected backups from the disk</source>
        <translation>Excluir do disco as cópias de segurança selecionadas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backups, %1 in all.</source>
        <translation>
            <numerusform>%Ln cópia de segurança, %1 no total.</numerusform>
            <numerusform>%Ln cópias de segurança, %1 no total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this backup?</source>
        <translation>Remover esta cópia de segurança?</translation>
    </message>
    <message>
        <source>%1 is a full copy of the project as it was %2 on %3, contacts and stories included. Removing deletes it from the disk and it cannot be brought back; the project itself stays as it is.</source>
        <translation>%1 é uma cópia completa do projeto como estava %2 em %3, incluindo contatos e relatos. Remover a exclui do disco e ela não pode ser recuperada; o projeto em si fica como está.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln backups?</source>
        <translation>
            <numerusform>Remover %Ln cópia de segurança?</numerusform>
            <numerusform>Remover %Ln cópias de segurança?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %Ln files are full copies of the project, contacts and stories included. Removing deletes them from the disk and they cannot be brought back; the project itself stays as it is.</source>
        <translation>
            <numerusform>Este %Ln arquivo é uma cópia completa do projeto, incluindo contatos e relatos. Remover o exclui do disco e ele não pode ser recuperado; o projeto em si fica como está.</numerusform>
            <numerusform>Estes %Ln arquivos são cópias completas do projeto, incluindo contatos e relatos. Remover os exclui do disco e eles não podem ser recuperados; o projeto em si fica como está.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Backup not removed</source>
        <translation>Cópia de segurança não removida</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>before a merge</source>
        <translation>antes de uma mesclagem</translation>
    </message>
    <message>
        <source>before upgrading from format %1</source>
        <translation>antes da atualização do formato %1</translation>
    </message>
    <message>
        <source>The backups beside %1 cannot be listed: %2</source>
        <translation>Não é possível listar as cópias de segurança ao lado de %1: %2</translation>
    </message>
    <message>
        <source>%1 is read-only (%2); no backup was removed</source>
        <translation>%1 é somente leitura (%2); nenhuma cópia de segurança foi removida</translation>
    </message>
    <message>
        <source>%1 is not a backup of %2; no backup was removed</source>
        <translation>%1 não é uma cópia de segurança de %2; nenhuma cópia de segurança foi removida</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>Não foi possível remover %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>Não é possível ler %1</translation>
    </message>
</context>
<context>
    <name>BasemapFeature</name>
    <message>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <source>Import &amp;Basemap…</source>
        <translation>Importar &amp;mapa de base…</translation>
    </message>
    <message>
        <source>Add a street map, MBTiles or a photo of a paper map to the project</source>
        <translation>Adicionar ao projeto um mapa de ruas, MBTiles ou a foto de um mapa em papel</translation>
    </message>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation>&amp;Zoom para a camada</translation>
    </message>
    <message>
        <source>Show the whole of the layer selected in the Layers panel</source>
        <translation>Mostrar toda a camada selecionada no painel Camadas</translation>
    </message>
    <message>
        <source>Set Project &amp;Area to This View</source>
        <translation>Definir a área do projeto como esta &amp;vista</translation>
    </message>
    <message>
        <source>Zoom to Project will show at least what the map shows now</source>
        <translation>Zoom para o projeto mostrará pelo menos o que o mapa mostra agora</translation>
    </message>
    <message>
        <source>Clear Project Area</source>
        <translation>Limpar área do projeto</translation>
    </message>
    <message>
        <source>Zoom to Project shows only the proposals, pins and walks again</source>
        <translation>Zoom para o projeto volta a mostrar só as propostas, os alfinetes e as caminhadas</translation>
    </message>
</context>
<context>
    <name>BasemapImport</name>
    <message numerus="yes">
        <source>Imported %Ln tiles into “%1”</source>
        <translation>
            <numerusform>%Ln bloco importado em “%1”</numerusform>
            <numerusform>%Ln blocos importados em “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln features into “%1”</source>
        <translation>
            <numerusform>%Ln feição importada em “%1”</numerusform>
            <numerusform>%Ln feições importadas em “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln tiles into %1 layers from %2</source>
        <translation>
            <numerusform>%Ln bloco importado em %1 camadas de %2</numerusform>
            <numerusform>%Ln blocos importados em %1 camadas de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln features into %1 layers from %2</source>
        <translation>
            <numerusform>%Ln feição importada em %1 camadas de %2</numerusform>
            <numerusform>%Ln feições importadas em %1 camadas de %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BasemapImporter</name>
    <message>
        <source>The basemap was not imported</source>
        <translation>O mapa de base não foi importado</translation>
    </message>
    <message>
        <source>Part of the file was not imported</source>
        <translation>Uma parte do arquivo não foi importada</translation>
    </message>
    <message>
        <source>Import a street map first</source>
        <translation>Importe primeiro um mapa de ruas</translation>
    </message>
    <message>
        <source>A paper map is placed by matching points on it with the project&apos;s map, which is still empty. Import an OpenStreetMap extract or another map file first.</source>
        <translation>Um mapa em papel é posicionado fazendo corresponder pontos dele com o mapa do projeto, que ainda está vazio. Importe primeiro um recorte do OpenStreetMap ou outro arquivo de mapa.</translation>
    </message>
    <message numerus="yes">
        <source>Placed paper map “%1” by %Ln points</source>
        <translation>
            <numerusform>Mapa em papel “%1” posicionado por %Ln ponto</numerusform>
            <numerusform>Mapa em papel “%1” posicionado por %Ln pontos</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed</source>
        <translation>Importação cancelada; nada foi alterado</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>Compare by:</source>
        <translation>Comparar por:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todas as pessoas</translation>
    </message>
    <message>
        <source>Mean safety score (0–5)</source>
        <translation>Pontuação média de segurança (0–5)</translation>
    </message>
    <message>
        <source>Unsafe pins (% of pins)</source>
        <translation>Alfinetes inseguros (% dos alfinetes)</translation>
    </message>
    <message numerus="yes">
        <source>Groups with fewer than %Ln people, and groups from which one could be worked out, show “hidden” instead of a figure, to protect participants (%1 of %2 here). Each comparison you tick splits people into smaller groups, so more are hidden.</source>
        <translation>
            <numerusform>Grupos com menos de %Ln pessoa, e grupos a partir dos quais se poderia deduzi-los, mostram “oculto” em vez de um número, para proteger as pessoas participantes (%1 de %2 aqui). Cada comparação marcada divide as pessoas em grupos menores, e mais ficam ocultos.</numerusform>
            <numerusform>Grupos com menos de %Ln pessoas, e grupos a partir dos quais se poderia deduzi-los, mostram “oculto” em vez de um número, para proteger as pessoas participantes (%1 de %2 aqui). Cada comparação marcada divide as pessoas em grupos menores, e mais ficam ocultos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every group here has at least %Ln people.</source>
        <translation>
            <numerusform>Todos os grupos aqui têm pelo menos %Ln pessoa.</numerusform>
            <numerusform>Todos os grupos aqui têm pelo menos %Ln pessoas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <source>No group</source>
        <translation>Sem grupo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a group&apos;s key and name</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>cosafe remove-backups: give either backup names or --all, not both (cosafe info %1 lists them)</source>
        <translation>cosafe remove-backups: indique nomes de cópias de segurança ou --all, não ambos (cosafe info %1 as lista)</translation>
    </message>
    <message>
        <source>cosafe remove-backups: name the backups to remove, or give --all (cosafe info %1 lists them)</source>
        <translation>cosafe remove-backups: indique as cópias de segurança a remover, ou use --all (cosafe info %1 as lista)</translation>
    </message>
    <message>
        <source>%1 has no backups</source>
        <translation>%1 não tem cópias de segurança</translation>
    </message>
    <message>
        <source>Removed %1 (%2, made %3)</source>
        <translation>%1 removido (%2, feito em %3)</translation>
    </message>
    <message>
        <source>Upgraded %1 to project format %2; the file as it was is kept as %3 (a full copy: cosafe remove-backups %4 %3 removes it)</source>
        <translation>%1 atualizado para o formato de projeto %2; o arquivo como estava foi mantido como %3 (uma cópia completa: cosafe remove-backups %4 %3 a remove)</translation>
    </message>
    <message>
        <source>backups:</source>
        <translation>cópias de segurança:</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no backups</comment>
        <translation>nenhuma</translation>
    </message>
    <message numerus="yes">
        <source>%Ln full copies of the project, contacts and stories included (remove with: cosafe remove-backups %1 --all, or NAME…)</source>
        <translation>
            <numerusform>%Ln cópia completa do projeto, incluindo contatos e relatos (remova com: cosafe remove-backups %1 --all, ou NOME…)</numerusform>
            <numerusform>%Ln cópias completas do projeto, incluindo contatos e relatos (remova com: cosafe remove-backups %1 --all, ou NOME…)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 criado</translation>
    </message>
    <message>
        <source>%1  (no place set)</source>
        <comment>a project without a place</comment>
        <translation>%1  (sem local definido)</translation>
    </message>
    <message>
        <source>file:</source>
        <translation>arquivo:</translation>
    </message>
    <message>
        <source>created:</source>
        <translation>criado em:</translation>
    </message>
    <message>
        <source>format:</source>
        <translation>formato:</translation>
    </message>
    <message>
        <source>costs:</source>
        <translation>custos:</translation>
    </message>
    <message>
        <source>plan language:</source>
        <translation>idioma do plano:</translation>
    </message>
    <message>
        <source>%1   updated: %2</source>
        <comment>when the project was created, and last changed</comment>
        <translation>%1   atualizado em: %2</translation>
    </message>
    <message>
        <source>CoSafe project format %1; small cells below %2 suppressed</source>
        <translation>Formato de projeto CoSafe %1; células pequenas abaixo de %2 ocultas</translation>
    </message>
    <message>
        <source>plain numbers (no currency set)</source>
        <translation>números simples (sem moeda definida)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a language&apos;s name and code: “Português (pt)”</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not set: the language of whoever exports it</source>
        <translation>não definido: o idioma de quem o exportar</translation>
    </message>
    <message>
        <source>Removed the traces of deleted records from %1 (%2 MB → %3 MB)</source>
        <translation>Vestígios de registros excluídos removidos de %1 (%2 MB → %3 MB)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln problems found</source>
        <translation>
            <numerusform>%1: %Ln problema encontrado</numerusform>
            <numerusform>%1: %Ln problemas encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: SQLite integrity ok; GeoPackage structure ok; records ok; project format %2 (current)</source>
        <translation>%1: integridade SQLite ok; estrutura GeoPackage ok; registros ok; formato de projeto %2 (atual)</translation>
    </message>
    <message>
        <source>%1 already exists (use --force to replace it)</source>
        <translation>%1 já existe (use --force para substituí-lo)</translation>
    </message>
    <message>
        <source>The sample project was not written: %1</source>
        <translation>O projeto de exemplo não foi gravado: %1</translation>
    </message>
    <message>
        <source>Wrote the sample project to %1</source>
        <translation>Projeto de exemplo gravado em %1</translation>
    </message>
    <message>
        <source>%1 is a picture without georeferencing: place it with at least three --control-point COLUMN,ROW,LON,LAT (or with File › Import Basemap in the app)</source>
        <translation>%1 é uma imagem sem georreferenciamento: posicione-a com pelo menos três --control-point COLUNA,LINHA,LON,LAT (ou com Arquivo › Importar mapa de base no aplicativo)</translation>
    </message>
    <message>
        <source>%1: its coordinates have no known coordinate reference system; they lie within longitude/latitude&apos;s range: if they are longitude/latitude, give --crs EPSG:4326, else the one they use with --crs EPSG:xxxx</source>
        <translation>%1: suas coordenadas não têm um sistema de referência de coordenadas conhecido; estão dentro do intervalo de longitude/latitude: se forem longitude/latitude, indique --crs EPSG:4326; caso contrário, o que usam com --crs EPSG:xxxx</translation>
    </message>
    <message>
        <source>%1: its coordinates have no known coordinate reference system; give the one it uses with --crs EPSG:xxxx (e.g. --crs EPSG:32737)</source>
        <translation>%1: suas coordenadas não têm um sistema de referência de coordenadas conhecido; indique o que usa com --crs EPSG:xxxx (p. ex. --crs EPSG:32737)</translation>
    </message>
    <message numerus="yes">
        <source>Placed %1: %Ln control points, RMS error %2 m</source>
        <translation>
            <numerusform>%1 posicionado: %Ln ponto de controle, erro RMS %2 m</numerusform>
            <numerusform>%1 posicionado: %Ln pontos de controle, erro RMS %2 m</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln tiles</source>
        <translation>
            <numerusform>%1 importado: %Ln bloco</numerusform>
            <numerusform>%1 importado: %Ln blocos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln features, drawn as %2</source>
        <comment>%2: the style class given</comment>
        <translation>
            <numerusform>%1 importado: %Ln feição, desenhada como %2</numerusform>
            <numerusform>%1 importado: %Ln feições, desenhadas como %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln features</source>
        <translation>
            <numerusform>%1 importado: %Ln feição</numerusform>
            <numerusform>%1 importado: %Ln feições</numerusform>
        </translation>
    </message>
    <message>
        <source>points</source>
        <translation>pontos</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>linhas</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>áreas</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %Ln features</source>
        <comment>%1: a layer, %2: points, lines or areas</comment>
        <translation>
            <numerusform>%1: %2, %Ln feição</numerusform>
            <numerusform>%1: %2, %Ln feições</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>%1: a layer, %2: points, lines or areas</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Shapefile: --encoding applies only to a Shapefile&apos;s attributes</source>
        <translation>%1 não é um Shapefile: --encoding aplica-se apenas aos atributos de um Shapefile</translation>
    </message>
    <message>
        <source>Unknown encoding %1; give auto or one of %2</source>
        <translation>Codificação desconhecida %1; indique auto ou uma de %2</translation>
    </message>
    <message>
        <source>No chosen layer of %1 has a field %2</source>
        <translation>Nenhuma camada escolhida de %1 tem um campo %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln recorded incidents from %1</source>
        <translation>
            <numerusform>%Ln ocorrência registrada importada de %1</numerusform>
            <numerusform>%Ln ocorrências registradas importadas de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a control point is COLUMN,ROW,LON,LAT, not %1</source>
        <translation>um ponto de controle é COLUNA,LINHA,LON,LAT, não %1</translation>
    </message>
    <message>
        <source>longitude/latitude out of range in %1</source>
        <translation>longitude/latitude fora do intervalo em %1</translation>
    </message>
    <message>
        <source>--include-contacts needs --full: a public export never holds contacts</source>
        <translation>--include-contacts exige --full: uma exportação pública nunca contém contatos</translation>
    </message>
    <message>
        <source>The project has no records to export</source>
        <translation>O projeto não tem registros para exportar</translation>
    </message>
    <message>
        <source>the grid is a number of metres from 1 to 100000, not %1</source>
        <translation>a grade é um número de metros de 1 a 100000, não %1</translation>
    </message>
    <message>
        <source>size must look like 1600x1200, not %1</source>
        <translation>o tamanho deve ter a forma 1600x1200, não %1</translation>
    </message>
    <message>
        <source>width and height must be between 16 and 20000 pixels</source>
        <translation>largura e altura devem estar entre 16 e 20000 pixels</translation>
    </message>
    <message>
        <source>bbox must be minlon,minlat,maxlon,maxlat, not %1</source>
        <translation>bbox deve ser minlon,minlat,maxlon,maxlat, não %1</translation>
    </message>
    <message>
        <source>bbox must have minlon &lt; maxlon within ±180 and minlat &lt; maxlat within ±85</source>
        <translation>bbox deve ter minlon &lt; maxlon dentro de ±180 e minlat &lt; maxlat dentro de ±85</translation>
    </message>
    <message>
        <source>DPI must be a whole number from 72 to 600, not %1</source>
        <translation>O DPI deve ser um número inteiro de 72 a 600, não %1</translation>
    </message>
    <message>
        <source>overlays are names separated by commas, not %1</source>
        <translation>as sobreposições são nomes separados por vírgulas, não %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Não foi possível gravar %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3 px, %4 dpi)</source>
        <translation>%1 gravado (%2×%3 px, %4 dpi)</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>the paper size</comment>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Wrote the action plan (public version, %1) to %2</source>
        <comment>%1: the paper size</comment>
        <translation>Plano de ação gravado (versão pública, %1) em %2</translation>
    </message>
    <message>
        <source>Wrote the action plan (for the project team, %1) to %2</source>
        <comment>%1: the paper size</comment>
        <translation>Plano de ação gravado (para a equipe do projeto, %1) em %2</translation>
    </message>
    <message>
        <source>Audit sheets are printed on A4 or A3 paper</source>
        <translation>As folhas de auditoria são impressas em papel A4 ou A3</translation>
    </message>
    <message>
        <source>--points is a number of points from 1 to 999</source>
        <translation>--points é um número de pontos de 1 a 999</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln audit sheets to %1</source>
        <translation>
            <numerusform>Foi escrita %Ln folha de auditoria em %1</numerusform>
            <numerusform>Foram escritas %Ln folhas de auditoria em %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln group maps to %1</source>
        <translation>
            <numerusform>%Ln mapa de grupo gravado em %1</numerusform>
            <numerusform>%Ln mapas de grupo gravados em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cosafe: %1: %2; --again reads it once more</source>
        <comment>%2: when it was read</comment>
        <translation>cosafe: %1: %2; --again lê-a mais uma vez</translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln dots found (nothing stored)</source>
        <translation>
            <numerusform>%1: folha %2: %Ln ponto encontrado (nada foi guardado)</numerusform>
            <numerusform>%1: folha %2: %Ln pontos encontrados (nada foi guardado)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln pen lines and shapes found (nothing stored)</source>
        <translation>
            <numerusform>%1: folha %2: %Ln linha ou forma a caneta encontrada (nada guardado)</numerusform>
            <numerusform>%1: folha %2: %Ln linhas e formas a caneta encontradas (nada guardado)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln of them uncertain (flagged for a review)</source>
        <translation>
            <numerusform>%1: folha %2: %Ln deles incerto (marcado para revisão)</numerusform>
            <numerusform>%1: folha %2: %Ln deles incertos (marcados para revisão)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln dots added as pins and ideas</source>
        <translation>
            <numerusform>%1: folha %2: %Ln ponto adicionado como alfinete ou ideia</numerusform>
            <numerusform>%1: folha %2: %Ln pontos adicionados como alfinetes e ideias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln pen lines and shapes added as ideas</source>
        <translation>
            <numerusform>%1: folha %2: %Ln linha ou forma a caneta adicionada como ideia</numerusform>
            <numerusform>%1: folha %2: %Ln linhas e formas a caneta adicionadas como ideias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln uncertain marks not stored, left for a review (--accept-uncertain stores them)</source>
        <translation>
            <numerusform>%1: folha %2: %Ln marca incerta não guardada, deixada para revisão (--accept-uncertain guarda-a)</numerusform>
            <numerusform>%1: folha %2: %Ln marcas incertas não guardadas, deixadas para revisão (--accept-uncertain guarda-as)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: audit sheet %2: %Ln scores read (nothing stored)</source>
        <translation>
            <numerusform>%1: folha de auditoria %2: %Ln pontuação lida (nada foi guardado)</numerusform>
            <numerusform>%1: folha de auditoria %2: %Ln pontuações lidas (nada foi guardado)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: audit sheet %2: %Ln scores stored</source>
        <translation>
            <numerusform>%1: folha de auditoria %2: %Ln pontuação guardada</numerusform>
            <numerusform>%1: folha de auditoria %2: %Ln pontuações guardadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a photo&apos;s file name, then what its sheet says</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cosafe stats: unknown dimension %1 in --by; choose from %2</source>
        <translation>cosafe stats: dimensão desconhecida %1 em --by; escolha entre %2</translation>
    </message>
    <message>
        <source>cosafe stats: a dimension is given twice in --by; choose from %1</source>
        <translation>cosafe stats: uma dimensão aparece duas vezes em --by; escolha entre %1</translation>
    </message>
    <message>
        <source>%1: by %2</source>
        <comment>%2: the dimensions (gender × age_band)</comment>
        <translation>%1: por %2</translation>
    </message>
    <message>
        <source>%1: by everything</source>
        <translation>%1: por tudo</translation>
    </message>
    <message>
        <source>Mean score: 0–5 safety score of the audit points in the cell. Cells with fewer than %1 people show &quot;hidden&quot;, and so do cells from which a smaller one could be worked out; categories with fewer than %1 people are pooled as &quot;Other or not stated&quot;.</source>
        <translation>Pontuação média: pontuação de segurança de 0–5 dos pontos de auditoria da célula. Células com menos de %1 pessoas mostram &quot;oculto&quot;, assim como células a partir das quais se poderia deduzir uma menor; categorias com menos de %1 pessoas são agrupadas como &quot;Outro ou não informado&quot;.</translation>
    </message>
    <message>
        <source>No audit scores or perception pins yet.</source>
        <translation>Nenhuma pontuação de auditoria nem alfinete de percepção ainda.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Pontuação média</translation>
    </message>
    <message>
        <source>Unsafe pins</source>
        <translation>Alfinetes inseguros</translation>
    </message>
    <message>
        <source>Safe pins</source>
        <translation>Alfinetes seguros</translation>
    </message>
    <message>
        <source>Unsafe share</source>
        <translation>Proporção insegura</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gênero</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Faixa etária</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Período do dia</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <source>cosafe: %1 (to use its layers as a basemap: cosafe import-basemap PROJECT FILE)</source>
        <translation>cosafe: %1 (para usar suas camadas como mapa de base: cosafe import-basemap PROJETO ARQUIVO)</translation>
    </message>
    <message>
        <source>cosafe: interrupted</source>
        <translation>cosafe: interrompido</translation>
    </message>
    <message>
        <source>%1; nothing was merged</source>
        <translation>%1; nada foi mesclado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <comment>how many project files were merged: %1 in the merge&apos;s sentences</comment>
        <translation>
            <numerusform>%Ln arquivo</numerusform>
            <numerusform>%Ln arquivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was changed; merging %1 into %2 would leave %Ln records in conflict.</source>
        <comment>%1: the files merged (&quot;2 files&quot;)</comment>
        <translation>
            <numerusform>Simulação: nada foi alterado; mesclar %1 em %2 deixaria %Ln registro em conflito.</numerusform>
            <numerusform>Simulação: nada foi alterado; mesclar %1 em %2 deixaria %Ln registros em conflito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged %1 into %2. The file as it was is kept as %3 (a full copy: cosafe remove-backups %4 %3 removes it).</source>
        <comment>%1: the files merged (&quot;2 files&quot;)</comment>
        <translation>%1 mesclado(s) em %2. O arquivo como estava foi mantido como %3 (uma cópia completa: cosafe remove-backups %4 %3 a remove).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records changed on both sides: %1 kept its version; open it in CoSafe to keep mine, theirs or both.</source>
        <translation>
            <numerusform>%Ln registro alterado dos dois lados: %1 manteve sua versão; abra-o no CoSafe para manter a minha, a outra ou ambas.</numerusform>
            <numerusform>%Ln registros alterados dos dois lados: %1 manteve sua versão; abra-o no CoSafe para manter a minha, a outra ou ambas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%Ln adicionado</numerusform>
            <numerusform>%Ln adicionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%Ln atualizado</numerusform>
            <numerusform>%Ln atualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in conflict</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%Ln em conflito</numerusform>
            <numerusform>%Ln em conflito</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: a field copy for “%2”. Merge it back with: cosafe merge %3 %1</source>
        <translation>%1 gravado: uma cópia de campo para “%2”. Mescle-a de volta com: cosafe merge %3 %1</translation>
    </message>
    <message>
        <source>%1 needs a language code, e.g. %1 es</source>
        <translation>%1 precisa de um código de idioma, p. ex. %1 es</translation>
    </message>
    <message>
        <source>not a port number: %1 (0 to 65535)</source>
        <translation>não é um número de porta: %1 (de 0 a 65535)</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>delete the backups made before merges and upgrades</source>
        <translation>excluir as cópias de segurança feitas antes de mesclagens e atualizações</translation>
    </message>
    <message>
        <source>Delete backups CoSafe wrote beside PATH before a merge or an upgrade to a newer project format. They are full copies of the project, contacts and stories included; cosafe info PATH lists them.</source>
        <translation>Excluir as cópias de segurança que o CoSafe gravou ao lado de PATH antes de uma mesclagem ou de uma atualização para um formato de projeto mais novo. São cópias completas do projeto, incluindo contatos e relatos; cosafe info PATH as lista.</translation>
    </message>
    <message>
        <source>the project whose backups to remove</source>
        <translation>o projeto cujas cópias de segurança remover</translation>
    </message>
    <message>
        <source>a backup&apos;s file name, as cosafe info lists it</source>
        <translation>o nome de arquivo de uma cópia de segurança, como cosafe info o lista</translation>
    </message>
    <message>
        <source>remove every backup of PATH</source>
        <translation>remover todas as cópias de segurança de PATH</translation>
    </message>
    <message>
        <source>the version to share publicly (the default): %1</source>
        <translation>a versão para compartilhar publicamente (o padrão): %1</translation>
    </message>
    <message>
        <source>the version for the project team: %1</source>
        <translation>a versão para a equipe do projeto: %1</translation>
    </message>
    <message>
        <source>%1: offline participatory urban-safety planning. Without a subcommand, opens the desktop application (on PROJECT if given).</source>
        <translation>%1: planejamento participativo de segurança urbana, offline. Sem subcomando, abre o aplicativo de desktop (em PROJECT, se indicado).</translation>
    </message>
    <message>
        <source>show the version of CoSafe and exit</source>
        <translation>mostrar a versão do CoSafe e sair</translation>
    </message>
    <message>
        <source>create an empty project file</source>
        <translation>criar um arquivo de projeto vazio</translation>
    </message>
    <message>
        <source>Create an empty project file.</source>
        <translation>Criar um arquivo de projeto vazio.</translation>
    </message>
    <message>
        <source>the .gpkg file to create</source>
        <translation>o arquivo .gpkg a criar</translation>
    </message>
    <message>
        <source>project name (default: from the file name)</source>
        <translation>nome do projeto (padrão: a partir do nome do arquivo)</translation>
    </message>
    <message>
        <source>the neighbourhood, town or city</source>
        <translation>o bairro, a vila ou a cidade</translation>
    </message>
    <message>
        <source>show a project&apos;s metadata and record counts</source>
        <translation>mostrar os metadados de um projeto e as contagens de registros</translation>
    </message>
    <message>
        <source>Show a project&apos;s metadata and a count of every kind of record.</source>
        <translation>Mostrar os metadados de um projeto e uma contagem de cada tipo de registro.</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>imprimir JSON em vez de texto</translation>
    </message>
    <message>
        <source>check integrity, GeoPackage structure, records and format version</source>
        <translation>verificar integridade, estrutura GeoPackage, registros e versão do formato</translation>
    </message>
    <message>
        <source>Check SQLite integrity, GeoPackage conformance, that every record is one CoSafe could have written (types, JSON, geometry, dates, its rules) and the project format version; a file holding triggers, views or indexes CoSafe and GeoPackage do not make is refused. Exit code 0 only if all pass.</source>
        <translation>Verificar a integridade SQLite, a conformidade GeoPackage, se cada registro é um que o CoSafe poderia ter gravado (tipos, JSON, geometria, datas, suas regras) e a versão do formato do projeto; um arquivo que contém gatilhos, visões ou índices que o CoSafe e o GeoPackage não criam é recusado. Código de saída 0 só se tudo passar.</translation>
    </message>
    <message>
        <source>rewrite the file so deleted records leave no trace in it</source>
        <translation>regravar o arquivo para que os registros excluídos não deixem vestígios nele</translation>
    </message>
    <message>
        <source>Rewrite the project file so that nothing deleted records held can be recovered from it (for a file that came from elsewhere: CoSafe itself overwrites what it deletes). Every stored photo and paper map is first stored as CoSafe stores new ones: without camera data (EXIF, XMP, comments) and under a neutral name; an image that cannot be read is left as it is, and counted.</source>
        <translation>Regravar o arquivo do projeto para que nada do que os registros excluídos continham possa ser recuperado dele (para um arquivo vindo de outro lugar: o próprio CoSafe sobrescreve o que exclui). Cada foto e mapa em papel guardado é antes guardado como o CoSafe guarda os novos: sem dados da câmera (EXIF, XMP, comentários) e com um nome neutro; uma imagem que não pode ser lida fica como está, e é contada.</translation>
    </message>
    <message>
        <source>write the sample project</source>
        <translation>gravar o projeto de exemplo</translation>
    </message>
    <message>
        <source>Write the sample project: a finished workshop in an invented neighbourhood, its words in the command&apos;s language (--language xx).</source>
        <translation>Gravar o projeto de exemplo: uma oficina concluída num bairro inventado, com os textos no idioma do comando (--language xx).</translation>
    </message>
    <message>
        <source>replace PATH if it exists</source>
        <translation>substituir PATH se existir</translation>
    </message>
    <message>
        <source>import a map file into a project&apos;s basemap</source>
        <translation>importar um arquivo de mapa para o mapa de base de um projeto</translation>
    </message>
    <message>
        <source>Import a map into the project&apos;s basemap: a vector file (OSM .osm/.osm.pbf, GeoJSON, GeoPackage, Shapefile or zipped Shapefile, KML/KMZ, GPX, GML, FlatGeobuf, MapInfo .tab/.mif, CSV with longitude/latitude), an MBTiles file (raster or vector tiles), a GeoTIFF or raster GeoPackage (placed by its georeferencing), or a photo/scan of a paper map placed by --control-point. Everything is copied into the project file.</source>
        <translation>Importar um mapa para o mapa de base do projeto: um arquivo vetorial (OSM .osm/.osm.pbf, GeoJSON, GeoPackage, Shapefile ou Shapefile compactado, KML/KMZ, GPX, GML, FlatGeobuf, MapInfo .tab/.mif, CSV com longitude/latitude), um arquivo MBTiles (blocos raster ou vetoriais), um GeoTIFF ou GeoPackage raster (posicionado por seu georreferenciamento), ou a foto/digitalização de um mapa em papel posicionada por --control-point. Tudo é copiado para o arquivo do projeto.</translation>
    </message>
    <message>
        <source>layer name (default: from the file name)</source>
        <translation>nome da camada (padrão: a partir do nome do arquivo)</translation>
    </message>
    <message>
        <source>how to draw a non-OSM file&apos;s features (default: guessed from layer name and geometry)</source>
        <translation>como desenhar as feições de um arquivo que não é OSM (padrão: deduzido do nome da camada e da geometria)</translation>
    </message>
    <message>
        <source>for a photo or scan of a paper map: a pixel of the picture and the place it shows (give at least three, spread out; write --control-point=… when it starts with a minus)</source>
        <translation>para a foto ou digitalização de um mapa em papel: um pixel da imagem e o lugar que ele mostra (indique pelo menos três, espalhados; escreva --control-point=… quando começar com um sinal de menos)</translation>
    </message>
    <message>
        <source>the file&apos;s coordinate reference system, e.g. EPSG:32737: needed when it has none, and used instead of the one it declares</source>
        <translation>o sistema de referência de coordenadas do arquivo, p. ex. EPSG:32737: necessário quando não tem nenhum, e usado no lugar do que declara</translation>
    </message>
    <message>
        <source>import only this layer of the file (repeat for several; default: all; --list-layers shows them)</source>
        <translation>importar apenas esta camada do ficheiro (repita para várias; por omissão: todas; --list-layers mostra-as)</translation>
    </message>
    <message>
        <source>list the file&apos;s layers with their shapes and feature counts, and import nothing</source>
        <translation>listar as camadas do ficheiro com as suas formas e número de feições, sem importar nada</translation>
    </message>
    <message>
        <source>the attribute that names each feature on the map, in every chosen layer that has it (default: guessed, e.g. name, BoroName, STATE_NAME)</source>
        <translation>o atributo que dá nome a cada feição no mapa, em cada camada escolhida que o tenha (por omissão: deduzido, p. ex. name, BoroName, STATE_NAME)</translation>
    </message>
    <message>
        <source>a Shapefile&apos;s text encoding: auto (default: as the file declares, or UTF-8 when its text is UTF-8), UTF-8, CP1252, ISO-8859-1, CP437, CP850, CP1250, CP1251, CP1256…</source>
        <translation>a codificação do texto de um Shapefile: auto (por omissão: a que o ficheiro declara, ou UTF-8 se o texto for UTF-8), UTF-8, CP1252, ISO-8859-1, CP437, CP850, CP1250, CP1251, CP1256…</translation>
    </message>
    <message>
        <source>import recorded incidents (police, NGO or hospital data) from a CSV or GIS file</source>
        <translation>importar ocorrências registradas (dados da polícia, de ONGs ou de hospitais) de um arquivo CSV ou SIG</translation>
    </message>
    <message>
        <source>Import recorded incidents as their own layer, kept apart from perceptions: a CSV with longitude/latitude (or projected x/y with --crs) and a date column, or any GIS file. Columns are guessed from their names; name them to choose. Rows without a usable location (blank, or a 0,0 placeholder) are skipped and their lines reported; unreadable dates are kept as unknown.</source>
        <translation>Importa ocorrências registradas como uma camada própria, separada das percepções: um CSV com longitude/latitude (ou x/y projetados com --crs) e uma coluna de data, ou qualquer arquivo SIG. As colunas são deduzidas pelos nomes; nomeie-as para escolher. Linhas sem localização utilizável (vazia, ou um marcador 0,0) são ignoradas e suas linhas informadas; datas ilegíveis são mantidas como desconhecidas.</translation>
    </message>
    <message>
        <source>where the data comes from, e.g. &apos;Police records 2024&apos; (default: file name)</source>
        <translation>de onde vêm os dados, p. ex. &apos;Registros policiais 2024&apos; (padrão: nome do arquivo)</translation>
    </message>
    <message>
        <source>the coordinate reference system of the x/y columns, or of a file without one, e.g. EPSG:2272</source>
        <translation>o sistema de referência de coordenadas das colunas x/y, ou de um arquivo sem um, p. ex. EPSG:2272</translation>
    </message>
    <message>
        <source>the column holding the longitude or x (default: guessed)</source>
        <translation>a coluna com a longitude ou x (padrão: deduzida)</translation>
    </message>
    <message>
        <source>the column holding the latitude or y (default: guessed)</source>
        <translation>a coluna com a latitude ou y (padrão: deduzida)</translation>
    </message>
    <message>
        <source>the column holding the kind of incident (default: guessed)</source>
        <translation>a coluna com o tipo de ocorrência (padrão: deduzida)</translation>
    </message>
    <message>
        <source>the column holding a description (default: guessed)</source>
        <translation>a coluna com uma descrição (padrão: deduzida)</translation>
    </message>
    <message>
        <source>the column holding the date (default: guessed)</source>
        <translation>a coluna com a data (padrão: deduzida)</translation>
    </message>
    <message>
        <source>how the dates are written, e.g. %1 (default: detected from the column)</source>
        <translation>como as datas estão escritas, p. ex. %1 (padrão: detectado a partir da coluna)</translation>
    </message>
    <message>
        <source>the column holding the time of day (default: guessed)</source>
        <translation>a coluna com a hora do dia (padrão: deduzida)</translation>
    </message>
    <message>
        <source>which layer of a multi-layer file</source>
        <translation>qual camada de um arquivo com várias camadas</translation>
    </message>
    <message>
        <source>export the project&apos;s layers and tables as GIS/CSV files</source>
        <translation>exportar as camadas e tabelas do projeto como arquivos SIG/CSV</translation>
    </message>
    <message>
        <source>Export every layer and table of the project: a GeoPackage, GeoJSON layers (tables as CSV), or CSV files. Contacts of participants and stakeholders are left out unless --include-contacts.</source>
        <translation>Exportar todas as camadas e tabelas do projeto: um GeoPackage, camadas GeoJSON (tabelas em CSV) ou arquivos CSV. Os contatos de participantes e partes interessadas ficam de fora, a menos que se use --include-contacts.</translation>
    </message>
    <message>
        <source>folder to write into (created if missing)</source>
        <translation>pasta onde gravar (criada se não existir)</translation>
    </message>
    <message>
        <source>also export contact details, with --full (private: keep such files to the project team)</source>
        <translation>exportar também os dados de contato, com --full (privado: mantenha esses arquivos só com a equipe do projeto)</translation>
    </message>
    <message>
        <source>pins and incidents blurred to a grid, stories, comments, notes and names emptied, no participant table, no attachments, never contacts</source>
        <translation>alfinetes e ocorrências desfocados em uma grade, relatos, comentários, notas e nomes esvaziados, sem tabela de participantes, sem anexos, nunca contatos</translation>
    </message>
    <message>
        <source>stories, comments and notes kept, exact places</source>
        <translation>relatos, comentários e notas mantidos, locais exatos</translation>
    </message>
    <message>
        <source>size of the grid --public snaps pins to, in metres (default 100)</source>
        <translation>tamanho da grade à qual --public ajusta os alfinetes, em metros (padrão 100)</translation>
    </message>
    <message>
        <source>draw the project&apos;s map to a PNG image</source>
        <translation>desenhar o mapa do projeto em uma imagem PNG</translation>
    </message>
    <message>
        <source>Draw the project&apos;s map (basemap layers, scale bar, north arrow, attribution) to a PNG image; --overlays adds proposals and perceptions with a legend.</source>
        <translation>Desenhar o mapa do projeto (camadas do mapa de base, barra de escala, seta do norte, atribuição) em uma imagem PNG; --overlays adiciona propostas e percepções com legenda.</translation>
    </message>
    <message>
        <source>image size in pixels (default 1600x1200)</source>
        <translation>tamanho da imagem em pixels (padrão 1600x1200)</translation>
    </message>
    <message>
        <source>area to draw (default: the whole project); write --bbox=-122.3,37.8,… when it starts with a minus sign</source>
        <translation>área a desenhar (padrão: o projeto inteiro); escreva --bbox=-122.3,37.8,… quando começar com um sinal de menos</translation>
    </message>
    <message>
        <source>resolution for print, 72-600 (default 150)</source>
        <translation>resolução para impressão, 72-600 (padrão 150)</translation>
    </message>
    <message>
        <source>also draw, with a legend: any of proposals,audit_points,pins,incidents,routes,heat (comma-separated)</source>
        <translation>desenhar também, com legenda: qualquer um de proposals,audit_points,pins,incidents,routes,heat (separados por vírgulas)</translation>
    </message>
    <message>
        <source>pins and incidents blurred to a grid (see --grid)</source>
        <translation>alfinetes e ocorrências desfocados em uma grade (veja --grid)</translation>
    </message>
    <message>
        <source>exact places of pins and incidents</source>
        <translation>locais exatos dos alfinetes e ocorrências</translation>
    </message>
    <message>
        <source>the legend&apos;s language: %1 (default: the project&apos;s report language, else the language of the messages; the messages follow cosafe --language before the command)</source>
        <translation>o idioma da legenda: %1 (padrão: o idioma dos relatórios do projeto; senão, o das mensagens; as mensagens seguem cosafe --language escrito antes do comando)</translation>
    </message>
    <message>
        <source>write the action plan as a PDF</source>
        <translation>gravar o plano de ação como PDF</translation>
    </message>
    <message>
        <source>Write the action plan as a PDF: cover, method and participation (counts by gender, age band and role; small groups hidden, never names), diagnosis with maps and charts, proposals, the action table, stakeholders, monitoring indicators and the audit criteria. The public version (the default) leaves out stories, comments and notes and blurs perception pins to a grid; --full keeps them; contacts are never included.</source>
        <translation>Gravar o plano de ação como PDF: capa, método e participação (contagens por gênero, faixa etária e papel; grupos pequenos ocultos, nunca nomes), diagnóstico com mapas e gráficos, propostas, a tabela de ações, partes interessadas, indicadores de monitoramento e os critérios de auditoria. A versão pública (o padrão) deixa de fora relatos, comentários e notas e desfoca os alfinetes de percepção em uma grade; --full os mantém; os contatos nunca são incluídos.</translation>
    </message>
    <message>
        <source>no stories, comments or notes; pins and incidents blurred to a grid</source>
        <translation>sem relatos, comentários nem notas; alfinetes e ocorrências desfocados em uma grade</translation>
    </message>
    <message>
        <source>stories, comments and notes, for the partners who carry out the plan</source>
        <translation>relatos, comentários e notas, para os parceiros que executam o plano</translation>
    </message>
    <message>
        <source>page size (default a4)</source>
        <translation>tamanho da página (padrão a4)</translation>
    </message>
    <message>
        <source>the plan&apos;s language: %1 (default: the project&apos;s report language, else the language of the messages; the messages follow cosafe --language before the command)</source>
        <translation>o idioma do plano: %1 (padrão: o idioma dos relatórios do projeto; senão, o das mensagens; as mensagens seguem cosafe --language escrito antes do comando)</translation>
    </message>
    <message>
        <source>print a map per group to mark with stickers and pens, read back later</source>
        <translation>imprimir um mapa por grupo para marcar com autocolantes e canetas, lido depois</translation>
    </message>
    <message>
        <source>Write a PDF with one map of the workshop&apos;s area per group, with corner markers and a QR code that let cosafe read-sheets read a photo of it back, a legend of the sticker colours and a margin for notes.</source>
        <translation>Gravar um PDF com um mapa da área da oficina por grupo, com marcas nos cantos e um código QR que permitem a cosafe read-sheets ler de volta uma foto dele, uma legenda das cores dos autocolantes e uma margem para notas.</translation>
    </message>
    <message>
        <source>only this workshop&apos;s groups (its title)</source>
        <translation>só os grupos desta oficina (o seu título)</translation>
    </message>
    <message>
        <source>only these groups (their names)</source>
        <translation>só estes grupos (os seus nomes)</translation>
    </message>
    <message>
        <source>paper size: group maps landscape (default a3); audit sheets (--walk) portrait, a4 or a3 (default a4)</source>
        <translation>tamanho do papel: mapas de grupo na horizontal (predefinido a3); folhas de auditoria (--walk) na vertical, a4 ou a3 (predefinido a4)</translation>
    </message>
    <message>
        <source>print audit sheets for this audit walk (its title) instead of group maps: tick boxes 0-3 for each point and criterion, portrait, a4 or a3 (default a4)</source>
        <translation>imprimir folhas de auditoria para esta caminhada de auditoria (o seu título) em vez de mapas de grupo: caixas 0-3 por ponto e critério, retrato, a4 ou a3 (padrão a4)</translation>
    </message>
    <message>
        <source>with --walk: print points 1 to N (default: the walk&apos;s recorded points, else 12)</source>
        <translation>com --walk: imprimir os pontos 1 a N (padrão: os pontos registados da caminhada, senão 12)</translation>
    </message>
    <message>
        <source>print where each sheet&apos;s map is on the paper and what its colours mean, as JSON</source>
        <translation>mostrar em JSON onde está o mapa de cada folha no papel e o que significam as suas cores</translation>
    </message>
    <message>
        <source>the sheets&apos; language: %1 (default: the project&apos;s report language, else the language of the messages)</source>
        <translation>o idioma das folhas: %1 (predefinido: o idioma dos relatórios do projeto; senão, o das mensagens)</translation>
    </message>
    <message>
        <source>read the stickers on photos of printed group maps into the project</source>
        <translation>ler para o projeto os autocolantes de fotos de mapas de grupo impressos</translation>
    </message>
    <message>
        <source>Find each photographed sheet by its corner markers and QR code, and add its dot stickers to its group as unsafe and safe pins and ideas, and its pen lines and shapes as line and area ideas (one undoable step per sheet). Uncertain marks are left for a review in the window unless --accept-uncertain. A photo that is no sheet of this project is refused.</source>
        <translation>Encontrar cada folha fotografada pelas marcas dos cantos e pelo código QR, e adicionar os seus autocolantes ao seu grupo como alfinetes inseguros e seguros e ideias, e as suas linhas e formas de caneta como ideias de linha e de área (um passo que se pode anular por folha). As marcas incertas ficam para revisão na janela, salvo com --accept-uncertain. Uma foto que não seja uma folha deste projeto é recusada.</translation>
    </message>
    <message>
        <source>store nothing: only say what was found</source>
        <translation>não guardar nada: só dizer o que foi encontrado</translation>
    </message>
    <message>
        <source>print the detections as JSON</source>
        <translation>mostrar as deteções em JSON</translation>
    </message>
    <message>
        <source>store the flagged detections too (touching stickers, a sticker half off the map or the photo, a faint one); by default they are left for a review</source>
        <translation>guardar também as deteções marcadas (autocolantes que se tocam, um autocolante meio fora do mapa ou da foto, um desbotado); por omissão ficam para revisão</translation>
    </message>
    <message>
        <source>read a photo, or a sheet, that was read into the project before once more (a group map&apos;s dots are added a second time; an audit sheet&apos;s scores replace those of its points)</source>
        <translation>ler mais uma vez uma foto, ou uma folha, já lida no projeto (os pontos de um mapa de grupo são adicionados uma segunda vez; as pontuações de uma folha de auditoria substituem as dos seus pontos)</translation>
    </message>
    <message>
        <source>the texts of the numbered notes written on the sheets&apos; margins: rows of number,text (or sheet,number,text), or JSON; a dot with a number stores its note&apos;s text (without this, &quot;Note N on paper sheet S&quot;)</source>
        <translation>os textos das notas numeradas escritas nas margens das folhas: linhas de número,texto (ou folha,número,texto), ou JSON; um ponto com um número guarda o texto da sua nota (sem isto, &quot;Nota N da folha de papel S&quot;)</translation>
    </message>
    <message>
        <source>print audit scores and perception pins by gender, age band, time of day, …</source>
        <translation>imprimir pontuações de auditoria e alfinetes de percepção por gênero, faixa etária, período do dia, …</translation>
    </message>
    <message>
        <source>Print the disaggregated table of audit scores and perception pins: people, mean safety score (0–5), unsafe and safe pins and the unsafe share per cell. Categories with fewer people than the project&apos;s suppression threshold N are pooled; a cell with fewer than N people shows &quot;hidden&quot;, and so do cells from which it could be worked out with any other breakdown (null in --json).</source>
        <translation>Imprimir a tabela desagregada de pontuações de auditoria e alfinetes de percepção: pessoas, pontuação média de segurança (0–5), alfinetes inseguros e seguros e a proporção insegura por célula. Categorias com menos pessoas que o limiar de ocultação N do projeto são agrupadas; uma célula com menos de N pessoas mostra &quot;oculto&quot;, assim como células a partir das quais ela poderia ser deduzida com qualquer outro desdobramento (null em --json).</translation>
    </message>
    <message>
        <source>dimensions, comma-separated, from gender, age_band, role, time_of_day, workshop, group (default gender,age_band,time_of_day; an empty string gives one row for everything)</source>
        <translation>dimensões, separadas por vírgulas, entre gender, age_band, role, time_of_day, workshop, group (padrão gender,age_band,time_of_day; uma string vazia dá uma linha para tudo)</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>imprimir JSON em vez de uma tabela</translation>
    </message>
    <message>
        <source>the language of the window and of every message: %1 (default: the computer&apos;s)</source>
        <translation>o idioma da janela e de todas as mensagens: %1 (padrão: o do computador)</translation>
    </message>
    <message>
        <source>Open the %1 desktop application.</source>
        <translation>Abrir o aplicativo de desktop %1.</translation>
    </message>
    <message>
        <source>a project file to open</source>
        <translation>um arquivo de projeto a abrir</translation>
    </message>
    <message>
        <source>open the project read-only</source>
        <translation>abrir o projeto somente para leitura</translation>
    </message>
    <message>
        <source>merge project files from other laptops into a project</source>
        <translation>mesclar em um projeto arquivos de projeto de outros laptops</translation>
    </message>
    <message>
        <source>Merge project files from field teams or other laptops into TARGET, all in one transaction. Records are matched by UUID: new ones are added, identical ones skipped, one changed on only one side since the two files last met takes that change, and one changed on both sides is a conflict: TARGET keeps its version and theirs is kept for you to resolve in CoSafe (File › Resolve Merge Conflicts). Exit status: 0 merged (conflicts, if any, are listed), 1 error (nothing changed), 2 usage.</source>
        <translation>Mesclar em TARGET arquivos de projeto de equipes de campo ou de outros laptops, tudo em uma só transação. Os registros são pareados por UUID: os novos são adicionados, os idênticos ignorados, um alterado de um só lado desde o último encontro dos dois arquivos recebe essa alteração, e um alterado dos dois lados é um conflito: TARGET mantém sua versão e a outra é guardada para você resolver no CoSafe (Arquivo › Resolver conflitos de mesclagem). Status de saída: 0 mesclado (os conflitos, se houver, são listados), 1 erro (nada alterado), 2 uso.</translation>
    </message>
    <message>
        <source>the project to merge into</source>
        <translation>o projeto no qual mesclar</translation>
    </message>
    <message>
        <source>project files to merge from (not changed)</source>
        <translation>arquivos de projeto a mesclar (não são alterados)</translation>
    </message>
    <message>
        <source>print what would be merged; change nothing</source>
        <translation>imprimir o que seria mesclado; não alterar nada</translation>
    </message>
    <message>
        <source>write a field copy of a project for a team</source>
        <translation>gravar uma cópia de campo de um projeto para uma equipe</translation>
    </message>
    <message>
        <source>Write a field copy of PROJECT with a new laptop identity, so the team&apos;s work merges back with cosafe merge without false conflicts. The copy holds the basemap, settings, criteria, reason tags, workshops, groups, walks, pins, proposals and the plan; it leaves out every contact, pin story, audit comment, walk and workshop note, the facilitator&apos;s name and photos, and the participants of every group but the team&apos;s. Merging the copy back keeps all of these in PROJECT.</source>
        <translation>Gravar uma cópia de campo de PROJECT com uma nova identidade de laptop, para que o trabalho da equipe volte a ser mesclado com cosafe merge sem falsos conflitos. A cópia contém o mapa de base, as configurações, os critérios, as etiquetas de motivo, as oficinas, os grupos, as caminhadas, os alfinetes, as propostas e o plano; deixa de fora todos os contatos, relatos de alfinetes, comentários de auditoria, notas de caminhadas e oficinas, o nome de quem facilita e as fotos, e as pessoas participantes de todos os grupos exceto o da equipe. Mesclar a cópia de volta mantém tudo isso em PROJECT.</translation>
    </message>
    <message>
        <source>the field copy to write</source>
        <translation>a cópia de campo a gravar</translation>
    </message>
    <message>
        <source>the team or laptop, such as &quot;Field team 2&quot;</source>
        <translation>a equipe ou o laptop, como &quot;Equipe de campo 2&quot;</translation>
    </message>
    <message>
        <source>the team&apos;s group, whose participants the copy holds (without contacts), such as &quot;Youth&quot; or &quot;Riverside audit / Youth&quot;</source>
        <translation>o grupo da equipe, cujas pessoas participantes a cópia contém (sem contatos), como &quot;Jovens&quot; ou &quot;Auditoria Beira-Rio / Jovens&quot;</translation>
    </message>
    <message>
        <source>hold the participants of every group (without contacts): the copy then tells who took part in every group</source>
        <translation>conter as pessoas participantes de todos os grupos (sem contatos): a cópia então mostra quem participou de cada grupo</translation>
    </message>
    <message>
        <source>open the room: participants add pins, ideas and dots from their phones</source>
        <translation>abrir a sala: as pessoas participantes adicionam alfinetes, ideias e pontos pelos seus telefones</translation>
    </message>
    <message>
        <source>Serve the project&apos;s most recent workshop to phone browsers on the local network, without internet: participants join with the room code, answer the sign-in questions and add pins, ideas and dots, stored as the window stores them. Give --host the address of this computer on the phones&apos; network (its hotspot or the local router). Ctrl-C closes the room.</source>
        <translation>Serve a oficina mais recente do projeto aos navegadores dos telefones na rede local, sem internet: as pessoas participantes entram com o código da sala, respondem às perguntas da lista de presença e adicionam alfinetes, ideias e pontos, gravados como a janela os grava. Informe em --host o endereço deste computador na rede dos telefones (o seu ponto de acesso wi-fi ou o roteador local). Ctrl-C fecha a sala.</translation>
    </message>
    <message>
        <source>the address of this computer to listen on, e.g. 192.168.4.1 (default %1: this computer only)</source>
        <translation>o endereço deste computador em que escutar, p. ex. 192.168.4.1 (padrão %1: só este computador)</translation>
    </message>
    <message>
        <source>the port to listen on (default %1; 0 picks a free one)</source>
        <translation>a porta em que escutar (padrão %1; 0 escolhe uma livre)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <comment>a tooltip; %2 is a key, %3 where it acts</comment>
        <translation>%1 (%2 %3)</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>These records were changed on both laptops since the files last met. Until you choose, this project keeps its own version and theirs is kept aside: nothing is lost.</source>
        <translation>Estes registros foram alterados nos dois laptops desde o último encontro dos arquivos. Até você escolher, este projeto mantém sua própria versão e a outra fica guardada à parte: nada se perde.</translation>
    </message>
    <message>
        <source>No merge conflicts: every merged record agrees.</source>
        <translation>Nenhum conflito de mesclagem: todos os registros mesclados coincidem.</translation>
    </message>
    <message>
        <source>On the map: mine solid blue, theirs dashed orange.</source>
        <translation>No mapa: a minha em azul contínuo, a outra em laranja tracejado.</translation>
    </message>
    <message>
        <source>Keep this project&apos;s version and add theirs beside it as a separate record</source>
        <translation>Manter a versão deste projeto e adicionar a outra ao lado como um registro separado</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>A minha</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>A outra</translation>
    </message>
    <message>
        <source>&amp;Only what differs</source>
        <translation>&amp;Só o que difere</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Manter a &amp;minha</translation>
    </message>
    <message>
        <source>Keep this project&apos;s version; theirs is dropped (Undo brings the choice back)</source>
        <translation>Manter a versão deste projeto; a outra é descartada (Desfazer traz a escolha de volta)</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Manter a &amp;outra</translation>
    </message>
    <message>
        <source>Put their version in place of this project&apos;s</source>
        <translation>Pôr a outra versão no lugar da deste projeto</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>Manter &amp;ambas</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation>outro laptop</translation>
    </message>
    <message>
        <source>%1
from %2</source>
        <comment>a conflict: %1 a record, %2 a laptop</comment>
        <translation>%1
de %2</translation>
    </message>
    <message>
        <source>%1 from %2, found on %3</source>
        <comment>a conflict: %1 a record, %2 a laptop</comment>
        <translation>%1 de %2, encontrado em %3</translation>
    </message>
    <message>
        <source>deleted on this laptop</source>
        <translation>excluído neste laptop</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine&lt;/b&gt; (this project) — %1</source>
        <translation>&lt;b&gt;A minha&lt;/b&gt; (este projeto) — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (came from %1) — %2</source>
        <translation>&lt;b&gt;A outra&lt;/b&gt; (veio de %1) — %2</translation>
    </message>
    <message>
        <source>Mine (this project)</source>
        <translation>A minha (este projeto)</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <comment>%1: a laptop</comment>
        <translation>A outra (%1)</translation>
    </message>
    <message>
        <source>Two of these cannot share one key: keep mine or theirs</source>
        <translation>Dois destes não podem compartilhar uma chave: mantenha a minha ou a outra</translation>
    </message>
    <message>
        <source>Mine was deleted on this laptop: Keep Theirs brings their version back</source>
        <translation>A minha foi excluída neste laptop: Manter a outra traz a versão dela de volta</translation>
    </message>
    <message>
        <source>The conflict was not resolved</source>
        <translation>O conflito não foi resolvido</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <source>Women and girls use this space</source>
        <translation>Mulheres e meninas usam este espaço</translation>
    </message>
    <message>
        <source>Clear sightlines (no blind corners or blank walls)</source>
        <translation>Campo de visão livre (sem cantos cegos nem muros sem aberturas)</translation>
    </message>
    <message>
        <source>No dark or scary places, long empty stretches or high fences</source>
        <translation>Sem lugares escuros ou assustadores, longos trechos vazios ou muros altos</translation>
    </message>
    <message>
        <source>Lighting bright enough to see faces</source>
        <translation>Iluminação suficiente para ver os rostos</translation>
    </message>
    <message>
        <source>Toilets available and visible</source>
        <translation>Sanitários disponíveis e visíveis</translation>
    </message>
    <message>
        <source>Transport stop visible and active</source>
        <translation>Ponto de transporte visível e movimentado</translation>
    </message>
    <message>
        <source>Escape routes (no entrapment spots)</source>
        <translation>Rotas de fuga (sem locais sem saída)</translation>
    </message>
    <message>
        <source>Signage readable</source>
        <translation>Sinalização legível</translation>
    </message>
    <message>
        <source>%1: a score is %2 to %3, not %4; nothing was saved</source>
        <translation>%1: a pontuação vai de %2 a %3, não %4; nada foi salvo</translation>
    </message>
    <message>
        <source>A criterion</source>
        <translation>Um critério</translation>
    </message>
    <message>
        <source>The sheet is empty: type at least one score; nothing was saved</source>
        <translation>A ficha está vazia: digite pelo menos uma pontuação; nada foi salvo</translation>
    </message>
    <message>
        <source>Safety score = mean of the criteria scores (each 0–3, feeling excluded) × 5 ÷ 3, giving 0 (poor) to 5 (good).</source>
        <translation>Pontuação de segurança = média das pontuações dos critérios (cada uma de 0 a 3, sem contar a sensação) × 5 ÷ 3, de 0 (ruim) a 5 (boa).</translation>
    </message>
    <message>
        <source>Safety audit (default)</source>
        <translation>Auditoria de segurança (padrão)</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Iluminação</translation>
    </message>
    <message>
        <source>Enough light to see all around and faces at 10 m</source>
        <translation>Luz suficiente para ver ao redor e os rostos a 10 m</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Abertura</translation>
    </message>
    <message>
        <source>Can see and move in all directions; no blind corners</source>
        <translation>É possível ver e se deslocar em todas as direções; sem cantos cegos</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidade</translation>
    </message>
    <message>
        <source>Shops, vendors, windows, entrances from which you can be seen</source>
        <translation>Lojas, vendedores, janelas e entradas de onde se pode ser visto</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>People around you</source>
        <translation>Pessoas ao redor</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Guards or police present / reachable</source>
        <translation>Vigilantes ou polícia presentes / ao alcance</translation>
    </message>
    <message>
        <source>Walk path</source>
        <translation>Caminho para pedestres</translation>
    </message>
    <message>
        <source>Usable pavement or space to walk</source>
        <translation>Calçada utilizável ou espaço para caminhar</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Transporte público</translation>
    </message>
    <message>
        <source>Transport stop / service within reach</source>
        <translation>Ponto / serviço de transporte ao alcance</translation>
    </message>
    <message>
        <source>Gender diversity</source>
        <translation>Diversidade de gênero</translation>
    </message>
    <message>
        <source>Women and children present</source>
        <translation>Presença de mulheres e crianças</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sensação</translation>
    </message>
    <message>
        <source>How safe you feel</source>
        <translation>Quão seguro(a) você se sente</translation>
    </message>
    <message>
        <source>The project has no criteria set</source>
        <translation>O projeto não tem conjunto de critérios</translation>
    </message>
    <message>
        <source>The set already has an outcome criterion (“%1”)</source>
        <translation>O conjunto já tem um critério de resultado (“%1”)</translation>
    </message>
    <message>
        <source>“%1” already has that name and meaning</source>
        <translation>“%1” já tem esse nome e esse significado</translation>
    </message>
    <message>
        <source>“%1” is the last scored criterion; add another before retiring it</source>
        <translation>“%1” é o último critério pontuado; adicione outro antes de desativá-lo</translation>
    </message>
    <message>
        <source>That criterion is no longer in the project</source>
        <translation>Esse critério não está mais no projeto</translation>
    </message>
    <message numerus="yes">
        <source>Removing “%1” would orphan %Ln scores; retire it instead</source>
        <translation>
            <numerusform>Remover “%1” deixaria %Ln pontuação sem critério; desative-o em vez disso</numerusform>
            <numerusform>Remover “%1” deixaria %Ln pontuações sem critério; desative-o em vez disso</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is the last scored criterion; add another before removing it</source>
        <translation>“%1” é o último critério pontuado; adicione outro antes de removê-lo</translation>
    </message>
    <message>
        <source>The new order must list each criterion of the active set once</source>
        <translation>A nova ordem deve listar cada critério do conjunto ativo uma única vez</translation>
    </message>
    <message>
        <source>The criteria are already in that order</source>
        <translation>Os critérios já estão nessa ordem</translation>
    </message>
    <message>
        <source>Only criteria of the active set that are not retired can be changed</source>
        <translation>Só podem ser alterados os critérios do conjunto ativo que não estão desativados</translation>
    </message>
    <message>
        <source>A criterion needs a name</source>
        <translation>O critério precisa de um nome</translation>
    </message>
    <message>
        <source>There is already a criterion “%1”</source>
        <translation>Já existe um critério “%1”</translation>
    </message>
</context>
<context>
    <name>CriteriaChart</name>
    <message>
        <source>%1 (n=%2)</source>
        <comment>a criterion and how many scored it</comment>
        <translation>%1 (n=%2)</translation>
    </message>
    <message>
        <source>Share of scores (%)</source>
        <translation>Proporção das pontuações (%)</translation>
    </message>
    <message>
        <source>score 0 poor</source>
        <translation>pontuação 0 ruim</translation>
    </message>
    <message>
        <source>score 1</source>
        <translation>pontuação 1</translation>
    </message>
    <message>
        <source>score 2</source>
        <translation>pontuação 2</translation>
    </message>
    <message>
        <source>score 3 good</source>
        <translation>pontuação 3 boa</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Criterion</source>
        <translation>Critério</translation>
    </message>
    <message>
        <source>3 (good) means</source>
        <translation>3 (bom) significa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Audit Criteria</source>
        <translation>Critérios de auditoria</translation>
    </message>
    <message>
        <source>Translate Set Name…</source>
        <translation>Traduzir o nome do conjunto…</translation>
    </message>
    <message>
        <source>The criteria set&apos;s name in other languages</source>
        <translation>O nome do conjunto de critérios em outros idiomas</translation>
    </message>
    <message>
        <source>Audit criteria</source>
        <translation>Critérios de auditoria</translation>
    </message>
    <message>
        <source>The criteria a sheet scores, in the order of the sheet; F2 or a double click edits a label or what 3 means</source>
        <translation>Os critérios que uma ficha pontua, na ordem da ficha; F2 ou clique duplo edita um rótulo ou o que 3 significa</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Stop scoring it; scores already made keep it</source>
        <translation>Deixar de pontuá-lo; as pontuações já feitas o mantêm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Delete a criterion no score uses (otherwise retire it)</source>
        <translation>Excluir um critério que nenhuma pontuação usa (caso contrário, desative-o)</translation>
    </message>
    <message>
        <source>Translations…</source>
        <translation>Traduções…</translation>
    </message>
    <message>
        <source>The criterion&apos;s name and what 3 means in other languages</source>
        <translation>O nome do critério e o que significa 3 em outros idiomas</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Novo critério</translation>
    </message>
    <message>
        <source>The new criterion&apos;s label, e.g. Toilets</source>
        <translation>O rótulo do novo critério, p. ex. Sanitários</translation>
    </message>
    <message>
        <source>New criterion, e.g. Toilets</source>
        <translation>Novo critério, p. ex. Sanitários</translation>
    </message>
    <message>
        <source>What 3 (good) means</source>
        <translation>O que 3 (bom) significa</translation>
    </message>
    <message>
        <source>What a score of 3 means for the new criterion</source>
        <translation>O que uma pontuação 3 significa para o novo critério</translation>
    </message>
    <message>
        <source>What 3 (good) means, e.g. Clean toilets open and visible</source>
        <translation>O que 3 (bom) significa, p. ex. Sanitários limpos, abertos e visíveis</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Double-click a name or meaning to change it. Once sheets are scored, a change that alters meaning makes a new version of the set: old scores keep theirs.</source>
        <translation>Clique duas vezes em um nome ou significado para alterá-lo. Depois que houver fichas pontuadas, uma alteração de significado cria uma nova versão do conjunto: as pontuações antigas mantêm a sua.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · version %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · versão %2</translation>
    </message>
    <message>
        <source>retired</source>
        <comment>a criterion</comment>
        <translation>desativado</translation>
    </message>
    <message>
        <source>outcome</source>
        <comment>a criterion</comment>
        <translation>resultado</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Não alterado: %1</translation>
    </message>
    <message>
        <source>Scores already use version %1: this change made version %2. Old scores keep version %1.</source>
        <translation>As pontuações já usam a versão %1: esta alteração criou a versão %2. As pontuações antigas mantêm a versão %1.</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>Conjunto de critérios</translation>
    </message>
    <message>
        <source>Translate criteria set “%1”</source>
        <translation>Traduzir o conjunto de critérios “%1”</translation>
    </message>
</context>
<context>
    <name>DayNightChart</name>
    <message>
        <source>Safety score (0–5) of each place, west to east</source>
        <translation>Pontuação de segurança (0–5) de cada lugar, de oeste para leste</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>de dia</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>à noite</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>CSV with longitude/latitude</source>
        <translation>CSV com longitude/latitude</translation>
    </message>
    <message>
        <source>Photo or scan of a paper map</source>
        <translation>Foto ou digitalização de um mapa em papel</translation>
    </message>
    <message>
        <source>CoSafe projects (%1)</source>
        <translation>Projetos do CoSafe (%1)</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>Projeto já aberto</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Abrir somente leitura</translation>
    </message>
    <message>
        <source>All map files (%1)</source>
        <translation>Todos os arquivos de mapa (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a kind of file and its patterns</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Salvar uma cópia como</translation>
    </message>
    <message>
        <source>Import Basemap</source>
        <translation>Importar mapa de base</translation>
    </message>
</context>
<context>
    <name>DotList</name>
    <message>
        <source>Click a proposal to place one dot; right-click to take one back</source>
        <translation>Clique em uma proposta para colocar um ponto; clique direito para retirar um</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a proposal — its group</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Drawing</name>
    <message>
        <source>Place at least %1 control points (there are %2)</source>
        <translation>Coloque pelo menos %1 pontos de controle (há %2)</translation>
    </message>
    <message>
        <source>The control points on the image lie on one line; spread them out over the map</source>
        <translation>Os pontos de controle na imagem estão em uma só linha; espalhe-os pelo mapa</translation>
    </message>
    <message>
        <source>The control points on the map lie on one line; spread them out over the map</source>
        <translation>Os pontos de controle no mapa estão em uma só linha; espalhe-os pelo mapa</translation>
    </message>
    <message>
        <source>The heat map radius must be more than 0 metres, not %1</source>
        <translation>O raio do mapa de calor deve ser maior que 0 metro, não %1</translation>
    </message>
    <message>
        <source>Click on the map to place the point</source>
        <translation>Clique no mapa para posicionar o ponto</translation>
    </message>
    <message>
        <source>A line needs at least two different points</source>
        <translation>Uma linha precisa de pelo menos dois pontos diferentes</translation>
    </message>
    <message>
        <source>An area needs at least three different points</source>
        <translation>Uma área precisa de pelo menos três pontos diferentes</translation>
    </message>
    <message>
        <source>The area has no inside: its points lie on one line</source>
        <translation>A área não tem interior: seus pontos estão em uma só linha</translation>
    </message>
</context>
<context>
    <name>DriversChart</name>
    <message>
        <source>%1 (n=%2)</source>
        <comment>a criterion and how many scored it</comment>
        <translation>%1 (n=%2)</translation>
    </message>
    <message>
        <source>Goes with feeling safe → (correlation, −1 … 1)</source>
        <translation>Acompanha a sensação de segurança → (correlação, −1 … 1)</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add stakeholder “%1”</source>
        <translation>Adicionar parte interessada “%1”</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>Editar parte interessada “%1”</translation>
    </message>
    <message>
        <source>Delete stakeholder “%1”</source>
        <translation>Excluir parte interessada “%1”</translation>
    </message>
    <message>
        <source>Add action “%1”</source>
        <translation>Adicionar ação “%1”</translation>
    </message>
    <message>
        <source>Edit action “%1”</source>
        <translation>Editar ação “%1”</translation>
    </message>
    <message>
        <source>Delete action “%1”</source>
        <translation>Excluir ação “%1”</translation>
    </message>
    <message>
        <source>Create action from proposal “%1”</source>
        <translation>Criar ação a partir da proposta “%1”</translation>
    </message>
    <message>
        <source>Add audit walk “%1”</source>
        <translation>Adicionar caminhada de auditoria “%1”</translation>
    </message>
    <message>
        <source>Edit audit walk “%1”</source>
        <translation>Editar caminhada de auditoria “%1”</translation>
    </message>
    <message>
        <source>Delete audit walk “%1”</source>
        <translation>Excluir caminhada de auditoria “%1”</translation>
    </message>
    <message>
        <source>Delete audit point %1</source>
        <translation>Excluir ponto de auditoria %1</translation>
    </message>
    <message>
        <source>Redraw route of “%1”</source>
        <translation>Redesenhar percurso de “%1”</translation>
    </message>
    <message>
        <source>Draw route of “%1”</source>
        <translation>Desenhar percurso de “%1”</translation>
    </message>
    <message>
        <source>Enter audit point %1 of “%2”</source>
        <translation>Digitar ponto de auditoria %1 de “%2”</translation>
    </message>
    <message>
        <source>Edit audit point %1 of “%2”</source>
        <translation>Editar ponto de auditoria %1 de “%2”</translation>
    </message>
    <message>
        <source>Add criterion “%1”</source>
        <translation>Adicionar critério “%1”</translation>
    </message>
    <message>
        <source>Rename criterion “%1” to “%2”</source>
        <translation>Renomear critério “%1” para “%2”</translation>
    </message>
    <message>
        <source>Edit criterion “%1”</source>
        <translation>Editar critério “%1”</translation>
    </message>
    <message>
        <source>Retire criterion “%1”</source>
        <translation>Desativar critério “%1”</translation>
    </message>
    <message>
        <source>Remove criterion “%1”</source>
        <translation>Remover critério “%1”</translation>
    </message>
    <message>
        <source>Reorder criteria</source>
        <translation>Reordenar critérios</translation>
    </message>
    <message>
        <source>%1 (criteria set version %2)</source>
        <comment>%1 is the change, e.g. Add criterion “CCTV”</comment>
        <translation>%1 (versão %2 do conjunto de critérios)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>place</source>
        <translation>local</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descrição</translation>
    </message>
    <message>
        <source>suppression threshold</source>
        <translation>limiar de ocultação</translation>
    </message>
    <message>
        <source>area</source>
        <translation>área</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moeda</translation>
    </message>
    <message>
        <source>report language</source>
        <translation>idioma dos relatórios</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of project properties</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>no project property</comment>
        <translation>nada</translation>
    </message>
    <message>
        <source>Change project %1</source>
        <comment>%1 lists the properties changed: “name, place”</comment>
        <translation>Alterar %1 do projeto</translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>%1 is a kind of record: “audit point”</comment>
        <translation>Adicionar %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>%1 is a kind of record: “audit point”</comment>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <comment>%1 is a kind of record: “audit point”</comment>
        <translation>Excluir %1</translation>
    </message>
    <message>
        <source>Delete group “%1”</source>
        <translation>Excluir grupo “%1”</translation>
    </message>
    <message>
        <source>Delete workshop “%1”</source>
        <translation>Excluir oficina “%1”</translation>
    </message>
    <message>
        <source>Edit workshop “%1”</source>
        <translation>Editar oficina “%1”</translation>
    </message>
    <message>
        <source>Rename group “%1” to “%2”</source>
        <translation>Renomear grupo “%1” para “%2”</translation>
    </message>
    <message>
        <source>Recolour group “%1”</source>
        <translation>Mudar a cor do grupo “%1”</translation>
    </message>
    <message>
        <source>Edit group “%1”</source>
        <translation>Editar grupo “%1”</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The blur grid must be more than 0 m, not %1</source>
        <translation>A grade de desfoque deve ser maior que 0 m, não %1</translation>
    </message>
    <message>
        <source>The action plan was not written: %1</source>
        <translation>O plano de ação não foi gravado: %1</translation>
    </message>
    <message>
        <source>Unknown export format %1; choose one of %2</source>
        <translation>Formato de exportação desconhecido %1; escolha um de %2</translation>
    </message>
    <message>
        <source>A public export never includes contacts</source>
        <translation>Uma exportação pública nunca inclui contatos</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Não é possível criar a pasta %1: %2</translation>
    </message>
    <message>
        <source>The export was not written: %1</source>
        <translation>A exportação não foi gravada: %1</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <comment>%1: a table of the project, as its file calls it</comment>
        <translation>Gravando %1</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportação cancelada</translation>
    </message>
</context>
<context>
    <name>FieldCopyDialog</name>
    <message>
        <source>Hand Out Field Copy</source>
        <translation>Entregar cópia de campo</translation>
    </message>
    <message>
        <source>Required, e.g. Field team 2 or Youth group laptop</source>
        <translation>Obrigatório, p. ex. Equipe de campo 2 ou Laptop do grupo de jovens</translation>
    </message>
    <message>
        <source>The copy holds this group&apos;s participants (code, gender, age band, role), so the team can record who walks; never their contacts.</source>
        <translation>A cópia contém as pessoas participantes deste grupo (código, gênero, faixa etária, papel), para que a equipe possa registrar quem caminha; nunca seus contatos.</translation>
    </message>
    <message>
        <source>Include the participants of &amp;every group</source>
        <translation>Incluir as pessoas participantes de &amp;todos os grupos</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Team or &amp;laptop</source>
        <translation>Equipe ou &amp;laptop</translation>
    </message>
    <message>
        <source>Team&apos;s &amp;group</source>
        <translation>&amp;Grupo da equipe</translation>
    </message>
    <message>
        <source>&amp;Save copy as</source>
        <translation>&amp;Salvar cópia como</translation>
    </message>
    <message>
        <source>&amp;Hand Out</source>
        <translation>&amp;Entregar</translation>
    </message>
    <message>
        <source>Save Field Copy As</source>
        <translation>Salvar cópia de campo como</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>This could not be worked out (details were written to the terminal)</source>
        <translation>Não foi possível calcular isto (os detalhes foram escritos no terminal)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>A code or a name, e.g. KES</source>
        <translation>Um código ou um nome, p. ex. KES</translation>
    </message>
    <message>
        <source>Not estimated</source>
        <translation>Não estimado</translation>
    </message>
    <message>
        <source>A rough cost in %1 (%2); leave at “Not estimated” if unknown</source>
        <translation>Um custo aproximado em %1 (%2); deixe “Não estimado” se não souber</translation>
    </message>
    <message>
        <source>A rough cost in the local currency; leave at “Not estimated” if unknown</source>
        <translation>Um custo aproximado na moeda local; deixe “Não estimado” se não souber</translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation>Adicionar fotos</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Fotos (%1)</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (details were written to the terminal); the project was not changed</source>
        <translation>Algo inesperado deu errado (os detalhes foram escritos no terminal); o projeto não foi alterado</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (details were written to the terminal); no file was written</source>
        <translation>Algo inesperado deu errado (os detalhes foram escritos no terminal); nenhum arquivo foi gravado</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>o disco é somente leitura</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>esse arquivo ou pasta não existe</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>já existe</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>é uma pasta</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>parte do caminho não é uma pasta</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>o nome é longo demais</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>o arquivo está em uso</translation>
    </message>
</context>
<context>
    <name>GroupColours</name>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Laranja</translation>
    </message>
    <message>
        <source>Bluish green</source>
        <translation>Verde-azulado</translation>
    </message>
    <message>
        <source>Reddish purple</source>
        <translation>Roxo-avermelhado</translation>
    </message>
    <message>
        <source>Vermillion</source>
        <translation>Vermelhão</translation>
    </message>
    <message>
        <source>Wine</source>
        <translation>Vinho</translation>
    </message>
    <message>
        <source>Maroon</source>
        <translation>Bordô</translation>
    </message>
    <message>
        <source>Ultramarine</source>
        <translation>Ultramarino</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>Azul-celeste</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarelo</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Preto</translation>
    </message>
</context>
<context>
    <name>GroupComparisonView</name>
    <message>
        <source>Workshop to compare</source>
        <translation>Oficina a comparar</translation>
    </message>
    <message>
        <source>The workshop whose groups are compared</source>
        <translation>A oficina cujos grupos são comparados</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Oficina sem título</translation>
    </message>
    <message>
        <source>Add a workshop and its groups to compare what each group proposed.</source>
        <translation>Adicione uma oficina e seus grupos para comparar o que cada grupo propôs.</translation>
    </message>
    <message>
        <source>Unnamed group</source>
        <translation>Grupo sem nome</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sem grupo</translation>
    </message>
    <message>
        <source>This workshop has no groups yet.</source>
        <translation>Esta oficina ainda não tem grupos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals · %1 without a principle</source>
        <translation>
            <numerusform>%Ln proposta · %1 sem princípio</numerusform>
            <numerusform>%Ln propostas · %1 sem princípio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals</source>
        <translation>
            <numerusform>%Ln proposta</numerusform>
            <numerusform>%Ln propostas</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposals of %1</source>
        <comment>%1: a group</comment>
        <translation>Propostas de %1</translation>
    </message>
    <message>
        <source>The proposals %1 made</source>
        <translation>As propostas feitas por %1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(nenhuma ainda)</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add Group</source>
        <translation>Adicionar grupo</translation>
    </message>
    <message>
        <source>Required, e.g. Youth, Women traders, Table 2</source>
        <translation>Obrigatório, p. ex. Jovens, Comerciantes mulheres, Mesa 2</translation>
    </message>
    <message>
        <source>%1: %2 (used by another group)</source>
        <comment>a colour: its symbol</comment>
        <translation>%1: %2 (usada por outro grupo)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a colour: its symbol</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Cor:</translation>
    </message>
</context>
<context>
    <name>GroupSymbols</name>
    <message>
        <source>circle</source>
        <translation>círculo</translation>
    </message>
    <message>
        <source>star</source>
        <translation>estrela</translation>
    </message>
    <message>
        <source>triangle pointing down</source>
        <translation>triângulo para baixo</translation>
    </message>
    <message>
        <source>plus sign</source>
        <translation>sinal de mais</translation>
    </message>
    <message>
        <source>hexagon</source>
        <translation>hexágono</translation>
    </message>
    <message>
        <source>half disc</source>
        <translation>meio disco</translation>
    </message>
    <message>
        <source>pentagon</source>
        <translation>pentágono</translation>
    </message>
    <message>
        <source>square</source>
        <translation>quadrado</translation>
    </message>
    <message>
        <source>solid line</source>
        <translation>linha contínua</translation>
    </message>
    <message>
        <source>dashed line</source>
        <translation>linha tracejada</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translation>linha pontilhada</translation>
    </message>
    <message>
        <source>dash-dot line</source>
        <translation>linha traço-ponto</translation>
    </message>
    <message>
        <source>long-dashed line</source>
        <translation>linha de traços longos</translation>
    </message>
    <message>
        <source>dash-dot-dot line</source>
        <translation>linha traço-ponto-ponto</translation>
    </message>
    <message>
        <source>long dash-dot line</source>
        <translation>linha traço longo-ponto</translation>
    </message>
    <message>
        <source>short-dashed line</source>
        <translation>linha de traços curtos</translation>
    </message>
    <message>
        <source>plain fill</source>
        <translation>preenchimento liso</translation>
    </message>
    <message>
        <source>hatched /</source>
        <translation>hachurado /</translation>
    </message>
    <message>
        <source>hatched \</source>
        <translation>hachurado \</translation>
    </message>
    <message>
        <source>crossed hatch</source>
        <translation>hachurado cruzado</translation>
    </message>
    <message>
        <source>horizontal hatch</source>
        <translation>hachurado horizontal</translation>
    </message>
    <message>
        <source>diagonal crossed hatch</source>
        <translation>hachurado cruzado diagonal</translation>
    </message>
    <message>
        <source>vertical hatch</source>
        <translation>hachurado vertical</translation>
    </message>
    <message>
        <source>dotted fill</source>
        <translation>preenchimento pontilhado</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>a group&apos;s marker shape, line and area fill</comment>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Workshop Guide</source>
        <translation>Guia da oficina</translation>
    </message>
</context>
<context>
    <name>HandOut</name>
    <message>
        <source>The copy holds the basemap, the settings, criteria and reason tags, the workshops and groups, and the walks, pins, proposals and plan the team continues from, with a laptop identity of its own.</source>
        <translation>A cópia contém o mapa de base, as configurações, os critérios e as etiquetas de motivo, as oficinas e os grupos, e as caminhadas, os alfinetes, as propostas e o plano a partir dos quais a equipe continua, com uma identidade de laptop própria.</translation>
    </message>
    <message>
        <source>A USB stick can be lost, so it leaves out every contact, every pin story, audit comment, walk and workshop note, the facilitator&apos;s name, all photos, and who took part, except the participants of the team&apos;s group. They stay here: merging the copy back keeps them, and brings what the team records, without doubles or false conflicts.</source>
        <translation>Uma unidade USB pode se perder, por isso a cópia deixa de fora todos os contatos, todos os relatos dos alfinetes, comentários de auditoria, notas de caminhadas e oficinas, o nome de quem facilita, todas as fotos e quem participou, exceto as pessoas participantes do grupo da equipe. Esses dados ficam aqui: mesclar a cópia de volta os mantém e traz o que a equipe registrar, sem duplicatas nem falsos conflitos.</translation>
    </message>
    <message>
        <source>The copy will then hold who took part in every group: each person&apos;s code, gender, age band and role (never a contact). Anyone who finds the stick can read them.</source>
        <translation>A cópia conterá então quem participou de cada grupo: o código, o gênero, a faixa etária e o papel de cada pessoa (nunca um contato). Qualquer pessoa que encontrar a unidade USB poderá lê-los.</translation>
    </message>
    <message>
        <source>None (no participants)</source>
        <translation>Nenhum (sem participantes)</translation>
    </message>
    <message>
        <source>The field copy was not made</source>
        <translation>A cópia de campo não foi feita</translation>
    </message>
    <message>
        <source>Field copy ready</source>
        <translation>Cópia de campo pronta</translation>
    </message>
    <message>
        <source>Give %1 to %2.</source>
        <translation>Entregue %1 a %2.</translation>
    </message>
    <message>
        <source>When they bring it back, merge it with File › Merge Projects…</source>
        <translation>Quando a trouxerem de volta, mescle-a com Arquivo › Mesclar projetos…</translation>
    </message>
    <message>
        <source>field copy</source>
        <comment>a file name</comment>
        <translation>cópia de campo</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <comment>a workshop › a group</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation>Sem oficina</translation>
    </message>
    <message>
        <source>Choose where to save the field copy</source>
        <translation>Escolha onde salvar a cópia de campo</translation>
    </message>
    <message>
        <source>Writing the field copy for %1…</source>
        <translation>Gravando a cópia de campo para %1…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>Cancelado; nada foi gravado</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <source>Click a map feature to see what it is</source>
        <translation>Clique em uma feição do mapa para ver o que é</translation>
    </message>
    <message>
        <source>No further details recorded for this feature.</source>
        <translation>Nenhum outro detalhe registrado para esta feição.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>feição</translation>
    </message>
    <message>
        <source>Unnamed %1</source>
        <comment>%1 a kind of map feature</comment>
        <translation>%1 sem nome</translation>
    </message>
    <message>
        <source>%1 · layer “%2”</source>
        <translation>%1 · camada “%2”</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message numerus="yes">
        <source>Cleaned %Ln images that held camera data or a camera&apos;s file name (now without metadata, under a neutral name)</source>
        <translation>
            <numerusform>%Ln imagem que continha dados da câmera ou um nome de arquivo da câmera foi limpa (agora sem metadados, com um nome neutro)</numerusform>
            <numerusform>%Ln imagens que continham dados da câmera ou um nome de arquivo da câmera foram limpas (agora sem metadados, com um nome neutro)</numerusform>
        </translation>
    </message>
    <message>
        <source>No readable stored image held camera data or a camera&apos;s file name</source>
        <translation>Nenhuma imagem legível guardada continha dados da câmera ou um nome de arquivo da câmera</translation>
    </message>
    <message>
        <source>No stored image held camera data or a camera&apos;s file name</source>
        <translation>Nenhuma imagem guardada continha dados da câmera ou um nome de arquivo da câmera</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln images could not be read and were left as they are</source>
        <comment>%1 is what was cleaned, said just before</comment>
        <translation>
            <numerusform>%1; %Ln imagem não pôde ser lida e ficou como estava</numerusform>
            <numerusform>%1; %Ln imagens não puderam ser lidas e ficaram como estavam</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <comment>%1: layer names</comment>
        <translation>
            <numerusform>%1 e mais %Ln</numerusform>
            <numerusform>%1 e mais %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no layer %2; its layers are %3</source>
        <translation>%1 não tem nenhuma camada %2; as suas camadas são %3</translation>
    </message>
    <message>
        <source>No layer of %1 was chosen</source>
        <translation>Nenhuma camada de %1 foi escolhida</translation>
    </message>
    <message>
        <source>%1 — points</source>
        <comment>a layer holding the points of the file&apos;s layer %1</comment>
        <translation>%1 — pontos</translation>
    </message>
    <message>
        <source>%1 — lines</source>
        <comment>a layer holding the lines of the file&apos;s layer %1</comment>
        <translation>%1 — linhas</translation>
    </message>
    <message>
        <source>%1 — areas</source>
        <comment>a layer holding the polygons of the file&apos;s layer %1</comment>
        <translation>%1 — áreas</translation>
    </message>
    <message>
        <source>Layer %1 was not imported: %2</source>
        <translation>A camada %1 não foi importada: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln features without a shape were left out</source>
        <translation>
            <numerusform>%Ln feição sem forma foi deixada de fora</numerusform>
            <numerusform>%Ln feições sem forma foram deixadas de fora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln features with a broken part were mended: a line of one point kept as a point, parts too short to draw left out</source>
        <translation>
            <numerusform>%Ln elemento com uma parte danificada foi reparado: uma linha de um só ponto foi mantida como ponto e as partes curtas demais para desenhar foram deixadas de fora</numerusform>
            <numerusform>%Ln elementos com uma parte danificada foram reparados: uma linha de um só ponto foi mantida como ponto e as partes curtas demais para desenhar foram deixadas de fora</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1</source>
        <comment>%1: a file or one of its layers</comment>
        <translation>Lendo %1</translation>
    </message>
    <message>
        <source>%1 is an OpenStreetMap file: it is imported whole, its points, lines and areas together, so none of its layers can be left out</source>
        <translation>%1 é um ficheiro OpenStreetMap: é importado inteiro, os seus pontos, linhas e áreas juntos, por isso nenhuma das suas camadas pode ficar de fora</translation>
    </message>
    <message>
        <source>Unknown style class %1; choose one of %2</source>
        <translation>Classe de estilo desconhecida %1; escolha uma de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no shapes to draw: none of its %Ln features has a geometry; export it again with its geometry</source>
        <translation>
            <numerusform>%1 não tem formas para desenhar: a sua única feição (%Ln) não tem geometria; exporte-o novamente com a sua geometria</numerusform>
            <numerusform>%1 não tem formas para desenhar: nenhuma das suas %Ln feições tem geometria; exporte-o novamente com a sua geometria</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no features CoSafe can draw</source>
        <translation>%1 não tem feições que o CoSafe consiga desenhar</translation>
    </message>
    <message>
        <source>Writing to the project</source>
        <translation>Gravando no projeto</translation>
    </message>
    <message>
        <source>%1 is %2 MB; CoSafe takes images of up to %3 MB</source>
        <translation>%1 tem %2 MB; o CoSafe aceita imagens de até %3 MB</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels (%4 megapixels); CoSafe takes images of up to %5 megapixels</source>
        <translation>%1 tem %2 × %3 pixels (%4 megapixels); o CoSafe aceita imagens de até %5 megapixels</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: arquivo inexistente</translation>
    </message>
    <message>
        <source>%1 is not an image CoSafe can read (PNG, JPEG, TIFF, BMP or WebP)</source>
        <translation>%1 não é uma imagem que o CoSafe consiga ler (PNG, JPEG, TIFF, BMP ou WebP)</translation>
    </message>
    <message>
        <source>its .shx file is missing: a shapefile is several files (.shp, .shx, .dbf); copy them together</source>
        <translation>falta o arquivo .shx: um shapefile é composto de vários arquivos (.shp, .shx, .dbf); copie-os juntos</translation>
    </message>
    <message>
        <source>its .dbf file is missing: a shapefile is several files (.shp, .shx, .dbf); copy them together</source>
        <translation>falta o arquivo .dbf: um shapefile é composto de vários arquivos (.shp, .shx, .dbf); copie-os juntos</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete; copy it again from where it came from</source>
        <translation>o arquivo está danificado ou incompleto; copie-o de novo da origem</translation>
    </message>
    <message>
        <source>CoSafe may not read it (permission denied)</source>
        <translation>o CoSafe não tem permissão para lê-lo (permissão negada)</translation>
    </message>
    <message>
        <source>not a format CoSafe reads</source>
        <translation>não é um formato que o CoSafe lê</translation>
    </message>
    <message>
        <source>the file is damaged or not a map file</source>
        <translation>o arquivo está danificado ou não é um arquivo de mapa</translation>
    </message>
    <message>
        <source>the file is damaged or not an incident file</source>
        <translation>o arquivo está danificado ou não é um arquivo de ocorrências</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (not an SQLite database)</source>
        <translation>%1 não é um arquivo MBTiles (não é um banco de dados SQLite)</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it has no tiles and metadata tables)</source>
        <translation>%1 não é um arquivo MBTiles (não tem as tabelas tiles e metadata)</translation>
    </message>
    <message>
        <source>%1 holds vector tiles: import it as a vector basemap</source>
        <translation>%1 contém blocos vetoriais: importe-o como mapa de base vetorial</translation>
    </message>
    <message>
        <source>%1 is refused: its “metadata” is not a table (CoSafe reads no view or virtual table it does not know)</source>
        <translation>%1 foi recusado: seu “metadata” não é uma tabela (o CoSafe não lê visões nem tabelas virtuais que não conhece)</translation>
    </message>
    <message>
        <source>%1 is refused: its “tiles” is a view CoSafe does not know, not a table (a view can run any query, even one that never ends)</source>
        <translation>%1 foi recusado: seu “tiles” é uma visão que o CoSafe não conhece, não uma tabela (uma visão pode executar qualquer consulta, até uma que nunca termina)</translation>
    </message>
    <message>
        <source>%1 took too long to read, so it was refused</source>
        <translation>%1 demorou demais para ser lido, por isso foi recusado</translation>
    </message>
    <message>
        <source>%1 is damaged: its tables cannot be read</source>
        <translation>%1 está danificado: não é possível ler suas tabelas</translation>
    </message>
    <message>
        <source>%1 is damaged: its tiles cannot be read</source>
        <translation>%1 está danificado: não é possível ler seus blocos</translation>
    </message>
    <message>
        <source>%1 has no tiles</source>
        <translation>%1 não tem blocos</translation>
    </message>
    <message>
        <source>%1 has a tile that is not a PNG, JPEG or WebP image</source>
        <translation>%1 tem um bloco que não é uma imagem PNG, JPEG ou WebP</translation>
    </message>
    <message>
        <source>Copying tiles (%1 of %2)</source>
        <translation>Copiando blocos (%1 de %2)</translation>
    </message>
    <message>
        <source>%1 is not on this computer&apos;s disk; CoSafe reads and writes only local files, never network addresses or GDAL virtual file systems</source>
        <translation>%1 não está no disco deste computador; o CoSafe lê e grava só arquivos locais, nunca endereços de rede nem sistemas de arquivos virtuais do GDAL</translation>
    </message>
    <message>
        <source>OpenStreetMap (.osm, .osm.pbf), GeoJSON (also TopoJSON and GeoJSON sequences), GeoPackage, Shapefile (also zipped), File Geodatabase (.gdb folder, also zipped), KML/KMZ, GPX, GML, FlatGeobuf, MapInfo (.tab, .mif), CSV with longitude/latitude columns</source>
        <translation>OpenStreetMap (.osm, .osm.pbf), GeoJSON (também TopoJSON e sequências GeoJSON), GeoPackage, Shapefile (também compactado), File Geodatabase (pasta .gdb, também compactada), KML/KMZ, GPX, GML, FlatGeobuf, MapInfo (.tab, .mif), CSV com colunas de longitude/latitude</translation>
    </message>
    <message>
        <source>%1 cannot be read as an incident file (%2); CoSafe reads %3</source>
        <translation>%1 não pode ser lido como arquivo de ocorrências (%2); o CoSafe lê %3</translation>
    </message>
    <message>
        <source>%1 cannot be read as a map file (%2); CoSafe reads %3</source>
        <translation>%1 não pode ser lido como arquivo de mapa (%2); o CoSafe lê %3</translation>
    </message>
    <message>
        <source>%1 is a GDAL pipeline (GDALG), not an incident file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 é um pipeline do GDAL (GDALG), não um arquivo de ocorrências: faria o GDAL ler outros arquivos ou endereços de rede, por isso o CoSafe não o abre</translation>
    </message>
    <message>
        <source>%1 is a GDAL pipeline (GDALG), not a map file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 é um pipeline do GDAL (GDALG), não um arquivo de mapa: faria o GDAL ler outros arquivos ou endereços de rede, por isso o CoSafe não o abre</translation>
    </message>
    <message>
        <source>%1 is a GDAL virtual layer (VRT), not an incident file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 é uma camada virtual do GDAL (VRT), não um arquivo de ocorrências: faria o GDAL ler outros arquivos ou endereços de rede, por isso o CoSafe não o abre</translation>
    </message>
    <message>
        <source>%1 is a GDAL virtual layer (VRT), not a map file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 é uma camada virtual do GDAL (VRT), não um arquivo de mapa: faria o GDAL ler outros arquivos ou endereços de rede, por isso o CoSafe não o abre</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage without map layers: its tables hold values but no shapes to draw</source>
        <translation>%1 é um GeoPackage sem camadas de mapa: suas tabelas contêm valores, mas nenhuma forma para desenhar</translation>
    </message>
    <message>
        <source>it is an SQLite database but not a GeoPackage</source>
        <translation>é um banco de dados SQLite, mas não um GeoPackage</translation>
    </message>
    <message>
        <source>%1 is a MapInfo table that reads other tables (seamless, a view or a link to a database), not one holding its own data: open it in MapInfo or QGIS and save it as a GeoPackage or Shapefile</source>
        <translation>%1 é uma tabela do MapInfo que lê outras tabelas (contínua, uma vista ou um vínculo a um banco de dados), não uma com dados próprios: abra-a no MapInfo ou no QGIS e salve-a como GeoPackage ou Shapefile</translation>
    </message>
    <message>
        <source>%1 is a MapInfo file without its %2 part beside it: MapInfo keeps a table in several files; copy them all into the same folder</source>
        <translation>%1 é um arquivo do MapInfo sem a sua parte %2 ao lado: o MapInfo guarda uma tabela em vários arquivos; copie todos para a mesma pasta</translation>
    </message>
    <message>
        <source>%1 is a spreadsheet workbook (Excel or OpenDocument), not a CSV file: open it in a spreadsheet program, save it as CSV, and import that</source>
        <translation>%1 é uma pasta de trabalho de planilha (Excel ou OpenDocument), não um arquivo CSV: abra-o em um programa de planilhas, salve-o como CSV e importe esse arquivo</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not an incident file: download the data file itself, not the page that offers it</source>
        <translation>%1 é uma página web (HTML), não um arquivo de ocorrências: baixe o próprio arquivo de dados, não a página que o oferece</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not a map file: download the data file itself, not the page that offers it</source>
        <translation>%1 é uma página web (HTML), não um arquivo de mapa: baixe o próprio arquivo de dados, não a página que o oferece</translation>
    </message>
    <message>
        <source>%1 has no header line: its first line holds values (such as %2), not column names; add a first line that names the columns</source>
        <translation>%1 não tem linha de cabeçalho: sua primeira linha contém valores (como %2), não nomes de colunas; adicione uma primeira linha que nomeie as colunas</translation>
    </message>
    <message>
        <source>%1 is a raster GeoPackage (map tiles or an image), not an incident file</source>
        <translation>%1 é um GeoPackage raster (blocos de mapa ou uma imagem), não um arquivo de incidentes</translation>
    </message>
    <message>
        <source>%1 is a raster GeoPackage (map tiles or an image), not vector layers: import it as a tile basemap (File › Import Basemap, or cosafe import-basemap)</source>
        <translation>%1 é um GeoPackage raster (blocos de mapa ou uma imagem), não camadas vetoriais: importe-o como mapa de base de blocos (Arquivo › Importar mapa de base, ou cosafe import-basemap)</translation>
    </message>
    <message>
        <source>%1 is a %2 file of a version or variant CoSafe cannot read; save it again as %2 with current GIS software (e.g. QGIS)</source>
        <translation>%1 é um arquivo %2 de uma versão ou variante que o CoSafe não consegue ler; salve-o novamente como %2 com um programa SIG atual (p. ex. QGIS)</translation>
    </message>
    <message>
        <source>XML whose root is &lt;%1&gt;, not OSM, GPX, KML or GML</source>
        <translation>XML cuja raiz é &lt;%1&gt;, não OSM, GPX, KML nem GML</translation>
    </message>
    <message>
        <source>a damaged zip archive</source>
        <translation>um arquivo zip danificado</translation>
    </message>
    <message>
        <source>a zip archive with no shapefile, KML or File Geodatabase inside</source>
        <translation>um arquivo zip sem shapefile, KML nem File Geodatabase dentro</translation>
    </message>
    <message>
        <source>%1 declares XML entities, which OSM files never do; it was not imported</source>
        <translation>%1 declara entidades XML, o que arquivos OSM nunca fazem; não foi importado</translation>
    </message>
    <message>
        <source>%1 is empty or a folder, not an incident file</source>
        <translation>%1 está vazio ou é uma pasta, não um arquivo de ocorrências</translation>
    </message>
    <message>
        <source>%1 is empty or a folder, not a map file</source>
        <translation>%1 está vazio ou é uma pasta, não um arquivo de mapa</translation>
    </message>
    <message>
        <source>%1 could not be read: making a corrected copy of its features failed (%2)</source>
        <translation>Não foi possível ler %1: a criação de uma cópia corrigida das suas feições falhou (%2)</translation>
    </message>
    <message>
        <source>%1 declares a coordinate reference system CoSafe cannot understand (its .prj file, or the declaration inside the file, is damaged); correct or remove it, then say which system the file uses (e.g. EPSG:32737)</source>
        <translation>%1 declara um sistema de referência de coordenadas que o CoSafe não entende (seu arquivo .prj, ou a declaração dentro do arquivo, está danificado); corrija-o ou remova-o e depois indique qual sistema o arquivo usa (p. ex. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>two GDAL drivers</comment>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>its content is %1 but GDAL reads it as %2</source>
        <translation>seu conteúdo é %1, mas o GDAL o lê como %2</translation>
    </message>
    <message>
        <source>%1 has no coordinates (no longitude/latitude columns found)</source>
        <translation>%1 não tem coordenadas (nenhuma coluna de longitude/latitude encontrada)</translation>
    </message>
    <message>
        <source>%1 has no coordinates</source>
        <translation>%1 não tem coordenadas</translation>
    </message>
    <message>
        <source>%1 has no longitude/latitude columns CoSafe recognises (it looks for names such as longitude, lon, lng, latitude, lat, x, y); rename them, or import the file as recorded incidents, where the columns can be chosen</source>
        <translation>%1 não tem colunas de longitude/latitude que o CoSafe reconheça (ele procura nomes como longitude, lon, lng, latitude, lat, x, y); renomeie-as ou importe o arquivo como ocorrências registradas, onde as colunas podem ser escolhidas</translation>
    </message>
    <message>
        <source>%1 has no layer with geometry</source>
        <translation>%1 não tem camada com geometria</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system; say which one it uses (e.g. EPSG:32737)</source>
        <translation>%1 não tem sistema de referência de coordenadas; indique qual usa (p. ex. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an incident file (%2)</source>
        <translation>%1 não pode ser lido como arquivo de ocorrências (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be read as a map file (%2)</source>
        <translation>%1 não pode ser lido como arquivo de mapa (%2)</translation>
    </message>
    <message>
        <source>%1: layer %2 has no geometry</source>
        <translation>%1: a camada %2 não tem geometria</translation>
    </message>
    <message>
        <source>%1: its text cannot be read as %2; choose another encoding (this file declares %3)</source>
        <translation>%1: o seu texto não pode ser lido como %2; escolha outra codificação (este ficheiro declara %3)</translation>
    </message>
    <message>
        <source>%1: its text cannot be read as %2; choose another encoding</source>
        <translation>%1: o seu texto não pode ser lido como %2; escolha outra codificação</translation>
    </message>
    <message>
        <source>%1 has shapes CoSafe cannot read; the file is damaged or incomplete</source>
        <translation>%1 tem formas que o CoSafe não consegue ler; o arquivo está danificado ou incompleto</translation>
    </message>
    <message>
        <source>%1: unknown coordinate reference system %2</source>
        <translation>%1: sistema de referência de coordenadas desconhecido %2</translation>
    </message>
    <message>
        <source>%1: its coordinates cannot be converted from the coordinate reference system %2 to longitude/latitude; give the one it really uses (e.g. EPSG:32737)</source>
        <translation>%1: suas coordenadas não podem ser convertidas do sistema de referência de coordenadas %2 para longitude/latitude; indique o que usa realmente (p. ex. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 has coordinates outside longitude −180…180 / latitude −90…90: its coordinate reference system is wrong or missing</source>
        <translation>%1 tem coordenadas fora de longitude −180…180 / latitude −90…90: seu sistema de referência de coordenadas está errado ou ausente</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Europa Ocidental)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>CP437 (DOS, United States)</source>
        <translation>CP437 (DOS, Estados Unidos)</translation>
    </message>
    <message>
        <source>CP850 (DOS, Western Europe)</source>
        <translation>CP850 (DOS, Europa Ocidental)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central Europe)</source>
        <translation>Windows-1250 (Europa Central)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (cirílico)</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (árabe)</translation>
    </message>
    <message>
        <source>%1 is georeferenced in a coordinate reference system CoSafe cannot convert to map coordinates; save it in another one (e.g. its UTM zone or EPSG:4326) with QGIS</source>
        <translation>%1 está georreferenciado em um sistema de referência de coordenadas que o CoSafe não consegue converter em coordenadas do mapa; salve-o em outro (p. ex. sua zona UTM ou EPSG:4326) com o QGIS</translation>
    </message>
    <message>
        <source>%1 lies outside the map CoSafe draws (beyond 85° of latitude)</source>
        <translation>%1 está fora do mapa que o CoSafe desenha (além de 85° de latitude)</translation>
    </message>
    <message>
        <source>Making map tiles (%1 of %2)</source>
        <translation>Criando blocos do mapa (%1 de %2)</translation>
    </message>
    <message>
        <source>%1 is damaged: part of its image cannot be read</source>
        <translation>%1 está danificado: não é possível ler parte de sua imagem</translation>
    </message>
    <message>
        <source>%1 has no visible pixels (all of it is nodata or transparent)</source>
        <translation>%1 não tem pixels visíveis (tudo é sem dados ou transparente)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: it is damaged, or not a GeoTIFF, PNG or JPEG</source>
        <translation>%1 não pode ser lido como imagem: está danificado, ou não é um GeoTIFF, PNG ou JPEG</translation>
    </message>
    <message>
        <source>%1 has no georeferencing: place it on the map by control points instead</source>
        <translation>%1 não tem georreferenciamento: posicione-o no mapa por pontos de controle</translation>
    </message>
    <message>
        <source>%1 is refused: its tiles %2 are not a plain table (CoSafe reads no view it does not know)</source>
        <translation>%1 foi recusado: seus blocos %2 não são uma tabela simples (o CoSafe não lê nenhuma visão que não conheça)</translation>
    </message>
    <message>
        <source>%1 holds gridded values (such as elevations), not a map picture; CoSafe imports map tiles and images</source>
        <translation>%1 contém valores em grade (como altitudes), não uma imagem de mapa; o CoSafe importa blocos de mapa e imagens</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system for its tiles</source>
        <translation>%1 não tem sistema de referência de coordenadas para seus blocos</translation>
    </message>
    <message>
        <source>%1 is damaged: its vector tiles cannot be read</source>
        <translation>%1 está danificado: não é possível ler seus blocos vetoriais</translation>
    </message>
    <message>
        <source>%1 lists no layers of vector tiles</source>
        <translation>%1 não lista nenhuma camada de blocos vetoriais</translation>
    </message>
    <message>
        <source>house numbers are not drawn on CoSafe&apos;s map</source>
        <translation>os números das casas não são desenhados no mapa do CoSafe</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <source>This file does not say which coordinate system it uses. Type its EPSG code — it may be written in the file&apos;s documentation, or ask whoever made the file (for example EPSG:32737 is UTM zone 37 South).</source>
        <translation>Este arquivo não diz qual sistema de coordenadas usa. Digite seu código EPSG — ele pode estar na documentação do arquivo, ou pergunte a quem fez o arquivo (por exemplo, EPSG:32737 é UTM zona 37 Sul).</translation>
    </message>
    <message>
        <source>This file does not say which coordinate system it uses. Its coordinates all lie within longitude −180…180 and latitude −90…90: if they are longitude and latitude, type EPSG:4326; if not, type the EPSG code of the system they use.</source>
        <translation>Este arquivo não diz qual sistema de coordenadas usa. Todas as suas coordenadas estão entre −180…180 de longitude e −90…90 de latitude: se forem longitude e latitude, digite EPSG:4326; se não, digite o código EPSG do sistema que usam.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Import Basemap</source>
        <translation>Importar mapa de base</translation>
    </message>
    <message>
        <source>map file</source>
        <translation>arquivo de mapa</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln layers</source>
        <comment>%1: a file, %2: its format</comment>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln camada</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln camadas</numerusform>
        </translation>
    </message>
    <message>
        <source>What the layer is called in the Layers panel</source>
        <translation>O nome da camada no painel Camadas</translation>
    </message>
    <message>
        <source>Layer &amp;name:</source>
        <translation>&amp;Nome da camada:</translation>
    </message>
    <message>
        <source>Each layer of the file becomes its own basemap layer, named after this and the source layer.</source>
        <translation>Cada camada do arquivo vira uma camada própria do mapa de base, com o nome formado por este e pela camada de origem.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Selecionar &amp;todas</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>Selecionar nen&amp;huma</translation>
    </message>
    <message>
        <source>Tick the layers to import, how to draw them and which field names their features:</source>
        <translation>Marque as camadas a importar, como desenhá-las e que campo dá nome às suas feições:</translation>
    </message>
    <message>
        <source>e.g. EPSG:4326</source>
        <translation>p. ex. EPSG:4326</translation>
    </message>
    <message>
        <source>The file&apos;s layers: tick those to import; what they hold, how each will be drawn and which field names its features</source>
        <translation>As camadas do ficheiro: marque as que quer importar; o que contêm, como cada uma será desenhada e que campo dá nome às suas feições</translation>
    </message>
    <message>
        <source>Label field</source>
        <translation>Campo de rótulo</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <source>Draw %1 as</source>
        <translation>Desenhar %1 como</translation>
    </message>
    <message>
        <source>How the map draws the source layer %1</source>
        <translation>Como o mapa desenha a camada de origem %1</translation>
    </message>
    <message>
        <source>The file does not say how its text is stored; it reads as %1, so %1 is chosen. Look at the examples; choose another encoding if the names look wrong.</source>
        <translation>O ficheiro não diz como o seu texto está guardado; lê-se como %1, por isso foi escolhido %1. Veja os exemplos; escolha outra codificação se os nomes parecerem errados.</translation>
    </message>
    <message>
        <source>e.g. EPSG:32737</source>
        <translation>p. ex. EPSG:32737</translation>
    </message>
    <message>
        <source>&amp;Coordinate system:</source>
        <translation>Sistema de &amp;coordenadas:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Source layers</source>
        <translation>Camadas de origem</translation>
    </message>
    <message>
        <source>Source layer</source>
        <translation>Camada de origem</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Geometria</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Feições</translation>
    </message>
    <message>
        <source>Draw as</source>
        <translation>Desenhar como</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Label field of %1</source>
        <translation>Campo de rótulo de %1</translation>
    </message>
    <message>
        <source>The field whose value names each feature of %1 on the map</source>
        <translation>O campo cujo valor dá nome a cada feição de %1 no mapa</translation>
    </message>
    <message>
        <source>As the file declares (%1)</source>
        <translation>Como o ficheiro declara (%1)</translation>
    </message>
    <message>
        <source>As the file declares</source>
        <translation>Como o ficheiro declara</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Codificação do texto</translation>
    </message>
    <message>
        <source>How the letters of the file&apos;s attributes are stored; the examples show the names as they will read</source>
        <translation>Como estão guardadas as letras dos atributos do ficheiro; os exemplos mostram os nomes tal como vão ler-se</translation>
    </message>
    <message>
        <source>The file says its text is %1, but it reads as %2, so %2 is chosen. Look at the examples; choose another encoding if the names look wrong.</source>
        <translation>O ficheiro diz que o seu texto está em %1, mas lê-se como %2, por isso foi escolhido %2. Veja os exemplos; escolha outra codificação se os nomes parecerem errados.</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>Codificação do t&amp;exto:</translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <comment>layers</comment>
        <translation>%1 de %2 escolhidas</translation>
    </message>
    <message>
        <source>“%1” is not a coordinate system CoSafe knows. Type an EPSG code such as EPSG:32737.</source>
        <translation>“%1” não é um sistema de coordenadas que o CoSafe conheça. Digite um código EPSG como EPSG:32737.</translation>
    </message>
</context>
<context>
    <name>IncidentImportDialog</name>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>Importar ocorrências registradas</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Arquivo: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Where the records come from; every incident is labelled with it</source>
        <translation>De onde vêm os registros; cada ocorrência é rotulada com ela</translation>
    </message>
    <message>
        <source>Required, e.g. Police records 2023</source>
        <translation>Obrigatório, p. ex. Registros policiais 2023</translation>
    </message>
    <message>
        <source>&amp;Longitude or x</source>
        <translation>&amp;Longitude ou x</translation>
    </message>
    <message>
        <source>L&amp;atitude or y</source>
        <translation>L&amp;atitude ou y</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Time of day</source>
        <translation>&amp;Hora do dia</translation>
    </message>
    <message>
        <source>Catego&amp;ry</source>
        <translation>Catego&amp;ria</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escrição</translation>
    </message>
    <message>
        <source>The column holding each incident&apos;s longitude (or projected x)</source>
        <translation>A coluna com a longitude de cada ocorrência (ou o x projetado)</translation>
    </message>
    <message>
        <source>The column holding each incident&apos;s latitude (or projected y)</source>
        <translation>A coluna com a latitude de cada ocorrência (ou o y projetado)</translation>
    </message>
    <message>
        <source>The column holding the date each incident happened</source>
        <translation>A coluna com a data em que cada ocorrência aconteceu</translation>
    </message>
    <message>
        <source>The column holding the time of day, when the date has none</source>
        <translation>A coluna com a hora do dia, quando a data não a traz</translation>
    </message>
    <message>
        <source>The column holding the kind of incident (robbery, assault…)</source>
        <translation>A coluna com o tipo de ocorrência (roubo, agressão…)</translation>
    </message>
    <message>
        <source>A column describing each incident, kept with it (shown when you identify it; left out of public exports)</source>
        <translation>Uma coluna que descreve cada ocorrência; guardada com ela (mostrada ao identificá-la; fora das exportações públicas)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Fonte</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Sistema de coordenadas</translation>
    </message>
    <message>
        <source>Only for projected x/y columns, e.g. EPSG:32737 or EPSG:2272</source>
        <translation>Só para colunas x/y projetadas, p. ex. EPSG:32737 ou EPSG:2272</translation>
    </message>
    <message>
        <source>e.g. EPSG:32737</source>
        <translation>p. ex. EPSG:32737</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato da data</translation>
    </message>
    <message>
        <source>How the dates are written; detected from the column</source>
        <translation>Como as datas estão escritas; detectado a partir da coluna</translation>
    </message>
    <message>
        <source>&amp;Coordinate system</source>
        <translation>&amp;Sistema de coordenadas</translation>
    </message>
    <message>
        <source>Date f&amp;ormat</source>
        <translation>F&amp;ormato da data</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeiras linhas do arquivo</translation>
    </message>
    <message>
        <source>The first rows of the file, as they are written in it</source>
        <translation>As primeiras linhas do arquivo, tal como estão escritas nele</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>escolhida</translation>
    </message>
    <message>
        <source>guessed: %1</source>
        <translation>deduzida: %1</translation>
    </message>
    <message>
        <source>none needed: the dates carry the time</source>
        <translation>não é preciso: as datas trazem a hora</translation>
    </message>
    <message>
        <source>no column found</source>
        <translation>nenhuma coluna encontrada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a control&apos;s tip (why its value)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose day/month or month/day…</source>
        <translation>Escolha dia/mês ou mês/dia…</translation>
    </message>
    <message>
        <source>Dates such as %1 could be day/month or month/day: choose which</source>
        <translation>Datas como %1 podem ser dia/mês ou mês/dia: escolha qual</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>Detect from the column</source>
        <translation>Detectar a partir da coluna</translation>
    </message>
    <message>
        <source>detected from the column&apos;s values</source>
        <translation>detectado a partir dos valores da coluna</translation>
    </message>
    <message>
        <source>no date column</source>
        <translation>não há coluna de data</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>nenhum detectado</translation>
    </message>
    <message>
        <source>chosen; it wins over what the columns look like</source>
        <translation>escolhido; prevalece sobre o que as colunas parecem</translation>
    </message>
    <message>
        <source>none needed: the coordinates are longitude and latitude</source>
        <translation>não é preciso: as coordenadas são longitude e latitude</translation>
    </message>
    <message>
        <source>needed: these x/y are not degrees; write their system</source>
        <translation>necessário: estes x/y não são graus; escreva o sistema</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows of the file read:</source>
        <translation>
            <numerusform>A %Ln linha do arquivo, lida:</numerusform>
            <numerusform>As %Ln linhas do arquivo, lidas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows read (the import counts the whole file):</source>
        <translation>
            <numerusform>A primeira %Ln linha lida (a importação conta o arquivo inteiro):</numerusform>
            <numerusform>As primeiras %Ln linhas lidas (a importação conta o arquivo inteiro):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be imported</source>
        <translation>
            <numerusform>%Ln será importada</numerusform>
            <numerusform>%Ln serão importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped without a usable location (lines %1)</source>
        <translation>
            <numerusform>%Ln ignorada por não ter localização utilizável (linha %1)</numerusform>
            <numerusform>%Ln ignoradas por não terem localização utilizável (linhas %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept without a date (theirs could not be read)</source>
        <translation>
            <numerusform>%Ln mantida sem data (não foi possível ler a sua)</numerusform>
            <numerusform>%Ln mantidas sem data (não foi possível ler a sua)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a time of day</source>
        <translation>
            <numerusform>%Ln com hora do dia</numerusform>
            <numerusform>%Ln com hora do dia</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>one count after another</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the rows read: what happens to them</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <comment>a column&apos;s name, then its role</comment>
        <translation>%1
(%2)</translation>
    </message>
</context>
<context>
    <name>IncidentImporter</name>
    <message>
        <source>Reading the file…</source>
        <translation>Lendo o arquivo…</translation>
    </message>
    <message numerus="yes">
        <source>Storing %Ln recorded incidents…</source>
        <translation>
            <numerusform>Guardando %Ln ocorrência registrada…</numerusform>
            <numerusform>Guardando %Ln ocorrências registradas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln recorded incidents from %1</source>
        <translation>
            <numerusform>Importar %Ln ocorrência registrada de %1</numerusform>
            <numerusform>Importar %Ln ocorrências registradas de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents stored</source>
        <translation>
            <numerusform>%Ln ocorrência registrada guardada</numerusform>
            <numerusform>%Ln ocorrências registradas guardadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing recorded incidents from %1…</source>
        <translation>Importando ocorrências registradas de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln recorded incidents (“%1”), shown apart from perceptions</source>
        <translation>
            <numerusform>%Ln ocorrência registrada importada (“%1”), mostrada separada das percepções</numerusform>
            <numerusform>%Ln ocorrências registradas importadas (“%1”), mostradas separadas das percepções</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>Importar ocorrências registradas</translation>
    </message>
</context>
<context>
    <name>IncidentOptionsDialog</name>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>Importar ocorrências registradas</translation>
    </message>
    <message>
        <source>Required, e.g. Police records 2023</source>
        <translation>Obrigatório, p. ex. Registros policiais 2023</translation>
    </message>
    <message>
        <source>Only for x/y columns, e.g. EPSG:32737</source>
        <translation>Só para colunas x/y, p. ex. EPSG:32737</translation>
    </message>
    <message>
        <source>Found by name (category, type, offence…) when blank</source>
        <translation>Encontrada pelo nome (categoria, tipo, delito…) se ficar em branco</translation>
    </message>
    <message>
        <source>Found by name (date, occurred_on…) when blank</source>
        <translation>Encontrada pelo nome (data, occurred_on…) se ficar em branco</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Fonte</translation>
    </message>
    <message>
        <source>&amp;CRS</source>
        <translation>&amp;SRC</translation>
    </message>
    <message>
        <source>Ca&amp;tegory column</source>
        <translation>Coluna de ca&amp;tegoria</translation>
    </message>
    <message>
        <source>&amp;Date column</source>
        <translation>Coluna de &amp;data</translation>
    </message>
</context>
<context>
    <name>IncidentTimesView</name>
    <message>
        <source>Recorded incidents by time of day (imported data, not perceptions)</source>
        <translation>Ocorrências registradas por período do dia (dados importados, não percepções)</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Período do dia</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Recorded incidents</source>
        <translation>Ocorrências registradas</translation>
    </message>
    <message>
        <source>People&apos;s mean safety score (0–5)</source>
        <translation>Pontuação de segurança média das pessoas (0–5)</translation>
    </message>
    <message>
        <source>Pins marked unsafe</source>
        <translation>Alfinetes marcados como inseguros</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>clock hours, from–to</comment>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>Time unknown: %Ln recorded incidents have no time of day in their data; they are counted here, not put in a band.</source>
        <translation>
            <numerusform>Hora desconhecida: %Ln ocorrência registrada não tem hora do dia nos seus dados; é contada aqui, sem ser posta num período.</numerusform>
            <numerusform>Hora desconhecida: %Ln ocorrências registradas não têm hora do dia nos seus dados; são contadas aqui, sem serem postas num período.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every recorded incident here has its time of day.</source>
        <translation>Cada ocorrência registrada aqui tem a sua hora do dia.</translation>
    </message>
    <message>
        <source>Incidents are put in a band by their recorded clock time; walks and pins by what was recorded for them.</source>
        <translation>As ocorrências são postas num período pela hora registrada; as caminhadas e os alfinetes pelo que foi anotado para eles.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a count (its share)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>%1 has x/y columns but no coordinate reference system; say which one it uses (e.g. EPSG:32737)</source>
        <translation>%1 tem colunas x/y, mas não tem sistema de referência de coordenadas; indique qual usa (p. ex. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 holds no incidents</source>
        <translation>%1 não contém ocorrências</translation>
    </message>
    <message>
        <source>%1 has no dates: column %2 is empty</source>
        <translation>%1 não tem datas: a coluna %2 está vazia</translation>
    </message>
    <message>
        <source>%1: column %2 mixes day/month and month/day dates; write them as 2024-03-14</source>
        <translation>%1: a coluna %2 mistura datas dia/mês e mês/dia; escreva-as como 2024-03-14</translation>
    </message>
    <message numerus="yes">
        <source>its date column %1 is blank in every row, so all %Ln incidents were kept without a date</source>
        <translation>
            <numerusform>a sua coluna de data %1 está vazia em todas as linhas, então a sua %Ln ocorrência foi mantida sem data</numerusform>
            <numerusform>a sua coluna de data %1 está vazia em todas as linhas, então todas as suas %Ln ocorrências foram mantidas sem data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file has no date column, so all %Ln incidents were kept without a date</source>
        <translation>
            <numerusform>o arquivo não tem coluna de data, então a sua %Ln ocorrência foi mantida sem data</numerusform>
            <numerusform>o arquivo não tem coluna de data, então todas as suas %Ln ocorrências foram mantidas sem data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %Ln rows without a location (lines %1)</source>
        <translation>
            <numerusform>%Ln linha sem localização ignorada (linha %1)</numerusform>
            <numerusform>%Ln linhas sem localização ignoradas (linhas %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept %Ln rows without a date because theirs could not be read</source>
        <translation>
            <numerusform>%Ln linha mantida sem data porque a sua não pôde ser lida</numerusform>
            <numerusform>%Ln linhas mantidas sem data porque as suas não puderam ser lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>a summary and what was left out of it</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1: no row has a usable location</source>
        <translation>%1: nenhuma linha tem uma localização utilizável</translation>
    </message>
    <message>
        <source>%1 has no column %2 (its columns: %3)</source>
        <translation>%1 não tem a coluna %2 (suas colunas: %3)</translation>
    </message>
    <message>
        <source>%1 has no coordinates: no longitude/latitude or x/y columns found; name the columns that hold them</source>
        <translation>%1 não tem coordenadas: nenhuma coluna de longitude/latitude ou x/y encontrada; nomeie as colunas que as contêm</translation>
    </message>
    <message>
        <source>%1: no row has a usable location: the values of %2 and %3 (such as %4, %5) lie outside longitude/latitude&apos;s range; if they are projected x/y, say which coordinate reference system they use (e.g. EPSG:32737)</source>
        <translation>%1: nenhuma linha tem uma localização utilizável: os valores de %2 e %3 (como %4, %5) estão fora do intervalo de longitude/latitude; se forem x/y projetados, indique qual sistema de referência de coordenadas usam (p. ex. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 cannot be read as a table of incidents</source>
        <translation>%1 não pode ser lido como uma tabela de ocorrências</translation>
    </message>
    <message>
        <source>%1: unknown coordinate reference system %2 (write it as EPSG:32737, for example)</source>
        <translation>%1: sistema de referência de coordenadas desconhecido %2 (escreva-o como EPSG:32737, por exemplo)</translation>
    </message>
    <message>
        <source>%1: dates such as %2 in column %3 could be day/month or month/day; choose the date format (e.g. %4)</source>
        <translation>%1: datas como %2 na coluna %3 podem ser dia/mês ou mês/dia; escolha o formato de data (p. ex. %4)</translation>
    </message>
    <message>
        <source>%1: column %2 holds no date CoSafe can read (such as %3); choose the date format</source>
        <translation>%1: a coluna %2 não contém nenhuma data que o CoSafe consiga ler (como %3); escolha o formato de data</translation>
    </message>
    <message>
        <source>%1 has no column %2 (it has no columns)</source>
        <translation>%1 não tem a coluna %2 (não tem colunas)</translation>
    </message>
    <message>
        <source>%1 has no layer %2 (its layers: %3)</source>
        <translation>%1 não tem a camada %2 (suas camadas: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln layers (%2); say which one holds the incidents</source>
        <translation>
            <numerusform>%1 tem %Ln camada (%2); indique qual contém as ocorrências</numerusform>
            <numerusform>%1 tem %Ln camadas (%2); indique qual contém as ocorrências</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>escolhida</translation>
    </message>
    <message>
        <source>named like one</source>
        <translation>pelo nome</translation>
    </message>
    <message>
        <source>its values are degrees</source>
        <translation>seus valores são graus</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>nenhuma escolhida</translation>
    </message>
    <message>
        <source>year-month-day (2024-03-14)</source>
        <translation>ano-mês-dia (2024-03-14)</translation>
    </message>
    <message>
        <source>month only (2022-12), stored as the month&apos;s first day</source>
        <translation>só o mês (2022-12), guardado como o primeiro dia do mês</translation>
    </message>
    <message>
        <source>day.month.year (14.03.2024)</source>
        <translation>dia.mês.ano (14.03.2024)</translation>
    </message>
    <message>
        <source>day/month/year (14/03/2024)</source>
        <translation>dia/mês/ano (14/03/2024)</translation>
    </message>
    <message>
        <source>month/day/year (03/14/2024)</source>
        <translation>mês/dia/ano (03/14/2024)</translation>
    </message>
    <message>
        <source>weekday month day time year (Thu Apr 01 15:30:00 UTC 2010)</source>
        <translation>dia da semana, mês, dia, hora, ano (Thu Apr 01 15:30:00 UTC 2010)</translation>
    </message>
    <message>
        <source>written month (14 March 2024)</source>
        <translation>mês por extenso (14 March 2024)</translation>
    </message>
    <message>
        <source>the chosen format %1</source>
        <translation>o formato escolhido %1</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1
Cancelling…</source>
        <translation>%1
Cancelando…</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Use CoSafe in %1 (from its next start)</source>
        <translation>Usar o CoSafe em %1 (a partir da próxima inicialização)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>CoSafe will speak %1 the next time it starts. Every change to the project is already saved. Restart now?</source>
        <translation>O CoSafe usará %1 na próxima vez que iniciar. Todas as alterações do projeto já estão salvas. Reiniciar agora?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Reiniciar agora</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>CoSafe does not speak “%1”; choose one of: %2</source>
        <translation>O CoSafe não fala “%1”; escolha um de: %2</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Show layer “%1”</source>
        <translation>Mostrar camada “%1”</translation>
    </message>
    <message>
        <source>Hide layer “%1”</source>
        <translation>Ocultar camada “%1”</translation>
    </message>
    <message>
        <source>Rename layer “%1” to “%2”</source>
        <translation>Renomear camada “%1” para “%2”</translation>
    </message>
    <message>
        <source>Set opacity of “%1” to %2%</source>
        <translation>Definir opacidade de “%1” como %2%</translation>
    </message>
    <message>
        <source>Remove layer “%1”</source>
        <translation>Remover camada “%1”</translation>
    </message>
    <message>
        <source>Move layer “%1” up</source>
        <translation>Mover camada “%1” para cima</translation>
    </message>
    <message>
        <source>Move layer “%1” down</source>
        <translation>Mover camada “%1” para baixo</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>Vetor</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Blocos</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tiles</source>
        <translation>
            <numerusform>%Ln bloco</numerusform>
            <numerusform>%Ln blocos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayersExportDialog</name>
    <message>
        <source>Export Layers</source>
        <translation>Exportar camadas</translation>
    </message>
    <message>
        <source>&amp;GeoPackage (one file, opens in QGIS)</source>
        <translation>&amp;GeoPackage (um arquivo, abre no QGIS)</translation>
    </message>
    <message>
        <source>Geo&amp;JSON (a file per layer, tables as CSV)</source>
        <translation>Geo&amp;JSON (um arquivo por camada, tabelas em CSV)</translation>
    </message>
    <message>
        <source>&amp;Public version</source>
        <translation>Versão &amp;pública</translation>
    </message>
    <message>
        <source>Public: perception pins are moved to the centre of a %1 m grid square and stories, comments and notes are emptied, so the files can be shared openly.</source>
        <translation>Público: os alfinetes de percepção são movidos para o centro de um quadrado de grade de %1 m e os relatos, comentários e notas são esvaziados, para que os arquivos possam ser compartilhados abertamente.</translation>
    </message>
    <message>
        <source>Untick for the project team: pins at their places, with their stories. Contacts are never exported.</source>
        <translation>Desmarque para a equipe do projeto: alfinetes em seus locais, com seus relatos. Os contatos nunca são exportados.</translation>
    </message>
    <message>
        <source>Choose a folder for the files</source>
        <translation>Escolha uma pasta para os arquivos</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Pasta</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export Layers to Folder</source>
        <translation>Exportar camadas para a pasta</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <source>Basemap layers</source>
        <translation>Camadas do mapa de base</translation>
    </message>
    <message>
        <source>The map&apos;s layers, top to bottom; tick to show, drag to reorder</source>
        <translation>As camadas do mapa, de cima para baixo; marque para mostrar, arraste para reordenar</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Camada</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Feições</translation>
    </message>
    <message>
        <source>No basemap yet. Import a street map (OpenStreetMap, GeoJSON, Shapefile…), MBTiles, or a photo of a paper map.</source>
        <translation>Nenhum mapa de base ainda. Importe um mapa de ruas (OpenStreetMap, GeoJSON, Shapefile…), MBTiles ou a foto de um mapa em papel.</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacidade</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move Up: draw the selected layer above the one over it</source>
        <translation>Mover para cima: desenhar a camada selecionada acima da que está sobre ela</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Move Down: draw the selected layer below the one under it</source>
        <translation>Mover para baixo: desenhar a camada selecionada abaixo da que está sob ela</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected layer (Undo brings it back)</source>
        <translation>Remover a camada selecionada (Desfazer a traz de volta)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a map file, MBTiles or a photo of a paper map (Ctrl+I)</source>
        <translation>Importar um arquivo de mapa, MBTiles ou a foto de um mapa em papel (Ctrl+I)</translation>
    </message>
    <message>
        <source>%1
from %2</source>
        <comment>a layer&apos;s name and the file it came from</comment>
        <translation>%1
de %2</translation>
    </message>
    <message>
        <source>Zoom to Layer</source>
        <translation>Zoom para a camada</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>opacity</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Remover camada</translation>
    </message>
    <message>
        <source>Remove “%1” from the project? Undo (Ctrl+Z) brings it back until the project is closed.</source>
        <translation>Remover “%1” do projeto? Desfazer (Ctrl+Z) a traz de volta até o projeto ser fechado.</translation>
    </message>
</context>
<context>
    <name>LinkedPlacesField</name>
    <message>
        <source>Linked places</source>
        <translation>Lugares vinculados</translation>
    </message>
    <message>
        <source>The proposals, pins and audit points this action answers; Delete removes the selected ones</source>
        <translation>As propostas, alfinetes e pontos de auditoria a que esta ação responde; Delete remove os selecionados</translation>
    </message>
    <message>
        <source>Pick on &amp;Map</source>
        <translation>Escolher no &amp;mapa</translation>
    </message>
    <message>
        <source>Then click proposals, audit points or pins on the map to link them</source>
        <translation>Depois clique em propostas, pontos de auditoria ou alfinetes no mapa para vinculá-los</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>No places linked yet: press Pick on Map and click proposals, audit points or pins.</source>
        <translation>Nenhum lugar vinculado ainda: pressione Escolher no mapa e clique em propostas, pontos de auditoria ou alfinetes.</translation>
    </message>
    <message>
        <source>Pick on Map adds more; select a place and press Remove to unlink it.</source>
        <translation>Escolher no mapa adiciona mais; selecione um lugar e pressione Remover para desvinculá-lo.</translation>
    </message>
    <message>
        <source>That place is linked already</source>
        <translation>Esse lugar já está vinculado</translation>
    </message>
    <message>
        <source>Linked %1</source>
        <comment>%1: a place, e.g. Proposal: Lights on Soko St</comment>
        <translation>Vinculado: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Project Overview</source>
        <translation>Visão geral do projeto</translation>
    </message>
    <message>
        <source>Project opened</source>
        <translation>Projeto aberto</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Histórico de alterações</translation>
    </message>
    <message>
        <source>Every change since the project was opened; click one to go back to it</source>
        <translation>Todas as alterações desde que o projeto foi aberto; clique em uma para voltar a ela</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Histórico de alterações</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identificar</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Nenhum projeto recente</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Limpar lista</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Sobre o %1</translation>
    </message>
    <message>
        <source>How CoSafe saves</source>
        <translation>Como o CoSafe salva</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Basemap point features</source>
        <translation>Feições de ponto do mapa de base</translation>
    </message>
    <message>
        <source>Basemap line features</source>
        <translation>Feições de linha do mapa de base</translation>
    </message>
    <message>
        <source>Basemap polygon features</source>
        <translation>Feições de polígono do mapa de base</translation>
    </message>
    <message>
        <source>Polygon proposals</source>
        <translation>Propostas de polígono</translation>
    </message>
    <message>
        <source>Line proposals</source>
        <translation>Propostas de linha</translation>
    </message>
    <message>
        <source>Point proposals</source>
        <translation>Propostas de ponto</translation>
    </message>
    <message>
        <source>Basemap: project data</source>
        <translation>Mapa de base: dados do projeto</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Nenhum projeto aberto</translation>
    </message>
    <message>
        <source>No basemap yet</source>
        <translation>Nenhum mapa de base ainda</translation>
    </message>
    <message>
        <source>Image size must be 1 to %1 pixels a side, not %2x%3</source>
        <translation>O tamanho da imagem deve ser de 1 a %1 pixels por lado, não %2x%3</translation>
    </message>
    <message>
        <source>DPI must be between 10 and 2400, not %1</source>
        <translation>O DPI deve estar entre 10 e 2400, não %1</translation>
    </message>
    <message>
        <source>Nothing to draw: the project has no visible basemap layer and nothing to show in the chosen overlays</source>
        <translation>Nada a desenhar: o projeto não tem camada de mapa de base visível nem nada a mostrar nas sobreposições escolhidas</translation>
    </message>
    <message>
        <source>Nothing to draw: the project has no visible basemap layer</source>
        <translation>Nada a desenhar: o projeto não tem camada de mapa de base visível</translation>
    </message>
    <message>
        <source>Unknown map overlay %1; choose from %2</source>
        <translation>Sobreposição de mapa desconhecida %1; escolha entre %2</translation>
    </message>
    <message>
        <source>%1 km</source>
        <comment>a length on the scale bar</comment>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <comment>a length on the scale bar</comment>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>N</source>
        <comment>north, on the north arrow</comment>
        <translation>N</translation>
    </message>
</context>
<context>
    <name>MapAwayNote</name>
    <message>
        <source>The map is on the presentation screen.
Press F5 or Escape to bring it back here.</source>
        <translation>O mapa está na tela de apresentação.
Pressione F5 ou Escape para trazê-lo de volta aqui.</translation>
    </message>
    <message>
        <source>End Presentation</source>
        <translation>Encerrar apresentação</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>What Is &amp;Here?</source>
        <translation>O que há &amp;aqui?</translation>
    </message>
</context>
<context>
    <name>MapExportDialog</name>
    <message>
        <source>Export Map Image</source>
        <translation>Exportar imagem do mapa</translation>
    </message>
    <message>
        <source> px</source>
        <comment>after a number of pixels</comment>
        <translation> px</translation>
    </message>
    <message>
        <source> DPI</source>
        <comment>after a number of dots per inch</comment>
        <translation> DPI</translation>
    </message>
    <message>
        <source>&amp;Current view</source>
        <translation>Vista &amp;atual</translation>
    </message>
    <message>
        <source>&amp;Whole project</source>
        <translation>Projeto &amp;inteiro</translation>
    </message>
    <message>
        <source>Choose where to save the image</source>
        <translation>Escolha onde salvar a imagem</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largura:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>A&amp;ltura:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolução:</translation>
    </message>
    <message>
        <source>Extent:</source>
        <translation>Extensão:</translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation>Desenhar:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>The heat map as the Perception Map panel sets it: source and radius</source>
        <translation>O mapa de calor como o painel Mapa de percepção o define: fonte e raio</translation>
    </message>
    <message>
        <source>Blur pin locations for &amp;public sharing, to a grid of</source>
        <translation>Desfocar os locais dos alfinetes para compartilhamento &amp;público, em uma grade de</translation>
    </message>
    <message>
        <source>Each pin (and the heat made from pins) is drawn at the centre of its grid square, so no one&apos;s exact spot can be read from the map</source>
        <translation>Cada alfinete (e o calor feito a partir dos alfinetes) é desenhado no centro do seu quadrado da grade, para que o local exato de ninguém possa ser lido no mapa</translation>
    </message>
    <message>
        <source> m</source>
        <comment>after a number of metres</comment>
        <translation> m</translation>
    </message>
    <message>
        <source>Blur grid size</source>
        <translation>Tamanho da grade de desfoque</translation>
    </message>
    <message>
        <source>The side of the grid squares pins are blurred to, in metres</source>
        <translation>O lado dos quadrados da grade em que os alfinetes são desfocados, em metros</translation>
    </message>
    <message>
        <source>Prints %1 × %2 cm at this resolution</source>
        <translation>Imprime %1 × %2 cm nesta resolução</translation>
    </message>
    <message>
        <source>map</source>
        <comment>a file name</comment>
        <translation>mapa</translation>
    </message>
    <message>
        <source>PNG images (%1)</source>
        <translation>Imagens PNG (%1)</translation>
    </message>
    <message>
        <source>Map not exported</source>
        <translation>Mapa não exportado</translation>
    </message>
    <message>
        <source>%1 could not be written (check that the folder exists and that you may write to it)</source>
        <translation>Não foi possível gravar %1 (verifique se a pasta existe e se você tem permissão para gravar nela)</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Toolbar: Open, Export, Undo, Zoom</source>
        <translation>Barra de ferramentas: Abrir, Exportar, Desfazer, Zoom</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a command and its key</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;High-Contrast Map</source>
        <translation>Mapa de &amp;alto contraste</translation>
    </message>
    <message>
        <source>Black ink on white for bright rooms and weak projectors: only the groups are in colour</source>
        <translation>Tinta preta sobre branco para salas claras e projetores fracos: só os grupos ficam em cor</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Tela cheia</translation>
    </message>
    <message>
        <source>The window fills the screen</source>
        <translation>A janela ocupa a tela inteira</translation>
    </message>
    <message>
        <source>Presentation &amp;Mode</source>
        <translation>&amp;Modo de apresentação</translation>
    </message>
    <message>
        <source>The map for the room: full screen on the projector, large text, only the tools the room uses</source>
        <translation>O mapa para a sala: tela cheia no projetor, texto grande, só as ferramentas que a sala usa</translation>
    </message>
    <message>
        <source>Leave Full Screen or Presentation</source>
        <translation>Sair da tela cheia ou da apresentação</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a text size</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Novo projeto…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Criar um arquivo de projeto vazio</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir projeto…</translation>
    </message>
    <message>
        <source>Open a CoSafe project file</source>
        <translation>Abrir um arquivo de projeto do CoSafe</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>Abrir projeto de exemp&amp;lo</translation>
    </message>
    <message>
        <source>Open a fresh copy of the sample project to explore CoSafe</source>
        <translation>Abrir uma cópia nova do projeto de exemplo para explorar o CoSafe</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <source>Write a copy of the project to another file and continue there</source>
        <translation>Gravar uma cópia do projeto em outro arquivo e continuar nele</translation>
    </message>
    <message>
        <source>Remove &amp;Traces of Deleted Records…</source>
        <translation>Remover &amp;vestígios de registros excluídos…</translation>
    </message>
    <message>
        <source>Rewrite the project file so nothing deleted records held can be recovered</source>
        <translation>Regravar o arquivo do projeto para que nada do que os registros excluídos continham possa ser recuperado</translation>
    </message>
    <message>
        <source>E&amp;xport Map Image…</source>
        <translation>E&amp;xportar imagem do mapa…</translation>
    </message>
    <message>
        <source>Save the map as a PNG image for slides, posters and reports</source>
        <translation>Salvar o mapa como imagem PNG para slides, cartazes e relatórios</translation>
    </message>
    <message>
        <source>Zoom to &amp;Project</source>
        <translation>Zoom para o &amp;projeto</translation>
    </message>
    <message>
        <source>Show the workshop area: the proposals, pins, walks and the project area set</source>
        <translation>Mostrar a área da oficina: as propostas, os alfinetes, as caminhadas e a área do projeto definida</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fechar projeto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Project &amp;Properties…</source>
        <translation>&amp;Propriedades do projeto…</translation>
    </message>
    <message>
        <source>Name, place, description, privacy threshold, currency and report language</source>
        <translation>Nome, local, descrição, limiar de privacidade, moeda e idioma dos relatórios</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Restaurar disposição</translation>
    </message>
    <message>
        <source>Put the panels back where they started</source>
        <translation>Devolver os painéis às posições iniciais</translation>
    </message>
    <message>
        <source>Ne&amp;xt Panel</source>
        <translation>Próximo pai&amp;nel</translation>
    </message>
    <message>
        <source>Move the keyboard to the next panel: the map, the workshop bar, each open panel</source>
        <translation>Levar o teclado ao próximo painel: o mapa, a barra da oficina, cada painel aberto</translation>
    </message>
    <message>
        <source>Previous Panel</source>
        <translation>Painel anterior</translation>
    </message>
    <message>
        <source>Move the keyboard to the panel before</source>
        <translation>Levar o teclado ao painel anterior</translation>
    </message>
    <message>
        <source>&amp;About CoSafe</source>
        <translation>&amp;Sobre o CoSafe</translation>
    </message>
    <message>
        <source>How CoSafe &amp;Saves</source>
        <translation>&amp;Como o CoSafe salva</translation>
    </message>
    <message>
        <source>&amp;Workshop Guide</source>
        <translation>&amp;Guia da oficina</translation>
    </message>
    <message>
        <source>Preparing a workshop, running it and what comes after, illustrated (offline)</source>
        <translation>Preparar uma oficina, conduzi-la e o que vem depois, com ilustrações (offline)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Every key CoSafe answers to, by menu</source>
        <translation>Todas as teclas a que o CoSafe responde, por menu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>Presentation &amp;Text Size</source>
        <translation>Tamanho do te&amp;xto da apresentação</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Show or hide the toolbar with Open Project, Export Map Image, Undo, Redo and Zoom to Project</source>
        <translation>Mostrar ou ocultar a barra de ferramentas com Abrir projeto, Exportar imagem do mapa, Desfazer, Refazer e Zoom para o projeto</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Backing up the project…</source>
        <translation>Fazendo cópia de segurança do projeto…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contato</numerusform>
            <numerusform>%Ln contatos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pin stories</source>
        <translation>
            <numerusform>%Ln relato de alfinete</numerusform>
            <numerusform>%Ln relatos de alfinetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comments and notes</source>
        <translation>
            <numerusform>%Ln comentário ou nota</numerusform>
            <numerusform>%Ln comentários e notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln facilitators&apos; names</source>
        <translation>
            <numerusform>%Ln nome de facilitador(a)</numerusform>
            <numerusform>%Ln nomes de facilitadores(as)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos</source>
        <translation>
            <numerusform>%Ln foto</numerusform>
            <numerusform>%Ln fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants outside %1</source>
        <translation>
            <numerusform>%Ln participante fora de %1</numerusform>
            <numerusform>%Ln participantes fora de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list: “2 contacts, 1 photo and 3 participants”</comment>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Left out, and kept only in this project: %1.</source>
        <translation>Deixado de fora e mantido só neste projeto: %1.</translation>
    </message>
    <message>
        <source>Left out: nothing, since the project holds no contact, story, comment, note, name or photo.</source>
        <translation>Deixado de fora: nada, pois o projeto não contém contato, relato, comentário, nota, nome nem foto.</translation>
    </message>
    <message>
        <source>Left out: nothing, since the project holds no contact, story, comment, note, name or photo and no participant outside %1.</source>
        <translation>Deixado de fora: nada, pois o projeto não contém contato, relato, comentário, nota, nome nem foto, nem participante fora de %1.</translation>
    </message>
    <message>
        <source>Left out: nothing, since the project holds no contact, story, comment, note, name or photo and no participant.</source>
        <translation>Deixado de fora: nada, pois o projeto não contém contato, relato, comentário, nota, nome nem foto, nem participante.</translation>
    </message>
    <message>
        <source>The copy holds who took part in every group: each participant&apos;s code, gender, age band and role (never a contact). Anyone who finds the stick can read them.</source>
        <translation>A cópia contém quem participou de cada grupo: o código, o gênero, a faixa etária e o papel de cada participante (nunca um contato). Qualquer pessoa que encontrar a unidade USB poderá lê-los.</translation>
    </message>
    <message>
        <source>Several workshops have a group called “%1”; name it with its workshop, such as “%2”</source>
        <translation>Várias oficinas têm um grupo chamado “%1”; indique-o com a oficina, como “%2”</translation>
    </message>
    <message>
        <source>No group is called “%1”; the project has no groups</source>
        <translation>Nenhum grupo se chama “%1”; o projeto não tem grupos</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a group&apos;s name quoted</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>No group is called “%1”; the groups are %2</source>
        <translation>Nenhum grupo se chama “%1”; os grupos são %2</translation>
    </message>
    <message>
        <source>Give the field copy a name, such as “Field team 2”</source>
        <translation>Dê um nome à cópia de campo, como “Equipe de campo 2”</translation>
    </message>
    <message>
        <source>Choose a different file name for the field copy</source>
        <translation>Escolha outro nome de arquivo para a cópia de campo</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the field copy</source>
        <translation>%1 já existe; escolha outro nome para a cópia de campo</translation>
    </message>
    <message>
        <source>The project is read-only (%1); a field copy needs to write to it</source>
        <translation>O projeto é somente leitura (%1); uma cópia de campo precisa gravar nele</translation>
    </message>
    <message>
        <source>The team&apos;s group is no longer in the project; choose another</source>
        <translation>O grupo da equipe não está mais no projeto; escolha outro</translation>
    </message>
    <message>
        <source>The field copy was not written: cannot write in %1: %2</source>
        <translation>A cópia de campo não foi gravada: não é possível gravar em %1: %2</translation>
    </message>
    <message>
        <source>The field copy was not written: %1</source>
        <translation>A cópia de campo não foi gravada: %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lendo %1</translation>
    </message>
    <message>
        <source>Merging %1</source>
        <translation>Mesclando %1</translation>
    </message>
    <message>
        <source>%1 is damaged: a geometry in it cannot be read</source>
        <translation>%1 está danificado: não é possível ler uma geometria nele</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Salvando</translation>
    </message>
    <message>
        <source>%1 holds a record this project cannot take (%2)</source>
        <translation>%1 contém um registro que este projeto não pode aceitar (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: its records cannot be read (%2)</source>
        <translation>%1 está danificado: não é possível ler seus registros (%2)</translation>
    </message>
    <message>
        <source>The merge was cancelled; nothing was changed</source>
        <translation>A mesclagem foi cancelada; nada foi alterado</translation>
    </message>
    <message>
        <source>%1 is the project you are merging into; choose another file</source>
        <translation>%1 é o projeto no qual você está mesclando; escolha outro arquivo</translation>
    </message>
    <message>
        <source>laptop of %1</source>
        <comment>a laptop never named, called after a file merged from it</comment>
        <translation>laptop de %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a file and the laptop it came from: “field2.gpkg (Field team 2)”</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 skipped, %5 in conflict</source>
        <translation>%1: %2 adicionados, %3 atualizados, %4 ignorados, %5 em conflito</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Este projeto</translation>
    </message>
    <message>
        <source>%1 is a field copy, so it leaves out of %2 what a field copy may not hold: here, nothing.</source>
        <translation>%1 é uma cópia de campo, então deixa de fora de %2 o que uma cópia de campo não pode conter: aqui, nada.</translation>
    </message>
    <message>
        <source>%1 is a field copy, so it leaves out of %2 what a field copy may not hold: %3.</source>
        <translation>%1 é uma cópia de campo, então deixa de fora de %2 o que uma cópia de campo não pode conter: %3.</translation>
    </message>
    <message>
        <source>No conflict on that %1 is waiting to be resolved</source>
        <comment>%1 is a kind of record</comment>
        <translation>Nenhum conflito nesse registro (%1) aguarda resolução</translation>
    </message>
    <message>
        <source>Two %1 cannot share a key; keep mine or theirs</source>
        <comment>%1 is a kind of record, in lower case: “reason tags”</comment>
        <translation>Dois registros (%1) não podem compartilhar uma chave; mantenha o meu ou o outro</translation>
    </message>
    <message>
        <source>Keep my %1 “%2”</source>
        <translation>Manter meu registro (%1) “%2”</translation>
    </message>
    <message>
        <source>Keep their %1 “%2”</source>
        <translation>Manter o outro registro (%1) “%2”</translation>
    </message>
    <message>
        <source>Keep both versions of %1 “%2”</source>
        <translation>Manter as duas versões de %1 “%2”</translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation>Manter meu registro (%1)</translation>
    </message>
    <message>
        <source>Keep their %1</source>
        <translation>Manter o outro registro (%1)</translation>
    </message>
    <message>
        <source>Keep both versions of %1</source>
        <translation>Manter as duas versões de %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was merged</source>
        <comment>a file, then what is wrong in it</comment>
        <translation>%1: %2; nada foi mesclado</translation>
    </message>
    <message>
        <source>%1 is damaged: the list of what its field copy left out cannot be read</source>
        <translation>%1 está danificado: não é possível ler a lista do que a cópia de campo deixou de fora</translation>
    </message>
</context>
<context>
    <name>MergeConflicts</name>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Faixa etária</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribuição</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Baseado em</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Linha de base</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Beneficiários</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentimento dado</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Pessoa de contato</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Custo estimado</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>Princípio CPTED</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>Conjunto de critérios</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critério</translation>
    </message>
    <message>
        <source>Photo or file</source>
        <translation>Foto ou arquivo</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>Tabela de dados</translation>
    </message>
    <message>
        <source>Day or night</source>
        <translation>Dia ou noite</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Deficiência</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina em</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador(a)</translation>
    </message>
    <message>
        <source>Feature count</source>
        <translation>Número de feições</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sensação</translation>
    </message>
    <message>
        <source>Translated field</source>
        <translation>Campo traduzido</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>Nome do arquivo</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gênero</translation>
    </message>
    <message>
        <source>Location and shape</source>
        <translation>Localização e forma</translation>
    </message>
    <message>
        <source>What good means</source>
        <translation>O que significa bom</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Realizada em</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influência</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Intervention type</source>
        <translation>Tipo de intervenção</translation>
    </message>
    <message>
        <source>Is active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Outcome criterion</source>
        <translation>Critério de resultado</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Tipo de arquivo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Time it occurred</source>
        <translation>Hora em que ocorreu</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Ocorreu em</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacidade</translation>
    </message>
    <message>
        <source>Belongs to (kind)</source>
        <translation>Pertence a (tipo)</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Pertence a</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Posicionamento</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Ponto</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Prevention approach</source>
        <translation>Abordagem de prevenção</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Priority from votes</source>
        <translation>Prioridade pelos votos</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Tradução de</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendação</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Conjunto</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordem</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Source format</source>
        <translation>Formato de origem</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Nome de origem</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Parte interessada</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Começa em</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Story approval</source>
        <translation>Aprovação do relato</translation>
    </message>
    <message>
        <source>Style class</source>
        <translation>Classe de estilo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>Tabela de destino</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Período do dia</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visível</translation>
    </message>
    <message>
        <source>Votes per participant</source>
        <translation>Votos por participante</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Caminhada</translation>
    </message>
    <message>
        <source>Walked on</source>
        <translation>Percorrido em</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largura</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>(deleted on this laptop)</source>
        <translation>(excluído neste laptop)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <comment>a date and time</comment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the labels of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>(not in this project)</source>
        <translation>(não está neste projeto)</translation>
    </message>
    <message>
        <source>Point %1</source>
        <comment>an audit point by its number</comment>
        <translation>Ponto %1</translation>
    </message>
    <message>
        <source>Untitled %1</source>
        <comment>%1: a kind of record</comment>
        <translation>%1 sem título</translation>
    </message>
    <message>
        <source>A shape with no points</source>
        <translation>Uma forma sem pontos</translation>
    </message>
    <message>
        <source>Point at %1, %2</source>
        <comment>longitude, latitude</comment>
        <translation>Ponto em %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Line of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Linha de %Ln ponto perto de %1, %2</numerusform>
            <numerusform>Linha de %Ln pontos perto de %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Area of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Área de %Ln ponto perto de %1, %2</numerusform>
            <numerusform>Área de %Ln pontos perto de %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Areas of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Áreas de %Ln ponto perto de %1, %2</numerusform>
            <numerusform>Áreas de %Ln pontos perto de %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Linhas de %Ln ponto perto de %1, %2</numerusform>
            <numerusform>Linhas de %Ln pontos perto de %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln points around %2, %3</source>
        <comment>%1: a kind of shape</comment>
        <translation>
            <numerusform>%1 de %Ln ponto perto de %2, %3</numerusform>
            <numerusform>%1 de %Ln pontos perto de %2, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <comment>%1: a kind of record, %2: its name</comment>
        <translation>%1 “%2”</translation>
    </message>
</context>
<context>
    <name>MergeFeature</name>
    <message>
        <source>Merge Conflicts</source>
        <translation>Conflitos de mesclagem</translation>
    </message>
    <message>
        <source>&amp;Merge Projects…</source>
        <translation>Mesclar pro&amp;jetos…</translation>
    </message>
    <message>
        <source>Bring in the records of project files from other laptops</source>
        <translation>Trazer os registros de arquivos de projeto de outros laptops</translation>
    </message>
    <message>
        <source>Resolve Merge Con&amp;flicts…</source>
        <translation>Resolver confli&amp;tos de mesclagem…</translation>
    </message>
    <message>
        <source>Compare records changed on two laptops and choose which to keep</source>
        <translation>Comparar registros alterados em dois laptops e escolher quais manter</translation>
    </message>
    <message>
        <source>&amp;Hand Out Field Copy…</source>
        <translation>Entre&amp;gar cópia de campo…</translation>
    </message>
    <message>
        <source>Write a copy of the project for a field team&apos;s laptop</source>
        <translation>Gravar uma cópia do projeto para o laptop de uma equipe de campo</translation>
    </message>
    <message>
        <source>Merge Histor&amp;y…</source>
        <translation>&amp;Histórico de mesclagens…</translation>
    </message>
    <message>
        <source>Which files were merged into this project, and when</source>
        <translation>Quais arquivos foram mesclados neste projeto, e quando</translation>
    </message>
    <message>
        <source>Merge Conflicts (%1)</source>
        <translation>Conflitos de mesclagem (%1)</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message>
        <source>, </source>
        <comment>between file names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <comment>%1: file names</comment>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>Merge cancelled; nothing was changed</source>
        <translation>Mesclagem cancelada; nada foi alterado</translation>
    </message>
    <message>
        <source>Nothing was merged</source>
        <translation>Nada foi mesclado</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <comment>%1: file names</comment>
        <translation>Mesclando %1…</translation>
    </message>
    <message>
        <source>The merge did not happen</source>
        <translation>A mesclagem não aconteceu</translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 updated, %4 in conflict. Backup: %5</source>
        <translation>%1 mesclado: %2 adicionados, %3 atualizados, %4 em conflito. Cópia de segurança: %5</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizados</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorados</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>Em conflito</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Merge History</source>
        <translation>Histórico de mesclagens</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files merged into “%1”&lt;/b&gt;, newest first</source>
        <translation>&lt;b&gt;Arquivos mesclados em “%1”&lt;/b&gt;, do mais recente ao mais antigo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files merged into this project&lt;/b&gt;, newest first</source>
        <translation>&lt;b&gt;Arquivos mesclados neste projeto&lt;/b&gt;, do mais recente ao mais antigo</translation>
    </message>
    <message>
        <source>No files have been merged into this project yet.</source>
        <translation>Nenhum arquivo foi mesclado neste projeto ainda.</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>Merge Projects</source>
        <translation>Mesclar projetos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workshops</source>
        <translation>
            <numerusform>%Ln oficina</numerusform>
            <numerusform>%Ln oficinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln grupo</numerusform>
            <numerusform>%Ln grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln basemap layers</source>
        <translation>
            <numerusform>%Ln camada do mapa de base</numerusform>
            <numerusform>%Ln camadas do mapa de base</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals</source>
        <translation>
            <numerusform>%Ln proposta</numerusform>
            <numerusform>%Ln propostas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln criteria sets</source>
        <translation>
            <numerusform>%Ln conjunto de critérios</numerusform>
            <numerusform>%Ln conjuntos de critérios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln criteria</source>
        <translation>
            <numerusform>%Ln critério</numerusform>
            <numerusform>%Ln critérios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit walks</source>
        <translation>
            <numerusform>%Ln caminhada de auditoria</numerusform>
            <numerusform>%Ln caminhadas de auditoria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln walk participants</source>
        <translation>
            <numerusform>%Ln participante de caminhada</numerusform>
            <numerusform>%Ln participantes de caminhadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit points</source>
        <translation>
            <numerusform>%Ln ponto de auditoria</numerusform>
            <numerusform>%Ln pontos de auditoria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit scores</source>
        <translation>
            <numerusform>%Ln pontuação de auditoria</numerusform>
            <numerusform>%Ln pontuações de auditoria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checklist answers</source>
        <translation>
            <numerusform>%Ln resposta da lista de verificação</numerusform>
            <numerusform>%Ln respostas da lista de verificação</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reason tags</source>
        <translation>
            <numerusform>%Ln etiqueta de motivo</numerusform>
            <numerusform>%Ln etiquetas de motivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln perception pins</source>
        <translation>
            <numerusform>%Ln alfinete de percepção</numerusform>
            <numerusform>%Ln alfinetes de percepção</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents</source>
        <translation>
            <numerusform>%Ln ocorrência registrada</numerusform>
            <numerusform>%Ln ocorrências registradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln parte interessada</numerusform>
            <numerusform>%Ln partes interessadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions</source>
        <translation>
            <numerusform>%Ln ação</numerusform>
            <numerusform>%Ln ações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action partners</source>
        <translation>
            <numerusform>%Ln parceiro de ação</numerusform>
            <numerusform>%Ln parceiros de ações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action links</source>
        <translation>
            <numerusform>%Ln vínculo de ação</numerusform>
            <numerusform>%Ln vínculos de ações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln votes</source>
        <translation>
            <numerusform>%Ln voto</numerusform>
            <numerusform>%Ln votos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos and files</source>
        <translation>
            <numerusform>%Ln foto ou arquivo</numerusform>
            <numerusform>%Ln fotos e arquivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln laptop names</source>
        <translation>
            <numerusform>%Ln nome de laptop</numerusform>
            <numerusform>%Ln nomes de laptops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records of %1</source>
        <translation>
            <numerusform>%Ln registro de %1</numerusform>
            <numerusform>%Ln registros de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counted kinds of records</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 — from %2</source>
        <translation>%1 — de %2</translation>
    </message>
    <message numerus="yes">
        <source>• %Ln new records will be added (%1).</source>
        <translation>
            <numerusform>• %Ln registro novo será adicionado (%1).</numerusform>
            <numerusform>• %Ln registros novos serão adicionados (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records changed only on that laptop will be updated to its version (%1).</source>
        <translation>
            <numerusform>• %Ln registro alterado só naquele laptop será atualizado para a versão dele (%1).</numerusform>
            <numerusform>• %Ln registros alterados só naquele laptop serão atualizados para a versão dele (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records were changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts.</source>
        <translation>
            <numerusform>• %Ln registro foi alterado nos dois laptops: este projeto mantém sua versão e a outra fica guardada à parte para você escolher em Conflitos de mesclagem.</numerusform>
            <numerusform>• %Ln registros foram alterados nos dois laptops: este projeto mantém sua versão e a outra fica guardada à parte para você escolher em Conflitos de mesclagem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records were changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts (%1).</source>
        <translation>
            <numerusform>• %Ln registro foi alterado nos dois laptops: este projeto mantém sua versão e a outra fica guardada à parte para você escolher em Conflitos de mesclagem (%1).</numerusform>
            <numerusform>• %Ln registros foram alterados nos dois laptops: este projeto mantém sua versão e a outra fica guardada à parte para você escolher em Conflitos de mesclagem (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records already waiting in Merge Conflicts from an earlier merge.</source>
        <translation>
            <numerusform>• %Ln registro já aguarda em Conflitos de mesclagem de uma mesclagem anterior.</numerusform>
            <numerusform>• %Ln registros já aguardam em Conflitos de mesclagem de uma mesclagem anterior.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records are the same in both, or newer here, and are skipped.</source>
        <translation>
            <numerusform>• %Ln registro é igual nos dois, ou mais recente aqui, e é ignorado.</numerusform>
            <numerusform>• %Ln registros são iguais nos dois, ou mais recentes aqui, e são ignorados.</numerusform>
        </translation>
    </message>
    <message>
        <source>• Nothing new: everything in this file is already in the project.</source>
        <translation>• Nada de novo: tudo o que há neste arquivo já está no projeto.</translation>
    </message>
    <message>
        <source>• %1</source>
        <comment>a line of the merge preview</comment>
        <translation>• %1</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <source>Merge Projects</source>
        <translation>Mesclar projetos</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Merging %Ln files into “%1”&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Mesclando %Ln arquivo em “%1”&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Mesclando %Ln arquivos em “%1”&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>A merge cannot be undone with Undo; the file is backed up first, to %1 beside it (open that copy to go back). The undo history is cleared, so that no earlier step can overwrite what came in.</source>
        <translation>Uma mesclagem não pode ser desfeita com Desfazer; antes, é feita uma cópia de segurança do arquivo em %1, ao lado dele (abra essa cópia para voltar). O histórico de alterações é limpo, para que nenhuma etapa anterior sobrescreva o que entrou.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Mesclar</translation>
    </message>
</context>
<context>
    <name>OpenRoomDialog</name>
    <message>
        <source>Open the Room</source>
        <translation>Abrir a sala</translation>
    </message>
    <message>
        <source>Phones on the same network as this computer (its hotspot, or the local router) join by scanning the code shown. Nothing goes to the internet.</source>
        <translation>Os telefones na mesma rede que este computador (o seu ponto de acesso ou o roteador local) entram lendo o código mostrado. Nada vai para a internet.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>The network the phones are on: this computer listens on it only</source>
        <translation>A rede em que os telefones estão: este computador escuta apenas nela</translation>
    </message>
    <message>
        <source>This computer only (%1): no phone can reach it</source>
        <translation>Apenas este computador (%1): nenhum telefone consegue chegar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a network&apos;s name and this computer&apos;s address on it</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>The port phones connect to; 0 picks a free one</source>
        <translation>A porta a que os telefones se ligam; 0 escolhe uma livre</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Qualquer porta livre</translation>
    </message>
    <message>
        <source>This computer is on no network: start its hotspot or join the room&apos;s Wi-Fi, then open the room again. Only this computer can reach the room now.</source>
        <translation>Este computador não está em nenhuma rede: ative o seu ponto de acesso ou entre no Wi-Fi da sala e abra a sala de novo. Agora só este computador consegue chegar à sala.</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Rede:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Workshops</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>Safety audits</source>
        <translation>Auditorias de segurança</translation>
    </message>
    <message>
        <source>Perceptions and incidents</source>
        <translation>Percepções e ocorrências</translation>
    </message>
    <message>
        <source>Proposals and action plan</source>
        <translation>Propostas e plano de ação</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>Mapa de base</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Nenhum projeto aberto</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projeto sem título</translation>
    </message>
    <message>
        <source>Created %1
Last changed %2</source>
        <translation>Criado em %1
Última alteração em %2</translation>
    </message>
    <message>
        <source>Privacy: counts and means for groups smaller than %1 are hidden, and so is any count from which one could be worked out</source>
        <translation>Privacidade: contagens e médias de grupos menores que %1 ficam ocultas, assim como qualquer contagem a partir da qual se possa deduzi-las</translation>
    </message>
</context>
<context>
    <name>PaperFeature</name>
    <message>
        <source>Print &amp;Group Maps…</source>
        <translation>Imprimir mapas de &amp;grupo…</translation>
    </message>
    <message>
        <source>Print a map for each group to mark with dot stickers, and read a photo of it back later</source>
        <translation>Imprimir um mapa por grupo para marcar com adesivos de ponto e depois ler uma foto dele</translation>
    </message>
    <message>
        <source>Read &amp;Paper Sheets…</source>
        <translation>Ler folhas de &amp;papel…</translation>
    </message>
    <message>
        <source>Add the dot stickers on photos of printed group maps to the project</source>
        <translation>Adicionar ao projeto os adesivos das fotos de mapas de grupo impressos</translation>
    </message>
    <message>
        <source>Print Audit S&amp;heets…</source>
        <translation>Imprimir folhas de &amp;auditoria…</translation>
    </message>
    <message>
        <source>Print tick-box sheets for an audit walk&apos;s points, and read a photo of them back later</source>
        <translation>Imprimir folhas com caixas para os pontos de uma caminhada de auditoria e ler depois uma foto delas</translation>
    </message>
</context>
<context>
    <name>PaperMap</name>
    <message numerus="yes">
        <source>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %Ln points. Three points always fit exactly: add a fourth to check them.</source>
        <translation>
            <numerusform>&lt;b&gt;Ajuste: erro RMS de %1 m&lt;/b&gt; em %Ln ponto. Três pontos sempre se ajustam exatamente: adicione um quarto para verificá-los.</numerusform>
            <numerusform>&lt;b&gt;Ajuste: erro RMS de %1 m&lt;/b&gt; em %Ln pontos. Três pontos sempre se ajustam exatamente: adicione um quarto para verificá-los.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %Ln points. A point far off the others was probably clicked in the wrong place.</source>
        <translation>
            <numerusform>&lt;b&gt;Ajuste: erro RMS de %1 m&lt;/b&gt; em %Ln ponto. Um ponto muito distante dos outros provavelmente foi clicado no lugar errado.</numerusform>
            <numerusform>&lt;b&gt;Ajuste: erro RMS de %1 m&lt;/b&gt; em %Ln pontos. Um ponto muito distante dos outros provavelmente foi clicado no lugar errado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperMapDialog</name>
    <message>
        <source>Place Paper Map</source>
        <translation>Posicionar mapa em papel</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Foto: %1</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Ponto</translation>
    </message>
    <message>
        <source>On the photo (pixels)</source>
        <translation>Na foto (pixels)</translation>
    </message>
    <message>
        <source>On the map (lon, lat)</source>
        <translation>No mapa (lon, lat)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>&amp;Remove Point</source>
        <translation>&amp;Remover ponto</translation>
    </message>
    <message>
        <source>&amp;Undo Last</source>
        <translation>&amp;Desfazer último</translation>
    </message>
    <message>
        <source>Backspace</source>
        <comment>the key</comment>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>opacity</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Layer &amp;name:</source>
        <translation>&amp;Nome da camada:</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>&amp;Opacidade:</translation>
    </message>
    <message>
        <source>Place Map</source>
        <translation>Posicionar mapa</translation>
    </message>
    <message>
        <source>Click the place on the photo first, then the same place on the map.</source>
        <translation>Clique primeiro no lugar na foto e depois no mesmo lugar no mapa.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence without its full stop</comment>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln more points to place the map.</source>
        <translation>
            <numerusform>Adicione mais %Ln ponto para posicionar o mapa.</numerusform>
            <numerusform>Adicione mais %Ln pontos para posicionar o mapa.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 m</source>
        <comment>metres</comment>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Now click the same place on the map (point %1). Drag to move the map, scroll to zoom.</source>
        <translation>Agora clique no mesmo lugar no mapa (ponto %1). Arraste para mover o mapa, role para aproximar.</translation>
    </message>
    <message>
        <source>Click a place you can recognise on the photo — a corner, a bridge, a junction.</source>
        <translation>Clique em um lugar que você reconheça na foto — uma esquina, uma ponte, um cruzamento.</translation>
    </message>
    <message>
        <source>The map was not placed: %1.</source>
        <translation>O mapa não foi posicionado: %1.</translation>
    </message>
</context>
<context>
    <name>PaperReview</name>
    <message>
        <source>two stickers touching</source>
        <translation>dois adesivos encostados</translation>
    </message>
    <message>
        <source>a sticker half off the map</source>
        <translation>um adesivo meio fora do mapa</translation>
    </message>
    <message>
        <source>a sticker cut by the photo&apos;s edge</source>
        <translation>um adesivo cortado pela borda da foto</translation>
    </message>
    <message>
        <source>its number is not sure (%1?)</source>
        <translation>o seu número não é certo (%1?)</translation>
    </message>
    <message>
        <source>writing beside it that is no number</source>
        <translation>algo escrito ao lado que não é um número</translation>
    </message>
    <message>
        <source>smaller than a sticker: maybe a pen&apos;s mark</source>
        <translation>menor que um adesivo: talvez uma marca de caneta</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dots</source>
        <translation>
            <numerusform>%Ln ponto</numerusform>
            <numerusform>%Ln pontos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pen lines</source>
        <translation>
            <numerusform>%Ln linha de caneta</numerusform>
            <numerusform>%Ln linhas de caneta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pen shapes</source>
        <comment>a closed pen line: an area</comment>
        <translation>
            <numerusform>%Ln forma de caneta</numerusform>
            <numerusform>%Ln formas de caneta</numerusform>
        </translation>
    </message>
    <message>
        <source>no marks</source>
        <translation>nenhuma marca</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>two counts of a list: 3 dots, 1 pen line</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>a faint or irregular mark</source>
        <translation>uma marca fraca ou irregular</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gênero</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Deficiência</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Private contact</source>
        <translation>Contato privado</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Contacts are never exported by default. Add one only when the person asks to be contacted.</source>
        <translation>Por padrão, os contatos nunca são exportados. Adicione um só quando a pessoa pedir para ser contatada.</translation>
    </message>
    <message>
        <source>Participants — %1</source>
        <translation>Participantes — %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>The workshop&apos;s participants: edit a cell in place, each change one undo step</source>
        <translation>As pessoas participantes da oficina: edite uma célula no lugar; cada alteração é uma etapa de desfazer</translation>
    </message>
    <message>
        <source>Keys as on the sign-in sheet — &lt;b&gt;Gender&lt;/b&gt; %1 · &lt;b&gt;Age&lt;/b&gt; 1–6 · &lt;b&gt;Role&lt;/b&gt; first letter(s) · &lt;b&gt;Group&lt;/b&gt; 1–9, 0 none · &lt;b&gt;Space&lt;/b&gt; consent · double-click for a list. Every change is saved at once and can be undone (Ctrl+Z).</source>
        <translation>Teclas como na lista de presença — &lt;b&gt;Gênero&lt;/b&gt; %1 · &lt;b&gt;Idade&lt;/b&gt; 1–6 · &lt;b&gt;Papel&lt;/b&gt; primeira(s) letra(s) · &lt;b&gt;Grupo&lt;/b&gt; 1–9, 0 nenhum · &lt;b&gt;Espaço&lt;/b&gt; consentimento · clique duplo para uma lista. Cada alteração é salva na hora e pode ser desfeita (Ctrl+Z).</translation>
    </message>
    <message>
        <source>This project is open read-only: participants can be viewed, not changed.</source>
        <translation>Este projeto está aberto somente para leitura: as pessoas participantes podem ser vistas, não alteradas.</translation>
    </message>
    <message>
        <source>Show private contact column</source>
        <translation>Mostrar coluna de contato privado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Private:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Privado:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete the selected participants and their votes (Undo brings them back)</source>
        <translation>Excluir as pessoas participantes selecionadas e seus votos (Desfazer as traz de volta)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>A participant needs a code.</source>
        <translation>Cada participante precisa de um código.</translation>
    </message>
    <message>
        <source>%1 is already used in this workshop — codes must be unique.</source>
        <translation>%1 já é usado nesta oficina — os códigos devem ser únicos.</translation>
    </message>
    <message>
        <source>Change code of %1 to %2</source>
        <translation>Alterar código de %1 para %2</translation>
    </message>
    <message>
        <source>Change gender of %1</source>
        <translation>Alterar gênero de %1</translation>
    </message>
    <message>
        <source>Change age band of %1</source>
        <translation>Alterar faixa etária de %1</translation>
    </message>
    <message>
        <source>Change role of %1</source>
        <translation>Alterar papel de %1</translation>
    </message>
    <message>
        <source>Change group of %1</source>
        <translation>Alterar grupo de %1</translation>
    </message>
    <message>
        <source>Change disability of %1</source>
        <translation>Alterar deficiência de %1</translation>
    </message>
    <message>
        <source>Change consent of %1</source>
        <translation>Alterar consentimento de %1</translation>
    </message>
    <message>
        <source>Change private contact of %1</source>
        <translation>Alterar contato privado de %1</translation>
    </message>
    <message>
        <source>Change code of %1</source>
        <translation>Alterar código de %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between participant codes</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln participants (%1) and their %2? Undo (Ctrl+Z) brings them back.</source>
        <comment>%2: how many votes</comment>
        <translation>
            <numerusform>Excluir %Ln participante (%1) e seus %2? Desfazer (Ctrl+Z) os traz de volta.</numerusform>
            <numerusform>Excluir %Ln participantes (%1) e seus %2? Desfazer (Ctrl+Z) os traz de volta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln votes</source>
        <translation>
            <numerusform>%Ln voto</numerusform>
            <numerusform>%Ln votos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln participants (%1)? Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Excluir %Ln participante (%1)? Desfazer (Ctrl+Z) o traz de volta.</numerusform>
            <numerusform>Excluir %Ln participantes (%1)? Desfazer (Ctrl+Z) os traz de volta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete participants</source>
        <translation>Excluir participantes</translation>
    </message>
    <message numerus="yes">
        <source>Delete participants %1</source>
        <translation>
            <numerusform>Excluir participante %1</numerusform>
            <numerusform>Excluir participantes %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln participants</source>
        <translation>
            <numerusform>Excluir %Ln participante</numerusform>
            <numerusform>Excluir %Ln participantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersField</name>
    <message>
        <source>Responsible for this action</source>
        <translation>Responsável por esta ação</translation>
    </message>
</context>
<context>
    <name>PdfPathRow</name>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PerceptionFilterPanel</name>
    <message>
        <source>Workshop:</source>
        <translation>Oficina:</translation>
    </message>
    <message>
        <source>Show only some workshop choices</source>
        <translation>Mostrar só algumas oficinas</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>Show only some group choices</source>
        <translation>Mostrar só alguns grupos</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Gênero:</translation>
    </message>
    <message>
        <source>Show only some gender choices</source>
        <translation>Mostrar só alguns gêneros</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Idade:</translation>
    </message>
    <message>
        <source>Show only some age choices</source>
        <translation>Mostrar só algumas faixas etárias</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Show only some role choices</source>
        <translation>Mostrar só alguns papéis</translation>
    </message>
    <message>
        <source>Time of day:</source>
        <translation>Período do dia:</translation>
    </message>
    <message>
        <source>Show only some time of day choices</source>
        <translation>Mostrar só alguns períodos do dia</translation>
    </message>
    <message>
        <source>Only these dates:</source>
        <translation>Só estas datas:</translation>
    </message>
    <message>
        <source>Only these dates</source>
        <translation>Só estas datas</translation>
    </message>
    <message>
        <source>Keep only audits and pins from the dates below</source>
        <translation>Manter só as auditorias e os alfinetes das datas abaixo</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <source>The first date to keep</source>
        <translation>A primeira data a manter</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <source>The last date to keep</source>
        <translation>A última data a manter</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <source>Show every audit and pin again</source>
        <translation>Mostrar de novo todas as auditorias e alfinetes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Nada registrado ainda</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no choice of a filter</comment>
        <translation>Nenhum</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln escolhido</numerusform>
            <numerusform>%Ln escolhidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerceptionMap</name>
    <message>
        <source>Perceptions</source>
        <translation>Percepções</translation>
    </message>
    <message>
        <source>Recorded incidents (imported data)</source>
        <translation>Ocorrências registradas (dados importados)</translation>
    </message>
    <message>
        <source>Recorded incident: %1</source>
        <translation>Ocorrência registrada: %1</translation>
    </message>
    <message>
        <source>Recorded incident: unspecified</source>
        <translation>Ocorrência registrada: não especificada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a recorded time of day (its band: day, dusk or night)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a time of day</comment>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>Recorded incident</source>
        <translation>Ocorrência registrada</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a date</comment>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Safety score</source>
        <translation>Pontuação de segurança</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sem pontuação</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Caminhada</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>a walk&apos;s title (time of day, date)</comment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Untitled walk</source>
        <translation>Caminhada sem título</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
    <message>
        <source>%1 of 3</source>
        <translation>%1 de 3</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Audit point %1 — dark spot</source>
        <translation>Ponto de auditoria %1 — ponto escuro</translation>
    </message>
    <message>
        <source>Audit point %1</source>
        <translation>Ponto de auditoria %1</translation>
    </message>
    <message>
        <source>Audit point</source>
        <translation>Ponto de auditoria</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Período do dia</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>%1 of 5 (1 very unsafe, 5 very safe)</source>
        <translation>%1 de 5 (1 muito inseguro, 5 muito seguro)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>Colocado por</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anônimo</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Sent from a phone: awaiting approval in the Room panel</source>
        <translation>Enviado de um telefone: aguardando aprovação no painel Sala</translation>
    </message>
    <message>
        <source>Feels safe</source>
        <translation>Parece seguro</translation>
    </message>
    <message>
        <source>Feels unsafe</source>
        <translation>Parece inseguro</translation>
    </message>
    <message>
        <source>Perception pin</source>
        <translation>Alfinete de percepção</translation>
    </message>
    <message>
        <source>Audit walk by day</source>
        <translation>Caminhada de auditoria de dia</translation>
    </message>
    <message>
        <source>Audit walk at dusk</source>
        <translation>Caminhada de auditoria ao entardecer</translation>
    </message>
    <message>
        <source>Audit walk at night</source>
        <translation>Caminhada de auditoria à noite</translation>
    </message>
    <message>
        <source>Heat of unsafe pins (%1 m): fewer → more</source>
        <translation>Calor dos alfinetes inseguros (%1 m): menos → mais</translation>
    </message>
    <message>
        <source>Heat of low audit scores (%1 m): fewer → more</source>
        <translation>Calor das pontuações baixas de auditoria (%1 m): menos → mais</translation>
    </message>
    <message>
        <source>Heat of recorded incidents (%1 m): fewer → more</source>
        <translation>Calor das ocorrências registradas (%1 m): menos → mais</translation>
    </message>
    <message>
        <source>Heat map (%1 m): fewer → more</source>
        <translation>Mapa de calor (%1 m): menos → mais</translation>
    </message>
    <message>
        <source>Pin and incident locations blurred to a %1 m grid</source>
        <translation>Locais de alfinetes e ocorrências desfocados em uma grade de %1 m</translation>
    </message>
    <message>
        <source>Pin locations blurred to a %1 m grid</source>
        <translation>Locais dos alfinetes desfocados em uma grade de %1 m</translation>
    </message>
    <message>
        <source>Incident locations blurred to a %1 m grid</source>
        <translation>Locais das ocorrências desfocados em uma grade de %1 m</translation>
    </message>
    <message>
        <source>Audit points (safety score)</source>
        <translation>Pontos de auditoria (pontuação de segurança)</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>Alfinetes de percepção</translation>
    </message>
    <message>
        <source>Audit walk routes</source>
        <translation>Percursos das caminhadas de auditoria</translation>
    </message>
    <message>
        <source>Recorded incidents</source>
        <translation>Ocorrências registradas</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Show audit points (safety score) on the map</source>
        <translation>Mostrar os pontos de auditoria (pontuação de segurança) no mapa</translation>
    </message>
    <message>
        <source>Show perception pins on the map</source>
        <translation>Mostrar os alfinetes de percepção no mapa</translation>
    </message>
    <message>
        <source>Show audit walk routes on the map</source>
        <translation>Mostrar os percursos das caminhadas de auditoria no mapa</translation>
    </message>
    <message>
        <source>Show recorded incidents on the map</source>
        <translation>Mostrar as ocorrências registradas no mapa</translation>
    </message>
    <message>
        <source>Show heat map on the map</source>
        <translation>Mostrar o mapa de calor no mapa</translation>
    </message>
    <message>
        <source>Safety score 0–1 poor</source>
        <translation>Pontuação de segurança 0–1 ruim</translation>
    </message>
    <message>
        <source>Safety score 1–2</source>
        <translation>Pontuação de segurança 1–2</translation>
    </message>
    <message>
        <source>Safety score 2–3</source>
        <translation>Pontuação de segurança 2–3</translation>
    </message>
    <message>
        <source>Safety score 3–4</source>
        <translation>Pontuação de segurança 3–4</translation>
    </message>
    <message>
        <source>Safety score 4–5 good</source>
        <translation>Pontuação de segurança 4–5 boa</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sem pontuação</translation>
    </message>
    <message>
        <source>Dark spot (lighting scored 0)</source>
        <translation>Ponto escuro (iluminação pontuada 0)</translation>
    </message>
    <message>
        <source>Recorded incident (imported data)</source>
        <translation>Ocorrência registrada (dados importados)</translation>
    </message>
    <message>
        <source>Make the heat map from unsafe pins</source>
        <translation>Fazer o mapa de calor com os alfinetes inseguros</translation>
    </message>
    <message>
        <source>Make the heat map from low audit scores</source>
        <translation>Fazer o mapa de calor com as pontuações baixas de auditoria</translation>
    </message>
    <message>
        <source>Make the heat map from recorded incidents</source>
        <translation>Fazer o mapa de calor com as ocorrências registradas</translation>
    </message>
    <message>
        <source>Unsafe pins</source>
        <translation>Alfinetes inseguros</translation>
    </message>
    <message>
        <source>Low audit scores</source>
        <translation>Pontuações baixas de auditoria</translation>
    </message>
</context>
<context>
    <name>PerceptionMapPanel</name>
    <message>
        <source>Walked by day</source>
        <translation>Percorrido de dia</translation>
    </message>
    <message>
        <source>Walked at dusk</source>
        <translation>Percorrido ao entardecer</translation>
    </message>
    <message>
        <source>Walked at night</source>
        <translation>Percorrido à noite</translation>
    </message>
    <message>
        <source>Imported police or other records, not perceptions: only the date filter applies.</source>
        <translation>Registros importados da polícia ou de outras fontes, não percepções: só o filtro de datas se aplica.</translation>
    </message>
    <message>
        <source>Heat map of</source>
        <comment>followed by the heat map&apos;s source</comment>
        <translation>Mapa de calor de</translation>
    </message>
    <message>
        <source>Heat map source</source>
        <translation>Fonte do mapa de calor</translation>
    </message>
    <message>
        <source>What the heat map is made of</source>
        <translation>Com o que o mapa de calor é feito</translation>
    </message>
    <message>
        <source>Heat radius</source>
        <translation>Raio do calor</translation>
    </message>
    <message>
        <source> m</source>
        <comment>metres after a number</comment>
        <translation> m</translation>
    </message>
    <message>
        <source>How far each point&apos;s heat reaches</source>
        <translation>Até onde chega o calor de cada ponto</translation>
    </message>
    <message>
        <source>Heat radius slider</source>
        <translation>Controle deslizante do raio do calor</translation>
    </message>
    <message>
        <source>Radius:</source>
        <translation>Raio:</translation>
    </message>
    <message>
        <source>fewer</source>
        <comment>heat map scale</comment>
        <translation>menos</translation>
    </message>
    <message>
        <source>more</source>
        <comment>heat map scale</comment>
        <translation>mais</translation>
    </message>
    <message>
        <source>On the map: %1 · %2 · %3 · %4</source>
        <translation>No mapa: %1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit points</source>
        <translation>
            <numerusform>%Ln ponto de auditoria</numerusform>
            <numerusform>%Ln pontos de auditoria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins</source>
        <translation>
            <numerusform>%Ln alfinete</numerusform>
            <numerusform>%Ln alfinetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln routes</source>
        <translation>
            <numerusform>%Ln percurso</numerusform>
            <numerusform>%Ln percursos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents</source>
        <translation>
            <numerusform>%Ln ocorrência registrada</numerusform>
            <numerusform>%Ln ocorrências registradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerceptionTools</name>
    <message>
        <source>&amp;Finish Route</source>
        <translation>&amp;Terminar percurso</translation>
    </message>
    <message>
        <source>&amp;Remove Last Point</source>
        <translation>&amp;Remover último ponto</translation>
    </message>
    <message>
        <source>&amp;Cancel Route</source>
        <translation>&amp;Cancelar percurso</translation>
    </message>
</context>
<context>
    <name>PhotoSection</name>
    <message>
        <source>Add Photo…</source>
        <translation>Adicionar foto…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected photo (Undo brings it back)</source>
        <translation>Remover a foto selecionada (Desfazer a traz de volta)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Add photo to “%1”</source>
        <translation>Adicionar foto a “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln photos to “%1”</source>
        <translation>
            <numerusform>Adicionar %Ln foto a “%1”</numerusform>
            <numerusform>Adicionar %Ln fotos a “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo from “%1”</source>
        <translation>Remover foto de “%1”</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>%1
%2 × %3 px
Double-click to view larger</source>
        <translation>%1
%2 × %3 px
Clique duas vezes para ampliar</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>1 — very unsafe</source>
        <translation>1 — muito inseguro</translation>
    </message>
    <message>
        <source>2 — unsafe</source>
        <translation>2 — inseguro</translation>
    </message>
    <message>
        <source>3 — neither</source>
        <translation>3 — nem um nem outro</translation>
    </message>
    <message>
        <source>4 — safe</source>
        <translation>4 — seguro</translation>
    </message>
    <message>
        <source>5 — very safe</source>
        <translation>5 — muito seguro</translation>
    </message>
    <message>
        <source>Edit Perception Pin</source>
        <translation>Editar alfinete de percepção</translation>
    </message>
    <message>
        <source>New Perception Pin</source>
        <translation>Novo alfinete de percepção</translation>
    </message>
    <message>
        <source>&amp;Safe</source>
        <translation>&amp;Seguro</translation>
    </message>
    <message>
        <source>&amp;Unsafe</source>
        <translation>&amp;Inseguro</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sem avaliação</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (desativado)</translation>
    </message>
    <message>
        <source>What happened here, or why it feels this way (optional)</source>
        <translation>O que aconteceu aqui, ou por que se sente assim (opcional)</translation>
    </message>
    <message>
        <source>Anonymous (no code)</source>
        <translation>Anônimo (sem código)</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sensação</translation>
    </message>
    <message>
        <source>Sca&amp;le</source>
        <translation>&amp;Escala</translation>
    </message>
    <message>
        <source>&amp;Reasons</source>
        <translation>&amp;Motivos</translation>
    </message>
    <message>
        <source>S&amp;tory</source>
        <translation>Re&amp;lato</translation>
    </message>
    <message>
        <source>Time of &amp;day</source>
        <translation>&amp;Período do dia</translation>
    </message>
    <message>
        <source>&amp;Placed by</source>
        <translation>&amp;Colocado por</translation>
    </message>
    <message>
        <source>Delete Pin</source>
        <translation>Excluir alfinete</translation>
    </message>
</context>
<context>
    <name>PinFlow</name>
    <message>
        <source>&amp;Edit Pin…</source>
        <translation>&amp;Editar alfinete…</translation>
    </message>
    <message>
        <source>Delete &amp;Pin</source>
        <translation>Excluir &amp;alfinete</translation>
    </message>
    <message>
        <source>Add unsafe pin</source>
        <translation>Adicionar alfinete inseguro</translation>
    </message>
    <message>
        <source>Add safe pin</source>
        <translation>Adicionar alfinete seguro</translation>
    </message>
    <message>
        <source>Edit unsafe pin</source>
        <translation>Editar alfinete inseguro</translation>
    </message>
    <message>
        <source>Edit safe pin</source>
        <translation>Editar alfinete seguro</translation>
    </message>
    <message>
        <source>Delete unsafe pin</source>
        <translation>Excluir alfinete inseguro</translation>
    </message>
    <message>
        <source>Delete safe pin</source>
        <translation>Excluir alfinete seguro</translation>
    </message>
</context>
<context>
    <name>PinsPanel</name>
    <message>
        <source>Edit Pin…</source>
        <translation>Editar alfinete…</translation>
    </message>
    <message>
        <source>Change the selected pin</source>
        <translation>Alterar o alfinete selecionado</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete Pin</source>
        <translation>Excluir alfinete</translation>
    </message>
    <message>
        <source>Delete the selected pin (Undo brings it back)</source>
        <translation>Excluir o alfinete selecionado (Desfazer o traz de volta)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>Alfinetes de percepção</translation>
    </message>
    <message>
        <source>The pins placed on the map; select one to see it</source>
        <translation>Os alfinetes colocados no mapa; selecione um para vê-lo</translation>
    </message>
    <message>
        <source>%1 %2/5</source>
        <comment>a feeling and its scale</comment>
        <translation>%1 %2/5</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anônimo</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins in no workshop</source>
        <translation>
            <numerusform>%Ln alfinete sem oficina</numerusform>
            <numerusform>%Ln alfinetes sem oficina</numerusform>
        </translation>
    </message>
    <message>
        <source>No pins in no workshop yet: use the Perception Pin tool (N) on the map.</source>
        <translation>Nenhum alfinete sem oficina ainda: use a ferramenta Alfinete de percepção (N) no mapa.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins in %1</source>
        <translation>
            <numerusform>%Ln alfinete em %1</numerusform>
            <numerusform>%Ln alfinetes em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No pins in %1 yet: use the Perception Pin tool (N) on the map.</source>
        <translation>Nenhum alfinete em %1 ainda: use a ferramenta Alfinete de percepção (N) no mapa.</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Click proposals, audit points or pins on the map to link them; Escape when done</source>
        <translation>Clique em propostas, pontos de auditoria ou alfinetes no mapa para vinculá-los; Escape ao terminar</translation>
    </message>
    <message>
        <source>Nothing to link there: click on a proposal, an audit point or a pin</source>
        <translation>Nada a vincular ali: clique em uma proposta, um ponto de auditoria ou um alfinete</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>A stakeholder needs a name</source>
        <translation>A parte interessada precisa de um nome</translation>
    </message>
    <message>
        <source>Unknown sector: %1 (expected one of %2)</source>
        <translation>Setor desconhecido: %1 (esperado um de %2)</translation>
    </message>
    <message>
        <source>The influence must be a whole number from 1 to 5, not %1</source>
        <translation>A influência deve ser um número inteiro de 1 a 5, não %1</translation>
    </message>
    <message>
        <source>The interest must be a whole number from 1 to 5, not %1</source>
        <translation>O interesse deve ser um número inteiro de 1 a 5, não %1</translation>
    </message>
    <message>
        <source>An action needs a title</source>
        <translation>A ação precisa de um título</translation>
    </message>
    <message>
        <source>Unknown CPTED principle: %1 (expected one of %2)</source>
        <translation>Princípio CPTED desconhecido: %1 (esperado um de %2)</translation>
    </message>
    <message>
        <source>Unknown prevention approach: %1 (expected one of %2)</source>
        <translation>Abordagem de prevenção desconhecida: %1 (esperada uma de %2)</translation>
    </message>
    <message>
        <source>Unknown timeframe: %1 (expected one of %2)</source>
        <translation>Prazo desconhecido: %1 (esperado um de %2)</translation>
    </message>
    <message>
        <source>Unknown action status: %1 (expected one of %2)</source>
        <translation>Situação de ação desconhecida: %1 (esperada uma de %2)</translation>
    </message>
    <message>
        <source>The start date must be a date like 2026-03-17, not %1</source>
        <translation>A data de início deve ser uma data como 2026-03-17, não %1</translation>
    </message>
    <message>
        <source>The end date must be a date like 2026-03-17, not %1</source>
        <translation>A data de término deve ser uma data como 2026-03-17, não %1</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2</source>
        <translation>A data de término %1 é anterior à data de início %2</translation>
    </message>
    <message>
        <source>The estimated cost cannot be negative (%1)</source>
        <translation>O custo estimado não pode ser negativo (%1)</translation>
    </message>
    <message>
        <source>A priority is 1 (highest) or more, not %1</source>
        <translation>A prioridade é 1 (a mais alta) ou mais, não %1</translation>
    </message>
    <message>
        <source>No stakeholder with id %1 in the register</source>
        <translation>Nenhuma parte interessada com id %1 no cadastro</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>Proposta sem título</translation>
    </message>
    <message>
        <source>Proposal “%1”</source>
        <translation>Proposta “%1”</translation>
    </message>
    <message>
        <source>Proposal (deleted)</source>
        <translation>Proposta (excluída)</translation>
    </message>
    <message>
        <source>Audit point (deleted)</source>
        <translation>Ponto de auditoria (excluído)</translation>
    </message>
    <message>
        <source>Audit point %1 of “%2”</source>
        <translation>Ponto de auditoria %1 de “%2”</translation>
    </message>
    <message>
        <source>Audit point %1</source>
        <translation>Ponto de auditoria %1</translation>
    </message>
    <message>
        <source>Perception pin (deleted)</source>
        <translation>Alfinete de percepção (excluído)</translation>
    </message>
    <message>
        <source>%1 pin (%2)</source>
        <comment>a feeling and a time of day: “Unsafe pin (night)”</comment>
        <translation>Alfinete %1 (%2)</translation>
    </message>
    <message>
        <source>Recorded incident (deleted)</source>
        <translation>Ocorrência registrada (excluída)</translation>
    </message>
    <message>
        <source>Recorded incident: %1</source>
        <translation>Ocorrência registrada: %1</translation>
    </message>
    <message>
        <source>uncategorised</source>
        <translation>sem categoria</translation>
    </message>
    <message>
        <source>No audit scores at the linked places yet</source>
        <translation>Nenhuma pontuação de auditoria nos lugares vinculados ainda</translation>
    </message>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %Ln audit points</source>
        <translation>
            <numerusform>Pontuação média de segurança %1 / 5 em %Ln ponto de auditoria</numerusform>
            <numerusform>Pontuação média de segurança %1 / 5 em %Ln pontos de auditoria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %Ln audit points (%2)</source>
        <translation>
            <numerusform>Pontuação média de segurança %1 / 5 em %Ln ponto de auditoria (%2)</numerusform>
            <numerusform>Pontuação média de segurança %1 / 5 em %Ln pontos de auditoria (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %Ln audit points (%2 to %3)</source>
        <translation>
            <numerusform>Pontuação média de segurança %1 / 5 em %Ln ponto de auditoria (%2 a %3)</numerusform>
            <numerusform>Pontuação média de segurança %1 / 5 em %Ln pontos de auditoria (%2 a %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed proposal</source>
        <translation>Proposta removida</translation>
    </message>
    <message>
        <source>Removed audit point</source>
        <translation>Ponto de auditoria removido</translation>
    </message>
    <message>
        <source>Removed perception pin</source>
        <translation>Alfinete de percepção removido</translation>
    </message>
    <message>
        <source>Removed recorded incident</source>
        <translation>Ocorrência registrada removida</translation>
    </message>
    <message>
        <source>That proposal is linked already</source>
        <translation>Essa proposta já está vinculada</translation>
    </message>
    <message>
        <source>That audit point is linked already</source>
        <translation>Esse ponto de auditoria já está vinculado</translation>
    </message>
    <message>
        <source>That perception pin is linked already</source>
        <translation>Esse alfinete de percepção já está vinculado</translation>
    </message>
    <message>
        <source>That recorded incident is linked already</source>
        <translation>Essa ocorrência registrada já está vinculada</translation>
    </message>
    <message>
        <source>Safe pin (%1)</source>
        <translation>Alfinete seguro (%1)</translation>
    </message>
    <message>
        <source>Unsafe pin (%1)</source>
        <translation>Alfinete inseguro (%1)</translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation>Proposta: %1</translation>
    </message>
    <message>
        <source>Audit point %1 · %2</source>
        <comment>%1: its number; %2: its walk&apos;s title</comment>
        <translation>Ponto de auditoria %1 · %2</translation>
    </message>
    <message>
        <source>untitled walk</source>
        <translation>caminhada sem título</translation>
    </message>
    <message>
        <source>%1 pin (%2)</source>
        <comment>%1: how people feel there; %2: the time of day</comment>
        <translation>Alfinete %1 (%2)</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <comment>%1: its category and date</comment>
        <translation>Ocorrência: %1</translation>
    </message>
    <message>
        <source>— (no votes yet)</source>
        <translation>— (ainda sem votos)</translation>
    </message>
    <message>
        <source>%1 (votes)</source>
        <comment>a priority taken from the votes</comment>
        <translation>%1 (votos)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no supporting partners</comment>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>%1
Responsible: %2
Supporting: %3</source>
        <comment>%1: an action&apos;s title; %2, %3: partners&apos; names</comment>
        <translation>%1
Responsável: %2
Apoio: %3</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ninguém ainda</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a timeline card: an action&apos;s status · its responsible partner</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>nobody responsible yet</source>
        <translation>ainda sem responsável</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <source>Export Plan (PDF)</source>
        <translation>Exportar plano (PDF)</translation>
    </message>
    <message>
        <source>&amp;A4</source>
        <translation>&amp;A4</translation>
    </message>
    <message>
        <source>&amp;Letter (US)</source>
        <translation>&amp;Carta (EUA)</translation>
    </message>
    <message>
        <source>&amp;Public version</source>
        <translation>Versão &amp;pública</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Escolha onde salvar o PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>For anyone: the website, a notice board, the press. Perception pins are moved to the centre of a %1 m grid square so no one&apos;s spot can be found, and stories, comments and notes are left out.</source>
        <translation>Para qualquer pessoa: o site, um quadro de avisos, a imprensa. Os alfinetes de percepção são movidos para o centro de um quadrado de grade de %1 m para que o local de ninguém possa ser encontrado, e relatos, comentários e notas ficam de fora.</translation>
    </message>
    <message>
        <source>Untick for the partners who carry out the plan: pins at their places, with stories and comments. Contacts are never printed in either version.</source>
        <translation>Desmarque para os parceiros que executam o plano: alfinetes em seus locais, com relatos e comentários. Os contatos nunca são impressos em nenhuma das versões.</translation>
    </message>
    <message>
        <source>The plan was not exported</source>
        <translation>O plano não foi exportado</translation>
    </message>
    <message>
        <source>PDF documents (%1)</source>
        <translation>Documentos PDF (%1)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>A pasta %1 não existe</translation>
    </message>
    <message>
        <source>Drawing the maps…</source>
        <translation>Desenhando os mapas…</translation>
    </message>
    <message>
        <source>The maps could not be drawn (%1)</source>
        <translation>Não foi possível desenhar os mapas (%1)</translation>
    </message>
    <message>
        <source>Gathering the plan</source>
        <translation>Reunindo o plano</translation>
    </message>
    <message>
        <source>Writing the plan</source>
        <translation>Gravando o plano</translation>
    </message>
    <message>
        <source>Exporting the plan…</source>
        <translation>Exportando o plano…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportação cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>Plan exported</source>
        <translation>Plano exportado</translation>
    </message>
    <message>
        <source>The plan was saved as %1.</source>
        <translation>O plano foi salvo como %1.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir pasta</translation>
    </message>
</context>
<context>
    <name>PlanExports</name>
    <message>
        <source>Export Actions (CSV)</source>
        <translation>Exportar ações (CSV)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (%1)</source>
        <translation>Planilhas CSV (%1)</translation>
    </message>
    <message>
        <source>Writing the actions</source>
        <translation>Gravando as ações</translation>
    </message>
    <message>
        <source>Exporting the actions…</source>
        <translation>Exportando as ações…</translation>
    </message>
    <message>
        <source>The actions were not exported</source>
        <translation>As ações não foram exportadas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions written to %1 (linked pins and incidents at %2 m, not their exact places)</source>
        <translation>
            <numerusform>%Ln ação gravada em %1 (alfinetes e ocorrências vinculados a %2 m, não em seus locais exatos)</numerusform>
            <numerusform>%Ln ações gravadas em %1 (alfinetes e ocorrências vinculados a %2 m, não em seus locais exatos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the layers…</source>
        <translation>Exportando as camadas…</translation>
    </message>
    <message>
        <source>The layers were not exported</source>
        <translation>As camadas não foram exportadas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln public files written to %1</source>
        <translation>
            <numerusform>%Ln arquivo público gravado em %1</numerusform>
            <numerusform>%Ln arquivos públicos gravados em %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files written to %1</source>
        <translation>
            <numerusform>%Ln arquivo gravado em %1</numerusform>
            <numerusform>%Ln arquivos gravados em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Exportação cancelada; nenhum arquivo foi gravado</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportação concluída</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a finished export&apos;s message, as a sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir pasta</translation>
    </message>
</context>
<context>
    <name>PlanFeature</name>
    <message>
        <source>Stakeholders</source>
        <translation>Partes interessadas</translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <source>&amp;New Action…</source>
        <translation>&amp;Nova ação…</translation>
    </message>
    <message>
        <source>Add an action to the plan from scratch</source>
        <translation>Adicionar uma ação ao plano do zero</translation>
    </message>
    <message>
        <source>&amp;Create Action from Proposal</source>
        <translation>&amp;Criar ação a partir da proposta</translation>
    </message>
    <message>
        <source>Turn the selected proposal into an action, linked to it</source>
        <translation>Transformar a proposta selecionada em uma ação, vinculada a ela</translation>
    </message>
    <message>
        <source>Add &amp;Stakeholder…</source>
        <translation>Adicionar &amp;parte interessada…</translation>
    </message>
    <message>
        <source>Add a department, business, community group or NGO</source>
        <translation>Adicionar uma secretaria, empresa, grupo comunitário ou ONG</translation>
    </message>
    <message>
        <source>Export &amp;Plan (PDF)…</source>
        <translation>Exportar &amp;plano (PDF)…</translation>
    </message>
    <message>
        <source>Write the action plan as a PDF to print or share</source>
        <translation>Gravar o plano de ação como PDF para imprimir ou compartilhar</translation>
    </message>
    <message>
        <source>Export &amp;Actions (CSV)…</source>
        <translation>Exportar &amp;ações (CSV)…</translation>
    </message>
    <message>
        <source>Write the actions as a spreadsheet (CSV)</source>
        <translation>Gravar as ações como planilha (CSV)</translation>
    </message>
    <message>
        <source>Export &amp;Layers…</source>
        <translation>Exportar &amp;camadas…</translation>
    </message>
    <message>
        <source>Write every layer as GeoJSON or a GeoPackage for GIS</source>
        <translation>Gravar todas as camadas como GeoJSON ou GeoPackage para SIG</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plano</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>The action was not created</source>
        <translation>A ação não foi criada</translation>
    </message>
    <message>
        <source>%1: edit it in the Action Plan panel</source>
        <comment>%1: the edit just made</comment>
        <translation>%1: edite-a no painel Plano de ação</translation>
    </message>
</context>
<context>
    <name>PlanMaps</name>
    <message>
        <source>solid by day</source>
        <translation>contínua de dia</translation>
    </message>
    <message>
        <source>dash-dot at dusk</source>
        <translation>traço-ponto ao entardecer</translation>
    </message>
    <message>
        <source>dashed at night</source>
        <translation>tracejada à noite</translation>
    </message>
    <message>
        <source>Heat map: unsafe pins</source>
        <translation>Mapa de calor: alfinetes inseguros</translation>
    </message>
    <message>
        <source>Heat map: low audit scores</source>
        <translation>Mapa de calor: pontuações baixas de auditoria</translation>
    </message>
    <message>
        <source>Heat map: recorded incidents</source>
        <translation>Mapa de calor: ocorrências registradas</translation>
    </message>
    <message>
        <source>Heat map of where participants marked feeling unsafe.</source>
        <translation>Mapa de calor dos lugares onde as pessoas participantes marcaram que se sentem inseguras.</translation>
    </message>
    <message>
        <source>Heat map of where audit points scored low for safety (a score of 0 weighs most, 5 nothing).</source>
        <translation>Mapa de calor dos lugares onde os pontos de auditoria tiveram pontuação baixa de segurança (uma pontuação 0 pesa mais, 5 não pesa nada).</translation>
    </message>
    <message>
        <source>Heat map of where incidents were recorded (imported data, not perceptions).</source>
        <translation>Mapa de calor dos lugares onde ocorrências foram registradas (dados importados, não percepções).</translation>
    </message>
    <message>
        <source>Pin locations blurred to a %1 m grid: each pin is drawn at the centre of its %1 m square, so pins in one square are drawn on top of each other.</source>
        <translation>Locais dos alfinetes desfocados em uma grade de %1 m: cada alfinete é desenhado no centro do seu quadrado de %1 m, então os alfinetes de um mesmo quadrado ficam sobrepostos.</translation>
    </message>
    <message>
        <source>Grey squares were not scored.</source>
        <translation>Os quadrados cinza não foram pontuados.</translation>
    </message>
    <message>
        <source>Black rings: lighting scored 0 (dark spots).</source>
        <translation>Anéis pretos: iluminação pontuada 0 (pontos escuros).</translation>
    </message>
    <message>
        <source>Pink lines: the audit walk routes (%1).</source>
        <comment>%1: how each time of day is drawn</comment>
        <translation>Linhas rosa: os percursos das caminhadas de auditoria (%1).</translation>
    </message>
    <message>
        <source>Safety audit: scores along the walks</source>
        <translation>Auditoria de segurança: pontuações ao longo das caminhadas</translation>
    </message>
    <message>
        <source>Audit points coloured by their mean safety score, 0 (poor, dark purple) to 5 (good, yellow).</source>
        <translation>Pontos de auditoria coloridos pela pontuação média de segurança, de 0 (ruim, roxo-escuro) a 5 (boa, amarelo).</translation>
    </message>
    <message>
        <source>Where people feel safe and unsafe</source>
        <translation>Onde as pessoas se sentem seguras e inseguras</translation>
    </message>
    <message>
        <source>Perception pins placed by workshop participants: green diamonds where they feel safe, orange triangles where they feel unsafe.</source>
        <translation>Alfinetes de percepção colocados pelas pessoas participantes da oficina: losangos verdes onde se sentem seguras, triângulos laranja onde se sentem inseguras.</translation>
    </message>
    <message>
        <source>Each point spreads over %1 m; the darker the red, the more of them close together. Pale or no colour: few or none.</source>
        <translation>Cada ponto se espalha por %1 m; quanto mais escuro o vermelho, mais pontos próximos. Cor clara ou sem cor: poucos ou nenhum.</translation>
    </message>
    <message>
        <source>Workshop proposals</source>
        <translation>Propostas da oficina</translation>
    </message>
    <message>
        <source>Proposals drawn by the workshop groups: markers mark a place, lines a route, shaded areas an area to change. Each group has its colour and also its own marker shape, line dash and area hatch (see the legend), so groups can be told apart without colour. The action plan links its actions to them.</source>
        <translation>Propostas desenhadas pelos grupos da oficina: marcadores indicam um lugar, linhas um percurso, áreas sombreadas uma área a mudar. Cada grupo tem sua cor e também seu próprio formato de marcador, tracejado de linha e hachura de área (veja a legenda), para que os grupos se distingam sem cor. O plano de ação vincula suas ações a elas.</translation>
    </message>
    <message>
        <source>the map image could not be encoded as PNG</source>
        <translation>a imagem do mapa não pôde ser codificada como PNG</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>%1 (outcome)  n=%2</source>
        <comment>a criterion, how many scores it has</comment>
        <translation>%1 (resultado)  n=%2</translation>
    </message>
    <message>
        <source>%1  n=%2</source>
        <comment>a criterion, how many scores it has</comment>
        <translation>%1  n=%2</translation>
    </message>
    <message>
        <source>score 0 poor</source>
        <translation>pontuação 0 ruim</translation>
    </message>
    <message>
        <source>score 1</source>
        <translation>pontuação 1</translation>
    </message>
    <message>
        <source>score 2</source>
        <translation>pontuação 2</translation>
    </message>
    <message>
        <source>score 3 good</source>
        <translation>pontuação 3 boa</translation>
    </message>
    <message>
        <source>%1 people: not shown</source>
        <comment>%1: fewer than N, as &lt;5</comment>
        <translation>%1 pessoas: não mostrado</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>de dia</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>à noite</translation>
    </message>
    <message>
        <source>Safety score 0–5; places numbered west to east</source>
        <translation>Pontuação de segurança 0–5; lugares numerados de oeste para leste</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Manter satisfeito</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Gerenciar de perto</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitorar</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Manter informado</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Interesse →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>Influência →</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>clock hours, from–to</comment>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents (imported data, kept apart from what people felt): %1 by day (%2), %3 at dusk (%4), %5 at night (%6), %7 at a time not recorded.</source>
        <translation>
            <numerusform>%Ln ocorrência registrada (dados importados, separados do que as pessoas sentiram): %1 de dia (%2), %3 ao entardecer (%4), %5 à noite (%6), %7 em hora não registrada.</numerusform>
            <numerusform>%Ln ocorrências registradas (dados importados, separados do que as pessoas sentiram): %1 de dia (%2), %3 ao entardecer (%4), %5 à noite (%6), %7 em hora não registrada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit points scored; mean safety score %1 out of 5 (lowest %2, highest %3).</source>
        <translation>
            <numerusform>%Ln ponto de auditoria pontuado; pontuação média de segurança %1 de 5 (mínima %2, máxima %3).</numerusform>
            <numerusform>%Ln pontos de auditoria pontuados; pontuação média de segurança %1 de 5 (mínima %2, máxima %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dark spots: points where lighting scored 0 (poor).</source>
        <translation>
            <numerusform>%Ln ponto escuro: ponto onde a iluminação foi pontuada 0 (ruim).</numerusform>
            <numerusform>%Ln pontos escuros: pontos onde a iluminação foi pontuada 0 (ruim).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln places walked both by day and at night: %1 scored lower at night; mean %2 by day, %3 at night.</source>
        <translation>
            <numerusform>%Ln lugar percorrido de dia e à noite: %1 com pontuação menor à noite; média %2 de dia, %3 à noite.</numerusform>
            <numerusform>%Ln lugares percorridos de dia e à noite: %1 com pontuação menor à noite; média %2 de dia, %3 à noite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln perception pins, %1 of them marking a place where people feel unsafe.</source>
        <translation>
            <numerusform>%Ln alfinete de percepção, %1 deles marcando um lugar onde as pessoas se sentem inseguras.</numerusform>
            <numerusform>%Ln alfinetes de percepção, %1 deles marcando um lugar onde as pessoas se sentem inseguras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where %1 scored low, people felt less safe (rank correlation with the feeling score of at least 0.3: a link, not proof of a cause).</source>
        <comment>%1: criteria</comment>
        <translation>Onde %1 teve pontuação baixa, as pessoas se sentiram menos seguras (correlação de postos com a pontuação de sensação de pelo menos 0,3: uma relação, não prova de causa).</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Public version</source>
        <translation>Versão pública</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Diagramando as páginas</translation>
    </message>
    <message>
        <source>The plan was not written: the folder %1 does not exist</source>
        <translation>O plano não foi gravado: a pasta %1 não existe</translation>
    </message>
    <message>
        <source>Preparing the plan</source>
        <translation>Preparando o plano</translation>
    </message>
    <message>
        <source>%1 · Action plan · %2</source>
        <comment>the foot of every page: the project&apos;s name, the date</comment>
        <translation>%1 · Plano de ação · %2</translation>
    </message>
    <message>
        <source>The plan was not written: %1</source>
        <translation>O plano não foi gravado: %1</translation>
    </message>
    <message>
        <source>Community safety action plan, %1</source>
        <translation>Plano de ação comunitário de segurança, %1</translation>
    </message>
    <message>
        <source>Community safety action plan</source>
        <translation>Plano de ação comunitário de segurança</translation>
    </message>
    <message>
        <source>%1 — action plan</source>
        <comment>the PDF&apos;s title</comment>
        <translation>%1 — plano de ação</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>Salvando o arquivo</translation>
    </message>
    <message>
        <source>The plan was not written: something in it is too large to fit on a page</source>
        <translation>O plano não foi gravado: algo nele é grande demais para caber em uma página</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>“%1” — perception pin, %2, %3</source>
        <comment>%2: how it felt, %3: time of day</comment>
        <translation>“%1” — alfinete de percepção, %2, %3</translation>
    </message>
    <message>
        <source>“%1” — audit point %2, %3</source>
        <comment>%3: the walk&apos;s title</comment>
        <translation>“%1” — ponto de auditoria %2, %3</translation>
    </message>
    <message>
        <source>“%1” — audit point %2</source>
        <translation>“%1” — ponto de auditoria %2</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projeto sem título</translation>
    </message>
    <message>
        <source>Other or not stated</source>
        <translation>Outro ou não informado</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gênero</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Faixa etária</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Oficina sem título</translation>
    </message>
    <message>
        <source>Audit walk</source>
        <translation>Caminhada de auditoria</translation>
    </message>
    <message>
        <source>Untitled walk</source>
        <translation>Caminhada sem título</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>Audit walks</source>
        <translation>Caminhadas de auditoria</translation>
    </message>
    <message>
        <source>Audit points scored</source>
        <translation>Pontos de auditoria pontuados</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>audit points scored of those recorded</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>Alfinetes de percepção</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propostas</translation>
    </message>
    <message>
        <source>Voting dots placed</source>
        <translation>Pontos de votação colocados</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>Proposta sem título</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>an action&apos;s first and last day</comment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>an action&apos;s first day</comment>
        <translation>a partir de %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>an action&apos;s last day</comment>
        <translation>até %1</translation>
    </message>
    <message>
        <source>Audit point %1: %2</source>
        <comment>%2: the walk</comment>
        <translation>Ponto de auditoria %1: %2</translation>
    </message>
    <message>
        <source>Audit points %1: %2</source>
        <comment>%1: their numbers, %2: the walk</comment>
        <translation>Pontos de auditoria %1: %2</translation>
    </message>
    <message>
        <source>Audit point %1</source>
        <translation>Ponto de auditoria %1</translation>
    </message>
    <message>
        <source>Audit points %1</source>
        <comment>%1: their numbers</comment>
        <translation>Pontos de auditoria %1</translation>
    </message>
    <message>
        <source>Proposal %1: %2</source>
        <comment>%1: its number, %2: its title</comment>
        <translation>Proposta %1: %2</translation>
    </message>
    <message>
        <source>Proposal %1: untitled</source>
        <translation>Proposta %1: sem título</translation>
    </message>
    <message>
        <source>Perception pin: %1, %2</source>
        <comment>%1: how it felt, %2: time of day</comment>
        <translation>Alfinete de percepção: %1, %2</translation>
    </message>
    <message>
        <source>Recorded incident: %1</source>
        <comment>%1: its category, as imported</comment>
        <translation>Ocorrência registrada: %1</translation>
    </message>
    <message>
        <source>Recorded incident: uncategorised</source>
        <translation>Ocorrência registrada: sem categoria</translation>
    </message>
    <message>
        <source>untitled walk</source>
        <translation>caminhada sem título</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a walk&apos;s title (its time of day)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <comment>a criteria set&apos;s name and version</comment>
        <translation>%1, versão %2</translation>
    </message>
    <message>
        <source>The diagnosis was made together with the people who use these streets. Small groups walked agreed routes by day and again after dark and scored each stop on a fixed set of criteria (0 = poor to 3 = good); participants marked where they feel safe or unsafe on a map and said why; groups then sketched proposals and placed voting dots on those they thought most important. The actions below were drawn from those proposals and agreed with the partners who will carry them out.</source>
        <translation>O diagnóstico foi feito junto com as pessoas que usam estas ruas. Pequenos grupos percorreram percursos combinados de dia e de novo depois de escurecer e pontuaram cada parada com um conjunto fixo de critérios (0 = ruim a 3 = bom); as pessoas participantes marcaram em um mapa onde se sentem seguras ou inseguras e disseram por quê; depois os grupos esboçaram propostas e colocaram pontos de votação nas que consideraram mais importantes. As ações abaixo partiram dessas propostas e foram acordadas com os parceiros que vão executá-las.</translation>
    </message>
    <message>
        <source>Counts of fewer than %1 people, and counts from which one could be worked out, are hidden. This plan names no participant and gives no contact details. This public version leaves out every story, comment and note.</source>
        <translation>Contagens de menos de %1 pessoas, e contagens a partir das quais se poderia deduzi-las, ficam ocultas. Este plano não nomeia nenhuma pessoa participante nem dá dados de contato. Esta versão pública deixa de fora todos os relatos, comentários e notas.</translation>
    </message>
    <message>
        <source>Counts of fewer than %1 people, and counts from which one could be worked out, are hidden. This plan names no participant and gives no contact details.</source>
        <translation>Contagens de menos de %1 pessoas, e contagens a partir das quais se poderia deduzi-las, ficam ocultas. Este plano não nomeia nenhuma pessoa participante nem dá dados de contato.</translation>
    </message>
    <message>
        <source>Prepared with CoSafe on %1.</source>
        <translation>Preparado com o CoSafe em %1.</translation>
    </message>
    <message>
        <source>participants</source>
        <comment>under a big number on the cover</comment>
        <translation>participantes</translation>
    </message>
    <message>
        <source>audit points scored</source>
        <comment>under a big number on the cover</comment>
        <translation>pontos de auditoria pontuados</translation>
    </message>
    <message>
        <source>perception pins</source>
        <comment>under a big number on the cover</comment>
        <translation>alfinetes de percepção</translation>
    </message>
    <message>
        <source>proposals</source>
        <comment>under a big number on the cover</comment>
        <translation>propostas</translation>
    </message>
    <message>
        <source>actions</source>
        <comment>under a big number on the cover</comment>
        <translation>ações</translation>
    </message>
    <message>
        <source>partners</source>
        <comment>under a big number on the cover</comment>
        <translation>parceiros</translation>
    </message>
    <message>
        <source>1  Method and participation</source>
        <translation>1  Método e participação</translation>
    </message>
    <message>
        <source>Workshops and walks</source>
        <translation>Oficinas e caminhadas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants signed in, recorded only by gender, age band and role. Categories with fewer than %1 people are counted together as “Other or not stated”; a count that is still below %1, or from which one could be worked out, is “hidden”.</source>
        <translation>
            <numerusform>%Ln participante registrado, apenas por gênero, faixa etária e papel. Categorias com menos de %1 pessoas são contadas juntas como “Outro ou não informado”; uma contagem que continua abaixo de %1, ou a partir da qual se poderia deduzi-la, fica “oculto”.</numerusform>
            <numerusform>%Ln participantes registrados, apenas por gênero, faixa etária e papel. Categorias com menos de %1 pessoas são contadas juntas como “Outro ou não informado”; uma contagem que continua abaixo de %1, ou a partir da qual se poderia deduzi-la, fica “oculto”.</numerusform>
        </translation>
    </message>
    <message>
        <source>%2 participants signed in, recorded only by gender, age band and role. Categories with fewer than %1 people are counted together as “Other or not stated”; a count that is still below %1, or from which one could be worked out, is “hidden”.</source>
        <comment>%2: “hidden”, as the count is too small to show</comment>
        <translation>Participantes registrados: %2, apenas por gênero, faixa etária e papel. Categorias com menos de %1 pessoas são contadas juntas como “Outro ou não informado”; uma contagem que continua abaixo de %1, ou a partir da qual se poderia deduzi-la, fica “oculto”.</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Quem participou</translation>
    </message>
    <message>
        <source>2  Diagnosis</source>
        <translation>2  Diagnóstico</translation>
    </message>
    <message>
        <source>No audit scores or perception pins were recorded yet.</source>
        <translation>Nenhuma pontuação de auditoria nem alfinete de percepção foi registrado ainda.</translation>
    </message>
    <message>
        <source>Scores by criterion</source>
        <translation>Pontuações por critério</translation>
    </message>
    <message>
        <source>Share of audit scores from 0 (poor) to 3 (good) for each criterion; n = scores given. Feeling is the outcome the other criteria are read against.</source>
        <translation>Proporção das pontuações de auditoria de 0 (ruim) a 3 (bom) para cada critério; n = pontuações dadas. A sensação é o resultado com o qual os outros critérios são comparados.</translation>
    </message>
    <message>
        <source>Mean 0–5 safety score of the audit points walked by each group. Groups of fewer than %1 people are not shown.</source>
        <translation>Pontuação média de segurança de 0–5 dos pontos de auditoria percorridos por cada grupo. Grupos de menos de %1 pessoas não são mostrados.</translation>
    </message>
    <message>
        <source>Mean safety score by gender</source>
        <translation>Pontuação média de segurança por gênero</translation>
    </message>
    <message>
        <source>Mean safety score by age band</source>
        <translation>Pontuação média de segurança por faixa etária</translation>
    </message>
    <message>
        <source>Mean safety score</source>
        <translation>Pontuação média de segurança</translation>
    </message>
    <message>
        <source>Share of pins marked unsafe</source>
        <translation>Proporção de alfinetes marcados como inseguros</translation>
    </message>
    <message>
        <source>Day and night</source>
        <translation>Dia e noite</translation>
    </message>
    <message>
        <source>By the time of day of the walk or pin.</source>
        <translation>Pelo período do dia da caminhada ou do alfinete.</translation>
    </message>
    <message>
        <source>The same places by day and at night</source>
        <translation>Os mesmos lugares de dia e à noite</translation>
    </message>
    <message>
        <source>Each place walked both by day (circle) and after dark (square); the line shows how much its safety score changes.</source>
        <translation>Cada lugar percorrido de dia (círculo) e depois de escurecer (quadrado); a linha mostra quanto muda sua pontuação de segurança.</translation>
    </message>
    <message>
        <source>What people said</source>
        <translation>O que as pessoas disseram</translation>
    </message>
    <message>
        <source>3  Proposals</source>
        <translation>3  Propostas</translation>
    </message>
    <message>
        <source>No proposals were recorded.</source>
        <translation>Nenhuma proposta foi registrada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals; the %1 with the most voting dots (and %2 more on the map). No. is the number beside the proposal on the map above.</source>
        <translation>
            <numerusform>%Ln proposta; as %1 com mais pontos de votação (e mais %2 no mapa). N.º é o número ao lado da proposta no mapa acima.</numerusform>
            <numerusform>%Ln propostas; as %1 com mais pontos de votação (e mais %2 no mapa). N.º é o número ao lado da proposta no mapa acima.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals; the %1 with the most voting dots. No. is the number beside the proposal on the map above.</source>
        <translation>
            <numerusform>%Ln proposta; as %1 com mais pontos de votação. N.º é o número ao lado da proposta no mapa acima.</numerusform>
            <numerusform>%Ln propostas; as %1 com mais pontos de votação. N.º é o número ao lado da proposta no mapa acima.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most voted proposals</source>
        <translation>Propostas mais votadas</translation>
    </message>
    <message>
        <source>4  Action plan</source>
        <translation>4  Plano de ação</translation>
    </message>
    <message>
        <source>No actions have been agreed yet.</source>
        <translation>Nenhuma ação foi acordada ainda.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions in priority order (1 = highest, from the community&apos;s votes or agreed). Estimated cost of those costed: %1.</source>
        <translation>
            <numerusform>%Ln ação em ordem de prioridade (1 = mais alta, pelos votos da comunidade ou acordada). Custo estimado das que têm custo: %1.</numerusform>
            <numerusform>%Ln ações em ordem de prioridade (1 = mais alta, pelos votos da comunidade ou acordada). Custo estimado das que têm custo: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions in priority order (1 = highest, from the community&apos;s votes or agreed).</source>
        <translation>
            <numerusform>%Ln ação em ordem de prioridade (1 = mais alta, pelos votos da comunidade ou acordada).</numerusform>
            <numerusform>%Ln ações em ordem de prioridade (1 = mais alta, pelos votos da comunidade ou acordada).</numerusform>
        </translation>
    </message>
    <message>
        <source>5  Stakeholders</source>
        <translation>5  Partes interessadas</translation>
    </message>
    <message>
        <source>No stakeholders are registered yet.</source>
        <translation>Nenhuma parte interessada cadastrada ainda.</translation>
    </message>
    <message>
        <source>Who can make the actions happen: each stakeholder&apos;s influence over the outcome and interest in it, scored 1–5. Numbers refer to the table below.</source>
        <translation>Quem pode fazer as ações acontecerem: a influência de cada parte interessada sobre o resultado e seu interesse nele, pontuados de 1 a 5. Os números remetem à tabela abaixo.</translation>
    </message>
    <message>
        <source>Influence and interest</source>
        <translation>Influência e interesse</translation>
    </message>
    <message>
        <source>Register</source>
        <comment>the list of stakeholders</comment>
        <translation>Cadastro</translation>
    </message>
    <message>
        <source>6  Monitoring</source>
        <translation>6  Monitoramento</translation>
    </message>
    <message>
        <source>No actions to monitor yet.</source>
        <translation>Nenhuma ação a monitorar ainda.</translation>
    </message>
    <message>
        <source>How each action will be judged: its indicator, where it starts (the baseline, often the mean safety score at its places today) and the target. Re-audit the same places after the work to compare.</source>
        <translation>Como cada ação será avaliada: seu indicador, o ponto de partida (a linha de base, muitas vezes a pontuação média de segurança atual em seus lugares) e a meta. Audite de novo os mesmos lugares depois da obra para comparar.</translation>
    </message>
    <message>
        <source>Appendix: audit criteria and the safety score</source>
        <translation>Anexo: critérios de auditoria e a pontuação de segurança</translation>
    </message>
    <message>
        <source>Criteria set: %1.</source>
        <translation>Conjunto de critérios: %1.</translation>
    </message>
    <message>
        <source>The safety score</source>
        <translation>A pontuação de segurança</translation>
    </message>
    <message>
        <source>The formula is CoSafe&apos;s own and is stated here so that anyone can recompute the scores.</source>
        <translation>A fórmula é própria do CoSafe e está indicada aqui para que qualquer pessoa possa recalcular as pontuações.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sumário</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <comment>places or partners not listed</comment>
        <translation>
            <numerusform>e mais %Ln</numerusform>
            <numerusform>e mais %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Responsible / supporting</source>
        <translation>Responsável / apoio</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>no one yet</source>
        <comment>no partner responsible for the action</comment>
        <translation>ninguém ainda</translation>
    </message>
    <message>
        <source>with %1</source>
        <comment>%1: the supporting partners</comment>
        <translation>com %1</translation>
    </message>
    <message>
        <source>Total estimated cost</source>
        <translation>Custo total estimado</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Linha de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Parte interessada</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influência</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <comment>a score out of 5</comment>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>the number of a proposal on the map</comment>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>Princípio CPTED</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervenção</translation>
    </message>
    <message>
        <source>Dots</source>
        <comment>voting dots</comment>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Place / time of day</source>
        <translation>Lugar / período do dia</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nada registrado</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critério</translation>
    </message>
    <message>
        <source>A score of 3 (good) means</source>
        <translation>Uma pontuação 3 (bom) significa</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>Usado como</translation>
    </message>
    <message>
        <source>outcome (not in the score)</source>
        <translation>resultado (fora da pontuação)</translation>
    </message>
    <message>
        <source>part of the safety score</source>
        <translation>parte da pontuação de segurança</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Voting is on the presentation screen.</source>
        <translation>A votação está na tela de apresentação.</translation>
    </message>
</context>
<context>
    <name>PresentationLegend</name>
    <message>
        <source>Feels safe (pin)</source>
        <translation>Parece seguro (alfinete)</translation>
    </message>
    <message>
        <source>Feels unsafe (pin)</source>
        <translation>Parece inseguro (alfinete)</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>losango</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>triângulo</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — drawing now</source>
        <comment>the active group</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; — desenhando agora</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>CoSafe — Presentation</source>
        <translation>CoSafe — Apresentação</translation>
    </message>
    <message>
        <source>Workshop and Group</source>
        <translation>Oficina e grupo</translation>
    </message>
    <message>
        <source>End Presentation (Esc)</source>
        <translation>Encerrar apresentação (Esc)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Votação</translation>
    </message>
    <message>
        <source>Show the dot voting and the ranking beside the map</source>
        <translation>Mostrar a votação com pontos e a classificação ao lado do mapa</translation>
    </message>
</context>
<context>
    <name>PrincipleBars</name>
    <message>
        <source>%1: %2</source>
        <comment>a CPTED principle: how many proposals serve it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PrintAuditSheetsDialog</name>
    <message>
        <source>Print Audit Sheets</source>
        <translation>Imprimir folhas de auditoria</translation>
    </message>
    <message>
        <source>A sheet is printed for every three points of the walk (five on A3)</source>
        <translation>É impressa uma folha por cada três pontos da caminhada (cinco em A3)</translation>
    </message>
    <message>
        <source>A4 (a clipboard)</source>
        <translation>A4 (uma prancheta)</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>audit sheets</source>
        <translation>folhas de auditoria</translation>
    </message>
    <message>
        <source>Audit walk:</source>
        <translation>Caminhada de auditoria:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Salvar como:</translation>
    </message>
    <message>
        <source>&amp;Print to PDF</source>
        <translation>&amp;Imprimir em PDF</translation>
    </message>
    <message>
        <source>Save Audit Sheets As</source>
        <translation>Guardar folhas de auditoria como</translation>
    </message>
    <message>
        <source>The audit sheets were not printed</source>
        <translation>As folhas de auditoria não foram impressas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit sheets written to %1</source>
        <translation>
            <numerusform>%Ln folha de auditoria escrita em %1</numerusform>
            <numerusform>%Ln folhas de auditoria escritas em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit sheets printed</source>
        <translation>Folhas de auditoria impressas</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir pasta</translation>
    </message>
</context>
<context>
    <name>PrintSheetsDialog</name>
    <message>
        <source>Print Group Maps</source>
        <translation>Imprimir mapas de grupo</translation>
    </message>
    <message>
        <source>One sheet is printed for each ticked group</source>
        <translation>Uma folha é impressa para cada grupo marcado</translation>
    </message>
    <message>
        <source>A3 (a table of 4–6 people)</source>
        <translation>A3 (uma mesa de 4–6 pessoas)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A2 (a large table)</source>
        <translation>A2 (uma mesa grande)</translation>
    </message>
    <message>
        <source>group maps</source>
        <translation>mapas de grupo</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Oficina:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Grupos:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Salvar como:</translation>
    </message>
    <message>
        <source>&amp;Print to PDF</source>
        <translation>&amp;Imprimir em PDF</translation>
    </message>
    <message>
        <source>Save Group Maps As</source>
        <translation>Salvar mapas de grupo como</translation>
    </message>
    <message>
        <source>The group maps were not printed</source>
        <translation>Os mapas de grupo não foram impressos</translation>
    </message>
    <message numerus="yes">
        <source>Writing %Ln group maps</source>
        <translation>
            <numerusform>Escrevendo %Ln mapa de grupo</numerusform>
            <numerusform>Escrevendo %Ln mapas de grupo</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing group maps…</source>
        <translation>Imprimindo mapas de grupo…</translation>
    </message>
    <message>
        <source>Printing cancelled; no file was written</source>
        <translation>Impressão cancelada; nenhum arquivo foi gravado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group maps written to %1</source>
        <translation>
            <numerusform>%Ln mapa de grupo gravado em %1</numerusform>
            <numerusform>%Ln mapas de grupo gravados em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Group maps printed</source>
        <translation>Mapas de grupo impressos</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir pasta</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>The suppression threshold must be between %1 and %2 people: a figure for fewer than %1 could name them</source>
        <translation>O limiar de ocultação deve estar entre %1 e %2 pessoas: um número para menos de %1 poderia identificá-las</translation>
    </message>
    <message>
        <source>The blur grid must be more than 0 m, not %1</source>
        <translation>A grade de desfoque deve ser maior que 0 m, não %1</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>“%1” is not a currency code: use an ISO 4217 code such as KES, BRL, EUR or XOF</source>
        <translation>“%1” não é um código de moeda: use um código ISO 4217 como KES, BRL, EUR ou XOF</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a currency&apos;s code and name: “KES — Kenyan Shilling”</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1: %2</source>
        <comment>a table, then what is wrong in it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>application_id is %1, not GPKG</source>
        <translation>application_id é %1, não GPKG</translation>
    </message>
    <message>
        <source>user_version is %1, expected %2 or later</source>
        <translation>user_version é %1, esperado %2 ou posterior</translation>
    </message>
    <message>
        <source>required table is missing</source>
        <translation>falta uma tabela obrigatória</translation>
    </message>
    <message>
        <source>SRS %1 is not defined</source>
        <translation>o SRS %1 não está definido</translation>
    </message>
    <message>
        <source>registered in gpkg_contents but missing</source>
        <translation>registrada em gpkg_contents, mas ausente</translation>
    </message>
    <message>
        <source>feature table has no geometry column registered</source>
        <translation>a tabela de feições não tem coluna de geometria registrada</translation>
    </message>
    <message>
        <source>geometry uses undefined SRS %1</source>
        <translation>a geometria usa o SRS não definido %1</translation>
    </message>
    <message>
        <source>its registered geometry column is not a column of a table</source>
        <translation>sua coluna de geometria registrada não é uma coluna de uma tabela</translation>
    </message>
    <message>
        <source>spatial index (R-tree) is missing</source>
        <translation>falta o índice espacial (R-tree)</translation>
    </message>
    <message>
        <source>R-tree trigger %1 is missing</source>
        <translation>falta o gatilho R-tree %1</translation>
    </message>
    <message numerus="yes">
        <source>spatial index holds %1 entries for %Ln geometries</source>
        <translation>
            <numerusform>o índice espacial contém %1 entradas para %Ln geometria</numerusform>
            <numerusform>o índice espacial contém %1 entradas para %Ln geometrias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: arquivo inexistente</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file</source>
        <translation>%1 é uma pasta, não um arquivo de projeto</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a CoSafe project: it is not an SQLite/GeoPackage file</source>
        <translation>%1 não é um projeto do CoSafe: não é um arquivo SQLite/GeoPackage</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a GeoPackage, so not a CoSafe project</source>
        <translation>%1 é um banco de dados SQLite, mas não um GeoPackage, portanto não é um projeto do CoSafe</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: the SQLite integrity check failed</source>
        <translation>%1 está danificado: a verificação de integridade do SQLite falhou</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a GeoPackage with %Ln layers: %2, but not a CoSafe project</source>
        <translation>
            <numerusform>%1 é um GeoPackage com %Ln camada: %2, mas não é um projeto do CoSafe</numerusform>
            <numerusform>%1 é um GeoPackage com %Ln camadas: %2, mas não é um projeto do CoSafe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a GeoPackage, but not a CoSafe project</source>
        <translation>%1 é um GeoPackage, mas não um projeto do CoSafe</translation>
    </message>
    <message>
        <source>%1 took too long to read, so it was refused</source>
        <translation>%1 demorou demais para ser lido, por isso foi recusado</translation>
    </message>
    <message>
        <source>%1 is damaged: its tables cannot be read</source>
        <translation>%1 está danificado: não é possível ler suas tabelas</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no CoSafe schema version</source>
        <translation>%1 está danificado: não tem versão de esquema do CoSafe</translation>
    </message>
    <message>
        <source>%1 was made by a newer CoSafe (project format %2; this version reads up to %3): update CoSafe to open it</source>
        <translation>%1 foi feito por um CoSafe mais novo (formato de projeto %2; esta versão lê até %3): atualize o CoSafe para abri-lo</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>o arquivo é somente leitura</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>sua pasta é somente leitura</translation>
    </message>
    <message>
        <source>Folder %1 does not exist</source>
        <translation>A pasta %1 não existe</translation>
    </message>
    <message>
        <source>Could not write the new project</source>
        <translation>Não foi possível gravar o novo projeto</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>aberto somente para leitura</translation>
    </message>
    <message>
        <source>%1 is already open in another CoSafe window; it can be opened read-only</source>
        <translation>%1 já está aberto em outra janela do CoSafe; pode ser aberto somente para leitura</translation>
    </message>
    <message>
        <source>%1; an older format, upgraded in memory only</source>
        <comment>%1 is why the file is read-only</comment>
        <translation>%1; um formato mais antigo, atualizado só na memória</translation>
    </message>
    <message>
        <source>The project is read-only (%1); nothing was changed</source>
        <translation>O projeto é somente leitura (%1); nada foi alterado</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>A alteração não foi salva: %1</translation>
    </message>
    <message>
        <source>The project file was moved or deleted while open, so the change was not saved; use File › Save As to keep a copy</source>
        <translation>O arquivo do projeto foi movido ou excluído enquanto estava aberto, então a alteração não foi salva; use Arquivo › Salvar como para guardar uma cópia</translation>
    </message>
    <message>
        <source>Choose a different file name to save a copy</source>
        <translation>Escolha outro nome de arquivo para salvar uma cópia</translation>
    </message>
    <message>
        <source>The photos were cleaned, but the file was not rewritten</source>
        <translation>As fotos foram limpas, mas o arquivo não foi regravado</translation>
    </message>
    <message>
        <source>The traces were not removed</source>
        <translation>Os vestígios não foram removidos</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <comment>a problem SQLite&apos;s integrity check found</comment>
        <translation>integridade: %1</translation>
    </message>
    <message>
        <source>GeoPackage: %1</source>
        <comment>a problem of the GeoPackage structure</comment>
        <translation>GeoPackage: %1</translation>
    </message>
    <message>
        <source>schema: version %1, expected %2</source>
        <translation>esquema: versão %1, esperada %2</translation>
    </message>
    <message>
        <source>records: %1</source>
        <comment>a record that is not one CoSafe writes</comment>
        <translation>registros: %1</translation>
    </message>
    <message numerus="yes">
        <source>records: checking stopped after %Ln bad records</source>
        <translation>
            <numerusform>registros: a verificação parou depois de %Ln registro inválido</numerusform>
            <numerusform>registros: a verificação parou depois de %Ln registros inválidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 já existe</translation>
    </message>
    <message>
        <source>%1 is open in another CoSafe window; close it there first</source>
        <translation>%1 está aberto em outra janela do CoSafe; feche-o lá primeiro</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>A cópia não foi salva</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Não é possível gravar em %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read to upgrade it in memory: %2</source>
        <translation>Não foi possível ler %1 para atualizá-lo na memória: %2</translation>
    </message>
    <message>
        <source>Could not make a backup before upgrading</source>
        <translation>Não foi possível fazer uma cópia de segurança antes da atualização</translation>
    </message>
    <message>
        <source>Upgrading the project failed and was undone (the file is as it was, and no backup was kept): %1</source>
        <translation>A atualização do projeto falhou e foi desfeita (o arquivo está como estava, e nenhuma cópia de segurança foi mantida): %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what failed, then why: “The copy was not saved: the disk is full”</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>the file cannot be written (read-only)</source>
        <translation>não é possível gravar o arquivo (somente leitura)</translation>
    </message>
    <message>
        <source>the file is locked by another program</source>
        <translation>o arquivo está bloqueado por outro programa</translation>
    </message>
    <message>
        <source>the disk could not be written (I/O error; was the USB stick removed?)</source>
        <translation>não foi possível gravar no disco (erro de E/S; a unidade USB foi removida?)</translation>
    </message>
    <message>
        <source>a value is out of its allowed range (%1)</source>
        <translation>um valor está fora do intervalo permitido (%1)</translation>
    </message>
    <message>
        <source>a record with the same identity already exists</source>
        <translation>já existe um registro com a mesma identidade</translation>
    </message>
    <message>
        <source>%1 record feature %2: %3</source>
        <comment>a table, a basemap feature&apos;s number, what is wrong in it</comment>
        <translation>%1, registro da feição %2: %3</translation>
    </message>
    <message>
        <source>%1 record %2: %3</source>
        <comment>a table, a record&apos;s UUID, what is wrong in it</comment>
        <translation>%1, registro %2: %3</translation>
    </message>
    <message>
        <source>its geometry is not a GeoPackage geometry</source>
        <translation>sua geometria não é uma geometria GeoPackage</translation>
    </message>
    <message>
        <source>its layer or style class is not text</source>
        <translation>sua camada ou classe de estilo não é texto</translation>
    </message>
    <message>
        <source>its name is not text</source>
        <translation>seu nome não é texto</translation>
    </message>
    <message>
        <source>its columns are not the ones CoSafe declares, so its records cannot be read</source>
        <translation>suas colunas não são as que o CoSafe declara, então seus registros não podem ser lidos</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 ou 1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>dados binários</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last two kinds of value a column takes: “a whole number or text”</comment>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between kinds of value</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <comment>a column, the value it holds, what it should hold</comment>
        <translation>%1 é %2, não %3</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>uma data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>a date and time (YYYY-MM-DDTHH:MM:SS.SSSZ)</source>
        <translation>uma data e hora (AAAA-MM-DDTHH:MM:SS.SSSZ)</translation>
    </message>
    <message>
        <source>it does not have the columns of its table</source>
        <translation>não tem as colunas de sua tabela</translation>
    </message>
    <message>
        <source>JSON text</source>
        <translation>texto JSON</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <comment>%1 is a column</comment>
        <translation>%1 não é um JSON válido</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <comment>%1 is a column</comment>
        <translation>%1 não é um objeto JSON</translation>
    </message>
    <message>
        <source>%1 is not a JSON list</source>
        <comment>%1 is a column</comment>
        <translation>%1 não é uma lista JSON</translation>
    </message>
    <message>
        <source>%1 holds something other than text</source>
        <comment>%1 is a column</comment>
        <translation>%1 contém algo que não é texto</translation>
    </message>
    <message>
        <source>empty (NULL)</source>
        <translation>vazio (NULL)</translation>
    </message>
    <message>
        <source>its geometry cannot be read</source>
        <translation>não é possível ler sua geometria</translation>
    </message>
    <message>
        <source>its geometry is not a %1</source>
        <comment>%1 is a GeoPackage geometry type: “multipolygon”</comment>
        <translation>sua geometria não é um %1</translation>
    </message>
    <message>
        <source>%1 is empty (NULL) where a value is needed</source>
        <comment>%1 is a column</comment>
        <translation>%1 está vazio (NULL) onde é necessário um valor</translation>
    </message>
    <message>
        <source>a value is empty (NULL) where a value is needed</source>
        <translation>um valor está vazio (NULL) onde é necessário um valor</translation>
    </message>
    <message>
        <source>a value breaks the rule %1</source>
        <comment>%1 is an SQL rule of the table</comment>
        <translation>um valor viola a regra %1</translation>
    </message>
    <message>
        <source>a value breaks a rule of its table</source>
        <translation>um valor viola uma regra de sua tabela</translation>
    </message>
    <message>
        <source>a view “%1” where a table belongs</source>
        <translation>uma visão “%1” onde deveria haver uma tabela</translation>
    </message>
    <message>
        <source>a trigger “%1” on %2</source>
        <translation>um gatilho “%1” em %2</translation>
    </message>
    <message>
        <source>an index “%1” on %2</source>
        <translation>um índice “%1” em %2</translation>
    </message>
    <message>
        <source>a view “%1”</source>
        <translation>uma visão “%1”</translation>
    </message>
    <message>
        <source>a virtual table “%1”</source>
        <translation>uma tabela virtual “%1”</translation>
    </message>
    <message>
        <source>%1 was refused: it holds %2, which neither CoSafe nor the GeoPackage standard makes (SQL of a file&apos;s own could change records unseen or never finish)</source>
        <comment>%2 names what it holds: “a trigger “x” on proposals”</comment>
        <translation>%1 foi recusado: contém %2, que nem o CoSafe nem o padrão GeoPackage criam (um SQL próprio do arquivo poderia alterar registros sem que se visse ou nunca terminar)</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>New project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 já está aberto</translation>
    </message>
    <message>
        <source>Not a CoSafe project</source>
        <translation>Não é um projeto do CoSafe</translation>
    </message>
    <message>
        <source>%1. Start a new project with its layers as the basemap?</source>
        <translation>%1. Iniciar um novo projeto com suas camadas como mapa de base?</translation>
    </message>
    <message>
        <source>Start New Project</source>
        <translation>Iniciar novo projeto</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Não é possível abrir o projeto</translation>
    </message>
    <message>
        <source>%1; it was removed from the recent projects</source>
        <translation>%1; foi removido dos projetos recentes</translation>
    </message>
    <message>
        <source>Upgraded %1 to the current project format; the file as it was is kept as %2 (a full copy: remove it in File › Project Properties)</source>
        <translation>%1 foi atualizado para o formato de projeto atual; o arquivo como estava foi mantido como %2 (uma cópia completa: remova-a em Arquivo › Propriedades do projeto)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>two messages</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>photos cleaned</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Cleaning stored photos…</source>
        <translation>Limpando as fotos guardadas…</translation>
    </message>
    <message>
        <source>Photos not cleaned</source>
        <translation>Fotos não limpas</translation>
    </message>
    <message>
        <source>Stored photos were not cleaned of camera data (cancelled); CoSafe cleans them the next time</source>
        <translation>Os dados da câmera não foram limpos das fotos guardadas (cancelado); o CoSafe as limpa na próxima vez</translation>
    </message>
    <message>
        <source>%1 project.gpkg</source>
        <comment>a file name</comment>
        <translation>projeto %1.gpkg</translation>
    </message>
    <message>
        <source>New project.gpkg</source>
        <comment>a file name</comment>
        <translation>Novo projeto.gpkg</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Não é possível criar o projeto</translation>
    </message>
    <message>
        <source>%1 is open in CoSafe; choose another file name</source>
        <translation>%1 está aberto no CoSafe; escolha outro nome de arquivo</translation>
    </message>
    <message>
        <source>%1 copy.gpkg</source>
        <comment>a file name</comment>
        <translation>%1 cópia.gpkg</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Não é possível salvar uma cópia</translation>
    </message>
    <message>
        <source>Choose a different file name to save a copy</source>
        <translation>Escolha outro nome de arquivo para salvar uma cópia</translation>
    </message>
    <message>
        <source>Saved a copy as %1; you are now working in the copy</source>
        <translation>Cópia salva como %1; agora você está trabalhando na cópia</translation>
    </message>
    <message>
        <source>Remove traces of deleted records?</source>
        <translation>Remover vestígios de registros excluídos?</translation>
    </message>
    <message>
        <source>CoSafe rewrites the project file so that nothing that deleted records held can be recovered from it, and stores every photo and paper map without camera data, under a neutral name. Do this for a file that came from another laptop or an older CoSafe: what this CoSafe deletes is overwritten already. Your records and the undo history stay as they are.</source>
        <translation>O CoSafe regrava o arquivo do projeto para que nada do que os registros excluídos continham possa ser recuperado dele, e guarda cada foto e mapa em papel sem dados da câmera, com um nome neutro. Faça isso com um arquivo que veio de outro laptop ou de um CoSafe mais antigo: o que este CoSafe exclui já é sobrescrito. Seus registros e o histórico de alterações ficam como estão.</translation>
    </message>
    <message>
        <source>Remove Traces</source>
        <translation>Remover vestígios</translation>
    </message>
    <message>
        <source>Traces not removed</source>
        <translation>Vestígios não removidos</translation>
    </message>
    <message>
        <source>Removed the traces of deleted records from the project file. %1</source>
        <translation>Os vestígios de registros excluídos foram removidos do arquivo do projeto. %1</translation>
    </message>
    <message>
        <source>No sample project</source>
        <translation>Sem projeto de exemplo</translation>
    </message>
    <message>
        <source>This installation of CoSafe has no sample project</source>
        <translation>Esta instalação do CoSafe não tem projeto de exemplo</translation>
    </message>
    <message>
        <source>Cannot write the sample project</source>
        <translation>Não é possível gravar o projeto de exemplo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a folder: what went wrong</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProjectPropertiesDialog</name>
    <message>
        <source>Counts and means for groups smaller than this, and figures from which they could be worked out, are hidden to protect participants.</source>
        <translation>Contagens e médias de grupos menores que isto, e os números a partir dos quais se poderia deduzi-las, ficam ocultos para proteger as pessoas participantes.</translation>
    </message>
    <message>
        <source>The currency of every cost in the project: shown beside costs and printed in the plan</source>
        <translation>A moeda de todos os custos do projeto: mostrada ao lado dos custos e impressa no plano</translation>
    </message>
    <message>
        <source>The language the plan and the exports are written in, whatever language the window speaks</source>
        <translation>O idioma em que o plano e as exportações são escritos, seja qual for o idioma da janela</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <source>Project Properties</source>
        <translation>Propriedades do projeto</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nome do projeto</translation>
    </message>
    <message>
        <source>The project&apos;s name, on the window title and the plan&apos;s cover (required)</source>
        <translation>O nome do projeto, no título da janela e na capa do plano (obrigatório)</translation>
    </message>
    <message>
        <source>Required, e.g. Riverside safety audit 2026</source>
        <translation>Obrigatório, p. ex. Auditoria de segurança da Beira-Rio 2026</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>The neighbourhood, town or city the project is about</source>
        <translation>O bairro, a vila ou a cidade de que trata o projeto</translation>
    </message>
    <message>
        <source>Neighbourhood, town or city</source>
        <translation>Bairro, vila ou cidade</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>What this project is for and who takes part; printed on the plan&apos;s cover</source>
        <translation>Para que serve este projeto e quem participa; impresso na capa do plano</translation>
    </message>
    <message>
        <source>What this project is for, who takes part</source>
        <translation>Para que serve este projeto, quem participa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>Small groups threshold</source>
        <translation>Limiar de grupos pequenos</translation>
    </message>
    <message>
        <source> people</source>
        <comment>after the smallest number of people a group may have</comment>
        <translation> pessoas</translation>
    </message>
    <message>
        <source>Small &amp;groups:</source>
        <translation>&amp;Grupos pequenos:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>M&amp;oeda:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma dos relatórios</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <comment>the plan&apos;s language</comment>
        <translation>O mesmo da janela</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Idioma dos relatórios:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>Untitled project</source>
        <translation>Projeto sem título</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>A alteração não foi feita</translation>
    </message>
    <message>
        <source>The project is read-only (%1)</source>
        <translation>O projeto é somente leitura (%1)</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>A alteração não foi salva</translation>
    </message>
    <message>
        <source>Undo of “%1” failed</source>
        <translation>Falha ao desfazer “%1”</translation>
    </message>
    <message>
        <source>Redo of “%1” failed</source>
        <translation>Falha ao refazer “%1”</translation>
    </message>
    <message>
        <source>%1. The undo history was cleared.</source>
        <translation>%1. O histórico de alterações foi limpo.</translation>
    </message>
</context>
<context>
    <name>ProposalPropertiesPanel</name>
    <message>
        <source>Name this proposal, e.g. Lights on Soko St</source>
        <translation>Dê um nome a esta proposta, p. ex. Luzes na Rua Soko</translation>
    </message>
    <message>
        <source>What should change, and why it would feel safer</source>
        <translation>O que deve mudar e por que traria mais sensação de segurança</translation>
    </message>
    <message>
        <source>Choose, or type a new type</source>
        <translation>Escolha ou digite um novo tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>Princípio CPTED</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervenção</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Para quem</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Rough cost</source>
        <translation>Custo aproximado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Create Action from Proposal</source>
        <translation>Criar ação a partir da proposta</translation>
    </message>
    <message>
        <source>Add an action to the plan from this proposal, linked to it</source>
        <translation>Adicionar ao plano uma ação a partir desta proposta, vinculada a ela</translation>
    </message>
    <message>
        <source>Select a proposal on the map or in the Proposals list to describe it here.</source>
        <translation>Selecione uma proposta no mapa ou na lista de Propostas para descrevê-la aqui.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals are selected. Select one to describe it here.</source>
        <translation>
            <numerusform>%Ln proposta está selecionada. Selecione uma para descrevê-la aqui.</numerusform>
            <numerusform>%Ln propostas estão selecionadas. Selecione uma para descrevê-la aqui.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sem grupo</translation>
    </message>
    <message>
        <source>Set title of “%1”</source>
        <translation>Definir título de “%1”</translation>
    </message>
    <message>
        <source>Set description of “%1”</source>
        <translation>Definir descrição de “%1”</translation>
    </message>
    <message>
        <source>Set principle of “%1”</source>
        <translation>Definir princípio de “%1”</translation>
    </message>
    <message>
        <source>Set intervention of “%1”</source>
        <translation>Definir intervenção de “%1”</translation>
    </message>
    <message>
        <source>Set who it is for of “%1”</source>
        <translation>Definir para quem é “%1”</translation>
    </message>
    <message>
        <source>Set day/night of “%1”</source>
        <translation>Definir dia/noite de “%1”</translation>
    </message>
    <message>
        <source>Set cost of “%1”</source>
        <translation>Definir custo de “%1”</translation>
    </message>
    <message>
        <source>Set status of “%1”</source>
        <translation>Definir situação de “%1”</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Princípio</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervenção</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Para quem</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a column heading and its unit, e.g. Cost (KES)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProposalTablePanel</name>
    <message>
        <source>No proposals yet. Groups draw them on the map with the sketch tools.</source>
        <translation>Nenhuma proposta ainda. Os grupos as desenham no mapa com as ferramentas de desenho.</translation>
    </message>
    <message>
        <source>Filter by workshop</source>
        <translation>Filtrar por oficina</translation>
    </message>
    <message>
        <source>Show only this workshop&apos;s proposals</source>
        <translation>Mostrar só as propostas desta oficina</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Filtrar por grupo</translation>
    </message>
    <message>
        <source>Show only this group&apos;s proposals</source>
        <translation>Mostrar só as propostas deste grupo</translation>
    </message>
    <message>
        <source>Filter by principle</source>
        <translation>Filtrar por princípio</translation>
    </message>
    <message>
        <source>Show only proposals for this CPTED principle</source>
        <translation>Mostrar só as propostas deste princípio CPTED</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propostas</translation>
    </message>
    <message>
        <source>The proposals, ranked; double-click zooms the map to one</source>
        <translation>As propostas, classificadas; clique duplo aproxima o mapa de uma delas</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>Todas as oficinas</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Oficina sem título</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos os grupos</translation>
    </message>
    <message>
        <source>Unnamed group</source>
        <translation>Grupo sem nome</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln proposals shown</source>
        <translation>
            <numerusform>%1 de %Ln proposta exibida</numerusform>
            <numerusform>%1 de %Ln propostas exibidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals</source>
        <translation>
            <numerusform>%Ln proposta</numerusform>
            <numerusform>%Ln propostas</numerusform>
        </translation>
    </message>
    <message>
        <source>Create Action from Proposal</source>
        <translation>Criar ação a partir da proposta</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Proposals</source>
        <translation>Propostas</translation>
    </message>
    <message>
        <source>Second-generation CPTED: the social side of safety</source>
        <translation>CPTED de segunda geração: o lado social da segurança</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <comment>no CPTED principle</comment>
        <translation>Não escolhido</translation>
    </message>
    <message>
        <source>All principles</source>
        <translation>Todos os princípios</translation>
    </message>
    <message>
        <source>12 ● 3: proposal no. 12 (as in the tables), 3 voting dots</source>
        <translation>12 ● 3: proposta n.º 12 (como nas tabelas), 3 pontos de votação</translation>
    </message>
    <message>
        <source>Proposals: %1</source>
        <comment>a legend row: a group&apos;s proposals</comment>
        <translation>Propostas: %1</translation>
    </message>
    <message>
        <source>unnamed group</source>
        <translation>grupo sem nome</translation>
    </message>
    <message>
        <source>Proposals (no group)</source>
        <translation>Propostas (sem grupo)</translation>
    </message>
    <message>
        <source>Move proposal</source>
        <translation>Mover proposta</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln proposals</source>
        <translation>
            <numerusform>Mover %Ln proposta</numerusform>
            <numerusform>Mover %Ln propostas</numerusform>
        </translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>Mover vértice</translation>
    </message>
    <message>
        <source>Insert vertex</source>
        <translation>Inserir vértice</translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation>Excluir vértice</translation>
    </message>
    <message>
        <source>That change leaves the area with no inside</source>
        <translation>Essa alteração deixa a área sem interior</translation>
    </message>
    <message>
        <source>Cannot remove that vertex: a shape needs at least a point</source>
        <translation>Não é possível remover esse vértice: uma forma precisa de pelo menos um ponto</translation>
    </message>
    <message>
        <source>Cannot remove that vertex: a line needs at least two vertices</source>
        <translation>Não é possível remover esse vértice: uma linha precisa de pelo menos dois vértices</translation>
    </message>
    <message>
        <source>Cannot remove that vertex: a shape needs at least three vertices</source>
        <translation>Não é possível remover esse vértice: uma forma precisa de pelo menos três vértices</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>Proposta sem título</translation>
    </message>
</context>
<context>
    <name>ProposalsFeature</name>
    <message>
        <source>Proposal Details</source>
        <translation>Detalhes da proposta</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propostas</translation>
    </message>
    <message>
        <source>Compare Groups</source>
        <translation>Comparar grupos</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Votação</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>this laptop</source>
        <translation>este laptop</translation>
    </message>
    <message>
        <source>an unnamed laptop</source>
        <translation>um laptop sem nome</translation>
    </message>
    <message>
        <source>Made on: %1 · %2</source>
        <comment>%1: a laptop, %2: a group</comment>
        <translation>Feito em: %1 · %2</translation>
    </message>
    <message>
        <source>Made on: %1</source>
        <comment>%1: a laptop</comment>
        <translation>Feito em: %1</translation>
    </message>
    <message>
        <source>From paper sheet %1 (read on %2)</source>
        <comment>%1: the sheet&apos;s number, %2: a date</comment>
        <translation>Da folha de papel %1 (lida em %2)</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Destacar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Fecha o painel</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Destaca o painel da janela ou volta a prendê-lo nela</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sim para &amp;todos</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ão para todos</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abortar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvar tudo</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Deslocar para a esquerda</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Deslocar para a direita</translation>
    </message>
</context>
<context>
    <name>RankingList</name>
    <message>
        <source>Rank</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 dots from %Ln voters</source>
        <translation>
            <numerusform>%1: %2 pontos de %Ln votante</numerusform>
            <numerusform>%1: %2 pontos de %Ln votantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Save As…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1. Use File › Save As to make an editable copy.</source>
        <translation>&lt;b&gt;Somente leitura:&lt;/b&gt; %1. Use Arquivo › Salvar como para fazer uma cópia editável.</translation>
    </message>
</context>
<context>
    <name>ReadSheetsDialog</name>
    <message>
        <source>Read Paper Sheets</source>
        <translation>Ler folhas de papel</translation>
    </message>
    <message>
        <source>Add Photos…</source>
        <translation>Adicionar fotos…</translation>
    </message>
    <message>
        <source>Choose a read sheet in the list to check what was found on it.</source>
        <translation>Escolha uma folha lida na lista para conferir o que foi encontrado nela.</translation>
    </message>
    <message>
        <source>&amp;Store Sheet</source>
        <translation>&amp;Guardar folha</translation>
    </message>
    <message>
        <source>Add the ticked dots to the project as one step you can undo</source>
        <translation>Adicionar os pontos marcados ao projeto num só passo que pode desfazer</translation>
    </message>
    <message>
        <source>Photos of Paper Sheets</source>
        <translation>Fotos de folhas de papel</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lendo %1</translation>
    </message>
    <message>
        <source>Reading paper sheets…</source>
        <translation>Lendo folhas de papel…</translation>
    </message>
    <message>
        <source>Reading cancelled; the photos read so far are not listed</source>
        <translation>Leitura cancelada; as fotos lidas até agora não são listadas</translation>
    </message>
    <message>
        <source>The photos were not read</source>
        <translation>As fotos não foram lidas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a photo&apos;s file name, then why it cannot be read</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: sheet %2 (%3), stored</source>
        <translation>%1: folha %2 (%3), guardada</translation>
    </message>
    <message>
        <source>%1: sheet %2 (%3): %4</source>
        <comment>%4: how many dots, how many to check</comment>
        <translation>%1: folha %2 (%3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln to check</source>
        <comment>%1: the marks found (3 dots, 1 pen line)</comment>
        <translation>
            <numerusform>%1, %Ln a conferir</numerusform>
            <numerusform>%1, %Ln a conferir</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: audit sheet %2 (%3), stored</source>
        <translation>%1: folha de auditoria %2 (%3), guardada</translation>
    </message>
    <message>
        <source>%1: audit sheet %2 (%3): %4</source>
        <comment>%4: how many scores, how many to check</comment>
        <translation>%1: folha de auditoria %2 (%3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scores, %1 to check</source>
        <translation>
            <numerusform>%Ln pontuação, %1 para verificar</numerusform>
            <numerusform>%Ln pontuações, %1 para verificar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the scores ticked to store</source>
        <translation>
            <numerusform>%Ln das pontuações marcada para guardar</numerusform>
            <numerusform>%Ln das pontuações marcadas para guardar</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticked to store: %1</source>
        <comment>%1: 3 dots, 1 pen line</comment>
        <translation>Marcado para guardar: %1</translation>
    </message>
    <message>
        <source>Sheet %1 stored: %2 added (Edit › Undo takes them away)</source>
        <comment>%2: 3 dots, 1 pen line</comment>
        <translation>Folha %1 guardada: adicionado %2 (Editar › Desfazer remove-o)</translation>
    </message>
    <message>
        <source>%1. Storing it again replaces its points&apos; scores with those ticked now.</source>
        <translation>%1. Guardá-la novamente substitui as pontuações dos seus pontos pelas assinaladas agora.</translation>
    </message>
    <message>
        <source>Read Before</source>
        <translation>Já lida</translation>
    </message>
    <message>
        <source>%1. Storing it again adds its dots a second time.</source>
        <translation>%1. Guardá-la novamente adiciona os seus pontos uma segunda vez.</translation>
    </message>
    <message>
        <source>Photos of printed group maps or audit sheets: drop them here or add them. Check what was read, then store the sheet.</source>
        <translation>Fotos de mapas de grupo ou de folhas de auditoria impressos: solte-as aqui ou adicione-as. Verifique o que foi lido e depois guarde a folha.</translation>
    </message>
    <message>
        <source>Store Again</source>
        <translation>Guardar novamente</translation>
    </message>
    <message>
        <source>Photo of audit sheet %1</source>
        <translation>Foto da folha de auditoria %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit sheet %1 stored: %Ln scores (Edit › Undo takes them away)</source>
        <translation>
            <numerusform>Folha de auditoria %1 guardada: %Ln pontuação (Editar › Desfazer retira-a)</numerusform>
            <numerusform>Folha de auditoria %1 guardada: %Ln pontuações (Editar › Desfazer retira-as)</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet was not stored</source>
        <translation>A folha não foi guardada</translation>
    </message>
    <message>
        <source>Photo of paper sheet %1</source>
        <translation>Foto da folha de papel %1</translation>
    </message>
</context>
<context>
    <name>ReasonTagsDialog</name>
    <message>
        <source>Reason Tags</source>
        <translation>Etiquetas de motivo</translation>
    </message>
    <message>
        <source>Reason tags</source>
        <translation>Etiquetas de motivo</translation>
    </message>
    <message>
        <source>The reasons a pin can give; F2 or a double click renames one</source>
        <translation>Os motivos que um alfinete pode indicar; F2 ou clique duplo renomeia um</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Novo motivo</translation>
    </message>
    <message>
        <source>Type a new reason and press Enter to add it</source>
        <translation>Digite um novo motivo e pressione Enter para adicioná-lo</translation>
    </message>
    <message>
        <source>New reason, e.g. No toilets</source>
        <translation>Novo motivo, p. ex. Sem sanitários</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Stop offering this reason for new pins; pins that have it keep it</source>
        <translation>Deixar de oferecer este motivo para novos alfinetes; os alfinetes que o têm o mantêm</translation>
    </message>
    <message>
        <source>Translations…</source>
        <translation>Traduções…</translation>
    </message>
    <message>
        <source>This reason in other languages</source>
        <translation>Este motivo em outros idiomas</translation>
    </message>
    <message>
        <source>Double-click a reason (or F2) to rename it. Reasons are retired, never deleted, so pins keep their meaning.</source>
        <translation>Clique duas vezes em um motivo (ou F2) para renomeá-lo. Os motivos são desativados, nunca excluídos, para que os alfinetes mantenham seu significado.</translation>
    </message>
    <message>
        <source>Retired: not offered for new pins</source>
        <translation>Desativado: não oferecido para novos alfinetes</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Type the new reason first</source>
        <translation>Digite primeiro o novo motivo</translation>
    </message>
    <message>
        <source>“%1” is already a reason; nothing was added</source>
        <translation>“%1” já é um motivo; nada foi adicionado</translation>
    </message>
    <message>
        <source>Add reason tag “%1”</source>
        <translation>Adicionar etiqueta de motivo “%1”</translation>
    </message>
    <message>
        <source>“%1” is already a reason; the name was kept</source>
        <translation>“%1” já é um motivo; o nome foi mantido</translation>
    </message>
    <message>
        <source>A reason needs a name; the name was kept</source>
        <translation>Um motivo precisa de um nome; o nome foi mantido</translation>
    </message>
    <message>
        <source>Rename reason tag “%1” to “%2”</source>
        <translation>Renomear etiqueta de motivo “%1” para “%2”</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Translate reason tag “%1”</source>
        <translation>Traduzir a etiqueta de motivo “%1”</translation>
    </message>
    <message>
        <source>Restore reason tag “%1”</source>
        <translation>Restaurar etiqueta de motivo “%1”</translation>
    </message>
    <message>
        <source>Retire reason tag “%1”</source>
        <translation>Desativar etiqueta de motivo “%1”</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Workshops</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>oficina</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>Basemap layers</source>
        <translation>Camadas do mapa de base</translation>
    </message>
    <message>
        <source>basemap layer</source>
        <translation>camada do mapa de base</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propostas</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>proposta</translation>
    </message>
    <message>
        <source>Criteria sets</source>
        <translation>Conjuntos de critérios</translation>
    </message>
    <message>
        <source>criteria set</source>
        <translation>conjunto de critérios</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critérios</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>critério</translation>
    </message>
    <message>
        <source>Audit walks</source>
        <translation>Caminhadas de auditoria</translation>
    </message>
    <message>
        <source>audit walk</source>
        <translation>caminhada de auditoria</translation>
    </message>
    <message>
        <source>Walk participants</source>
        <translation>Participantes de caminhadas</translation>
    </message>
    <message>
        <source>walk participant</source>
        <translation>participante de caminhada</translation>
    </message>
    <message>
        <source>Audit points</source>
        <translation>Pontos de auditoria</translation>
    </message>
    <message>
        <source>audit point</source>
        <translation>ponto de auditoria</translation>
    </message>
    <message>
        <source>Audit scores</source>
        <translation>Pontuações de auditoria</translation>
    </message>
    <message>
        <source>audit score</source>
        <translation>pontuação de auditoria</translation>
    </message>
    <message>
        <source>Checklist answers</source>
        <translation>Respostas da lista de verificação</translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation>resposta da lista de verificação</translation>
    </message>
    <message>
        <source>Reason tags</source>
        <translation>Etiquetas de motivo</translation>
    </message>
    <message>
        <source>reason tag</source>
        <translation>etiqueta de motivo</translation>
    </message>
    <message>
        <source>Label translations</source>
        <translation>Traduções de rótulos</translation>
    </message>
    <message>
        <source>label translation</source>
        <translation>tradução de rótulo</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>Alfinetes de percepção</translation>
    </message>
    <message>
        <source>perception pin</source>
        <translation>alfinete de percepção</translation>
    </message>
    <message>
        <source>Recorded incidents</source>
        <translation>Ocorrências registradas</translation>
    </message>
    <message>
        <source>recorded incident</source>
        <translation>ocorrência registrada</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Partes interessadas</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>parte interessada</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>action</source>
        <translation>ação</translation>
    </message>
    <message>
        <source>Action partners</source>
        <translation>Parceiros de ações</translation>
    </message>
    <message>
        <source>action partner</source>
        <translation>parceiro de ação</translation>
    </message>
    <message>
        <source>Action links</source>
        <translation>Vínculos de ações</translation>
    </message>
    <message>
        <source>action link</source>
        <translation>vínculo de ação</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>voto</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>anexo</translation>
    </message>
    <message>
        <source>Paper sheets read</source>
        <translation>Folhas de papel lidas</translation>
    </message>
    <message>
        <source>paper sheet read</source>
        <translation>folha de papel lida</translation>
    </message>
    <message>
        <source>Records read from paper</source>
        <translation>Registros lidos do papel</translation>
    </message>
    <message>
        <source>record read from paper</source>
        <translation>registro lido do papel</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>Merge log</source>
        <translation>Registro de mesclagens</translation>
    </message>
    <message>
        <source>merge log</source>
        <translation>registro de mesclagens</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Unsafe place</source>
        <translation>Lugar inseguro</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>Lugar seguro</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Ideia</translation>
    </message>
    <message>
        <source>The photo, straightened: drag a dot to where the sticker is</source>
        <translation>A foto, endireitada: arraste um ponto até onde está o adesivo</translation>
    </message>
    <message>
        <source>The map: drag a dot to where it belongs</source>
        <translation>O mapa: arraste um ponto até o seu lugar</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>A conferir</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Conferir: %1</translation>
    </message>
    <message>
        <source>Looks sure (%1 %)</source>
        <translation>Parece certo (%1 %)</translation>
    </message>
    <message>
        <source>Pen line: %1</source>
        <translation>Linha de caneta: %1</translation>
    </message>
    <message>
        <source>Pen shape (an area): %1</source>
        <translation>Forma de caneta (uma área): %1</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no numbered note</comment>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Note number</source>
        <translation>Número da nota</translation>
    </message>
    <message>
        <source>The number written beside the dot: it links the dot to that note of the margin</source>
        <translation>O número escrito ao lado do ponto: liga o ponto a essa nota da margem</translation>
    </message>
    <message>
        <source>Photo of sheet %1</source>
        <translation>Foto da folha %1</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>No mapa</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Texto da nota</translation>
    </message>
    <message>
        <source>Numbered notes</source>
        <translation>Notas numeradas</translation>
    </message>
    <message>
        <source>Type each numbered note&apos;s text as written in the sheet&apos;s margin: it is stored with the dots that carry its number</source>
        <translation>Escreva o texto de cada nota numerada tal como está na margem da folha: é guardado com os pontos que têm o seu número</translation>
    </message>
    <message>
        <source>Numbered notes on this sheet</source>
        <translation>Notas numeradas desta folha</translation>
    </message>
    <message>
        <source>No sticker and no pen line was found on this sheet.</source>
        <translation>Nenhum adesivo nem linha de caneta foi encontrado nesta folha.</translation>
    </message>
    <message>
        <source>%1: note %2</source>
        <comment>a dot&apos;s row, then the number written beside it</comment>
        <translation>%1: nota %2</translation>
    </message>
    <message>
        <source>%1?</source>
        <comment>a dot to check</comment>
        <translation>%1?</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>cosafe: %1 has no workshop: add one in CoSafe first (Workshop › New Workshop…).</source>
        <translation>cosafe: %1 não tem nenhuma oficina: adicione uma antes no CoSafe (Oficina › Nova oficina…).</translation>
    </message>
    <message>
        <source>cosafe: %1 has no map area: import a basemap or set the project area first.</source>
        <translation>cosafe: %1 não tem área de mapa: importe antes um mapa de base ou defina a área do projeto.</translation>
    </message>
    <message>
        <source>Room open: %1</source>
        <translation>Sala aberta: %1</translation>
    </message>
    <message>
        <source>Room closed.</source>
        <translation>Sala fechada.</translation>
    </message>
    <message>
        <source>This address is not the room&apos;s.</source>
        <translation>Este endereço não é o da sala.</translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation>A sala está fechada.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests from this device: wait %Ln seconds.</source>
        <translation>
            <numerusform>Pedidos demais deste aparelho: aguarde %Ln segundo.</numerusform>
            <numerusform>Pedidos demais deste aparelho: aguarde %Ln segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room code is wrong or missing: it is shown on the projector.</source>
        <translation>O código da sala está errado ou faltando: ele aparece no projetor.</translation>
    </message>
    <message>
        <source>Join the room first: this needs the token that joining gives.</source>
        <translation>Entre antes na sala: isto precisa do token recebido ao entrar.</translation>
    </message>
    <message>
        <source>This token is not valid, or the room was closed since: join again.</source>
        <translation>Este token não é válido, ou a sala foi fechada desde então: entre de novo.</translation>
    </message>
    <message numerus="yes">
        <source>The request is too large: at most %Ln bytes.</source>
        <translation>
            <numerusform>O pedido é grande demais: no máximo %Ln byte.</numerusform>
            <numerusform>O pedido é grande demais: no máximo %Ln bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room is paused: try again in a moment.</source>
        <translation>A sala está em pausa: tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>The basemap has no tile here.</source>
        <translation>O mapa de base não tem bloco aqui.</translation>
    </message>
    <message>
        <source>There is no such page in the room.</source>
        <translation>Essa página não existe na sala.</translation>
    </message>
    <message>
        <source>This address does not take that kind of request.</source>
        <translation>Este endereço não aceita esse tipo de pedido.</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>O pedido foi recusado.</translation>
    </message>
    <message>
        <source>Something went wrong in the room; nothing was stored.</source>
        <translation>Algo deu errado na sala; nada foi gravado.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gênero</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation>Proposta %1</translation>
    </message>
    <message>
        <source>This workshop has no groups: leave “group” out.</source>
        <translation>Esta oficina não tem grupos: deixe “group” de fora.</translation>
    </message>
    <message>
        <source>“%1” must be a JSON object.</source>
        <translation>“%1” deve ser um objeto JSON.</translation>
    </message>
    <message>
        <source>Taking part needs consent: nothing was stored.</source>
        <translation>Participar exige consentimento: nada foi gravado.</translation>
    </message>
    <message>
        <source>Participant %1 joins from a phone</source>
        <translation>Participante %1 entra por um telefone</translation>
    </message>
    <message>
        <source>Pin from phone %1</source>
        <translation>Alfinete do telefone %1</translation>
    </message>
    <message>
        <source>Idea from phone %1</source>
        <translation>Ideia do telefone %1</translation>
    </message>
    <message>
        <source>“proposal” must be the id of one of this workshop&apos;s proposals.</source>
        <translation>“proposal” deve ser o id de uma das propostas desta oficina.</translation>
    </message>
    <message>
        <source>Dot from phone %1</source>
        <translation>Ponto do telefone %1</translation>
    </message>
    <message>
        <source>“%1” is not an IP address; give the address of this computer on the phones&apos; network, e.g. 192.168.4.1.</source>
        <translation>“%1” não é um endereço IP; informe o endereço deste computador na rede dos telefones, p. ex. 192.168.4.1.</translation>
    </message>
    <message>
        <source>“%1” would listen on every network of this computer; give the address of the one the phones use, e.g. 192.168.4.1.</source>
        <translation>“%1” escutaria em todas as redes deste computador; informe o endereço da rede que os telefones usam, p. ex. 192.168.4.1.</translation>
    </message>
    <message>
        <source>the port is in use by another program</source>
        <translation>a porta está em uso por outro programa</translation>
    </message>
    <message>
        <source>this computer has no such address</source>
        <translation>este computador não tem esse endereço</translation>
    </message>
    <message>
        <source>The room cannot listen on %1: %2.</source>
        <translation>A sala não pode escutar em %1: %2.</translation>
    </message>
    <message>
        <source>The request body is not JSON.</source>
        <translation>O corpo do pedido não é JSON.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>O corpo do pedido deve ser um objeto JSON.</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>Campo desconhecido: “%1”.</translation>
    </message>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>Falta o campo “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” must be text of at most %Ln characters.</source>
        <translation>
            <numerusform>“%1” deve ser um texto de no máximo %Ln caractere.</numerusform>
            <numerusform>“%1” deve ser um texto de no máximo %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” must not be empty.</source>
        <translation>“%1” não pode estar vazio.</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2.</source>
        <translation>“%1” deve ser um destes: %2.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” must be a list of different values, at most %Ln, each one of: %2.</source>
        <translation>
            <numerusform>“%1” deve ser uma lista de valores diferentes, no máximo %Ln, cada um entre: %2.</numerusform>
            <numerusform>“%1” deve ser uma lista de valores diferentes, no máximo %Ln, cada um entre: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>“%1” deve ser true ou false.</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>“%1” deve ser um número.</translation>
    </message>
    <message>
        <source>The place is outside the workshop&apos;s area.</source>
        <translation>O lugar está fora da área da oficina.</translation>
    </message>
    <message numerus="yes">
        <source>“geometry” must be a GeoJSON point or a line of 2 to %Ln points.</source>
        <translation>
            <numerusform>“geometry” deve ser um ponto GeoJSON ou uma linha de 2 a %Ln pontos.</numerusform>
            <numerusform>“geometry” deve ser um ponto GeoJSON ou uma linha de 2 a %Ln pontos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Safety workshop</source>
        <translation>Oficina de segurança</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Código da sala</translation>
    </message>
    <message>
        <source>The code is shown on the projector.</source>
        <translation>O código aparece no projetor.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Join the workshop</source>
        <translation>Entrar na oficina</translation>
    </message>
    <message>
        <source>No name is asked. Your answers only help show how safety differs between groups.</source>
        <translation>Nenhum nome é pedido. Suas respostas só ajudam a mostrar como a segurança muda entre os grupos.</translation>
    </message>
    <message>
        <source>Your group</source>
        <translation>Seu grupo</translation>
    </message>
    <message>
        <source>I agree that my answers, pins, ideas and dots are kept in this workshop&apos;s project, without my name.</source>
        <translation>Concordo que minhas respostas, alfinetes, ideias e pontos fiquem guardados no projeto desta oficina, sem o meu nome.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Your code is %1</source>
        <translation>Seu código é %1</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Alfinete</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Ideia</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>Map of the workshop&apos;s area</source>
        <translation>Mapa da área da oficina</translation>
    </message>
    <message>
        <source>Tap the map to choose a place. The arrow keys move the map; the button below chooses its centre.</source>
        <translation>Toque no mapa para escolher um lugar. As setas do teclado movem o mapa; o botão abaixo escolhe o centro dele.</translation>
    </message>
    <message>
        <source>The numbers on the map are the proposals listed below.</source>
        <translation>Os números no mapa são as propostas listadas abaixo.</translation>
    </message>
    <message>
        <source>Choose the centre of the map</source>
        <translation>Escolher o centro do mapa</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aproximar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Afastar</translation>
    </message>
    <message>
        <source>Place chosen.</source>
        <translation>Lugar escolhido.</translation>
    </message>
    <message>
        <source>This place is outside the workshop&apos;s area (the dashed line).</source>
        <translation>Este lugar fica fora da área da oficina (a linha tracejada).</translation>
    </message>
    <message>
        <source>Tap the map to choose a place first.</source>
        <translation>Toque antes no mapa para escolher um lugar.</translation>
    </message>
    <message>
        <source>How do you feel here?</source>
        <translation>Como você se sente aqui?</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Por quê?</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>Quando?</translation>
    </message>
    <message>
        <source>Your story (if you wish)</source>
        <translation>Seu relato (se quiser)</translation>
    </message>
    <message>
        <source>The facilitator reads stories before any is shown on the projector.</source>
        <translation>A pessoa facilitadora lê os relatos antes que algum apareça no projetor.</translation>
    </message>
    <message>
        <source>Add the pin</source>
        <translation>Adicionar o alfinete</translation>
    </message>
    <message>
        <source>Your pin was added.</source>
        <translation>Seu alfinete foi adicionado.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>A point</source>
        <translation>Um ponto</translation>
    </message>
    <message>
        <source>A line: tap the map at each of its points</source>
        <translation>Uma linha: toque no mapa em cada um dos pontos dela</translation>
    </message>
    <message>
        <source>Remove the last point</source>
        <translation>Remover o último ponto</translation>
    </message>
    <message>
        <source>Points of the line: %1</source>
        <translation>Pontos da linha: %1</translation>
    </message>
    <message>
        <source>Tap the map at two points at least for a line.</source>
        <translation>Para uma linha, toque no mapa em pelo menos dois pontos.</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Princípio</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>Description (if you wish)</source>
        <translation>Descrição (se quiser)</translation>
    </message>
    <message>
        <source>Add the idea</source>
        <translation>Adicionar a ideia</translation>
    </message>
    <message>
        <source>Your idea was added.</source>
        <translation>Sua ideia foi adicionada.</translation>
    </message>
    <message>
        <source>Dots left: %1</source>
        <translation>Pontos restantes: %1</translation>
    </message>
    <message>
        <source>Place a dot on “%1”</source>
        <translation>Pôr um ponto em “%1”</translation>
    </message>
    <message>
        <source>Your dot was placed.</source>
        <translation>Seu ponto foi colocado.</translation>
    </message>
    <message>
        <source>Your dots here: %1</source>
        <translation>Seus pontos aqui: %1</translation>
    </message>
    <message>
        <source>The laptop cannot be reached. Check the Wi-Fi and try again.</source>
        <translation>Não é possível contatar o laptop. Verifique o wi-fi e tente de novo.</translation>
    </message>
</context>
<context>
    <name>RoomFeature</name>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Open the &amp;Room…</source>
        <translation>Abrir a &amp;sala…</translation>
    </message>
    <message>
        <source>Let participants add pins, ideas and dots from their own phones</source>
        <translation>Deixar os participantes adicionar alfinetes, ideias e pontos a partir dos seus telefones</translation>
    </message>
    <message>
        <source>The room cannot open</source>
        <translation>A sala não pode abrir</translation>
    </message>
    <message>
        <source>The project is open read-only: phones could add nothing.</source>
        <translation>O projeto está aberto só para leitura: os telefones não poderiam adicionar nada.</translation>
    </message>
    <message>
        <source>The project has no workshop: add one first (Workshop › New Workshop…).</source>
        <translation>O projeto não tem oficina: adicione uma primeiro (Oficina › Nova oficina…).</translation>
    </message>
    <message>
        <source>The project has no map area: import a basemap or set the project area first.</source>
        <translation>O projeto não tem área de mapa: importe um mapa base ou defina primeiro a área do projeto.</translation>
    </message>
    <message>
        <source>The project was closed.</source>
        <translation>O projeto foi fechado.</translation>
    </message>
    <message>
        <source>Room open: %1</source>
        <translation>Sala aberta: %1</translation>
    </message>
    <message>
        <source>Room closed.</source>
        <translation>Sala fechada.</translation>
    </message>
    <message>
        <source>Remove the contributions of phone %1</source>
        <translation>Remover as contribuições do telefone %1</translation>
    </message>
    <message>
        <source>Phone %1 has added nothing to remove.</source>
        <translation>O telefone %1 não adicionou nada para remover.</translation>
    </message>
    <message>
        <source>Approve the story from phone %1</source>
        <translation>Aprovar o relato do telefone %1</translation>
    </message>
    <message>
        <source>Reject the story from phone %1</source>
        <translation>Rejeitar o relato do telefone %1</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>The room is closed. Open it to let participants add pins, ideas and dots from their own phones, on this computer&apos;s network, without internet.</source>
        <translation>A sala está fechada. Abra-a para que os participantes adicionem alfinetes, ideias e pontos a partir dos seus telefones, na rede deste computador, sem internet.</translation>
    </message>
    <message>
        <source>Open the Room…</source>
        <translation>Abrir a sala…</translation>
    </message>
    <message>
        <source>Let participants add pins, ideas and dots from their own phones</source>
        <translation>Deixar os participantes adicionar alfinetes, ideias e pontos a partir dos seus telefones</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>Código QR do endereço da sala</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Show on the Projector</source>
        <translation>Mostrar no projetor</translation>
    </message>
    <message>
        <source>The QR code, the address and the room code, full screen on the projector</source>
        <translation>O código QR, o endereço e o código da sala, em ecrã inteiro no projetor</translation>
    </message>
    <message>
        <source>Close the Room</source>
        <translation>Fechar a sala</translation>
    </message>
    <message>
        <source>Connected phones</source>
        <translation>Telefones ligados</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>Alfinetes</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideias</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Stories awaiting approval</source>
        <translation>Relatos aguardando aprovação</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Remove This Device&apos;s Contributions</source>
        <translation>Remover as contribuições deste dispositivo</translation>
    </message>
    <message>
        <source>Delete the selected phone&apos;s pins, ideas and dots as one step (Undo brings them back)</source>
        <translation>Apaga os alfinetes, ideias e pontos do telefone escolhido num só passo (Desfazer trá-los de volta)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message>
        <source>A story sent from a phone is shown on the projector, the panels and the plan only once you approve it.</source>
        <translation>Um relato enviado de um telefone só aparece no projetor, nos painéis e no plano depois de o aprovar.</translation>
    </message>
    <message>
        <source>Room code: %1</source>
        <translation>Código da sala: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Paused: phones can look, but nothing they send is added.</source>
        <translation>Em pausa: os telefones podem ver, mas nada do que enviam é adicionado.</translation>
    </message>
    <message>
        <source>Open: phones on this network can join and add pins, ideas and dots.</source>
        <translation>Aberta: os telefones desta rede podem entrar e adicionar alfinetes, ideias e pontos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln phones connected</source>
        <translation>
            <numerusform>%Ln telefone ligado</numerusform>
            <numerusform>%Ln telefones ligados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories awaiting approval</source>
        <translation>
            <numerusform>%Ln relato aguardando aprovação</numerusform>
            <numerusform>%Ln relatos aguardando aprovação</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPoster</name>
    <message>
        <source>Join the room</source>
        <translation>Entre na sala</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>Código QR do endereço da sala</translation>
    </message>
    <message>
        <source>Room code: %1</source>
        <translation>Código da sala: %1</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or type the address in its browser.</source>
        <translation>Leia o código com a câmara do seu telefone ou escreva o endereço no navegador.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>Market to river loop (day)</source>
        <translation>Circuito do mercado ao rio (de dia)</translation>
    </message>
    <message>
        <source>Walked 10:00–11:30 on a market day.</source>
        <translation>Caminhada das 10:00 às 11:30, em dia de mercado.</translation>
    </message>
    <message>
        <source>Market to river loop (night)</source>
        <translation>Circuito do mercado ao rio (à noite)</translation>
    </message>
    <message>
        <source>Walked 19:30–21:00, after the market closed.</source>
        <translation>Caminhada das 19:30 às 21:00, depois que o mercado fechou.</translation>
    </message>
    <message>
        <source>Dark dirt path between bushes and the river; nowhere to run.</source>
        <translation>Caminho de terra escuro entre o mato e o rio; não há para onde correr.</translation>
    </message>
    <message>
        <source>No light on the footbridge; you cannot see who waits at the far end.</source>
        <translation>Não há luz na passarela; não se vê quem espera do outro lado.</translation>
    </message>
    <message>
        <source>No working lamp: could not see faces at 10 m.</source>
        <translation>Nenhum poste aceso: não dava para ver os rostos a 10 m.</translation>
    </message>
    <message>
        <source>Market frontage, crowded with stalls and buyers.</source>
        <translation>Frente do mercado, cheia de bancas e compradores.</translation>
    </message>
    <message>
        <source>Market shut; stalls make blind corners.</source>
        <translation>Mercado fechado; as bancas criam cantos sem visibilidade.</translation>
    </message>
    <message>
        <source>Men drinking outside the bar; groups of women cross the road to avoid it.</source>
        <translation>Homens bebendo na porta do bar; as mulheres atravessam a rua em grupo para evitá-lo.</translation>
    </message>
    <message>
        <source>Bus stop close by.</source>
        <translation>Ponto de ônibus perto.</translation>
    </message>
    <message>
        <source>Sign the market toilets from Soko Street.</source>
        <extracomment>“Soko Street” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Sinalizar os sanitários do mercado a partir da Soko Street.</translation>
    </message>
    <message>
        <source>Trim the bushes along the bank path.</source>
        <translation>Podar o mato ao longo do caminho da margem.</translation>
    </message>
    <message>
        <source>Solar lamps at both ends of the footbridge.</source>
        <translation>Postes solares nas duas pontas da passarela.</translation>
    </message>
    <message>
        <source>Open a lit path from the footbridge to the park.</source>
        <translation>Abrir um caminho iluminado da passarela até o parque.</translation>
    </message>
    <message>
        <source>Light the bank path or close it after dark with a signed, lit detour.</source>
        <translation>Iluminar o caminho da margem ou fechá-lo à noite, com um desvio sinalizado e iluminado.</translation>
    </message>
    <message>
        <source>Keep the stop&apos;s lamp working; add a shelter.</source>
        <translation>Manter a luz do ponto funcionando; acrescentar um abrigo.</translation>
    </message>
    <message>
        <source>Riverside Police Post occurrence book 2025–26 (invented sample data)</source>
        <translation>Livro de ocorrências do posto policial de Riverside 2025–26 (dados de exemplo inventados)</translation>
    </message>
    <message>
        <source>Men touch and call out at girls in the crowded aisles.</source>
        <extracomment>Stories are what residents wrote on their pins: keep them short and spoken.</extracomment>
        <translation>Nos corredores lotados, os homens passam a mão nas meninas e mexem com elas.</translation>
    </message>
    <message>
        <source>The traders know us and look out for us.</source>
        <translation>Os comerciantes nos conhecem e cuidam de nós.</translation>
    </message>
    <message>
        <source>The toilets are at the dark back of the market; I wait until I get home.</source>
        <translation>Os banheiros ficam no fundo escuro do mercado; eu espero até chegar em casa.</translation>
    </message>
    <message>
        <source>Clean and busy in the morning.</source>
        <translation>Limpo e movimentado de manhã.</translation>
    </message>
    <message>
        <source>Pickpockets work the queue for the last matatu.</source>
        <extracomment>A matatu is a shared minibus taxi (East Africa): say the local word for one.</extracomment>
        <translation>Os batedores de carteira agem na fila do último micro-ônibus.</translation>
    </message>
    <message>
        <source>Always people and lights at the bays.</source>
        <translation>Sempre tem gente e luz nas plataformas.</translation>
    </message>
    <message>
        <source>Drinkers outside the bar block the pavement and shout at women.</source>
        <translation>Os que bebem na frente do bar tomam a calçada e gritam com as mulheres.</translation>
    </message>
    <message>
        <source>Lively, people about.</source>
        <translation>Animado, sempre tem gente por perto.</translation>
    </message>
    <message>
        <source>Nobody walks by the river after dark; there is not one lamp.</source>
        <translation>Ninguém anda pela beira do rio à noite; não tem um poste sequer.</translation>
    </message>
    <message>
        <source>Nice walk in the morning with others.</source>
        <translation>Um passeio gostoso de manhã, com outras pessoas.</translation>
    </message>
    <message>
        <source>You cannot see who waits at the other end of the footbridge.</source>
        <translation>Não dá para ver quem está esperando do outro lado da passarela.</translation>
    </message>
    <message>
        <source>Quick way to school in daylight.</source>
        <translation>De dia é o caminho mais rápido para a escola.</translation>
    </message>
    <message>
        <source>Bushes on both sides and the river behind: nowhere to run.</source>
        <translation>Mato dos dois lados e o rio atrás: não há para onde correr.</translation>
    </message>
    <message>
        <source>Young men sit in the dark corners smoking.</source>
        <translation>Rapazes ficam sentados fumando nos cantos escuros.</translation>
    </message>
    <message>
        <source>Families and football in the afternoon.</source>
        <translation>À tarde tem famílias e futebol.</translation>
    </message>
    <message>
        <source>The post is closed at night.</source>
        <translation>À noite o posto fica fechado.</translation>
    </message>
    <message>
        <source>Police at the post; I feel safe here.</source>
        <translation>Tem polícia no posto; aqui eu me sinto segura.</translation>
    </message>
    <message>
        <source>Empty and dark around the school at night.</source>
        <translation>À noite fica vazio e escuro em volta da escola.</translation>
    </message>
    <message>
        <source>Teachers and parents at the gate.</source>
        <translation>Professores e pais no portão.</translation>
    </message>
    <message>
        <source>The stop is dark and buses stop coming after eight.</source>
        <translation>O ponto é escuro e depois das oito não passa mais ônibus.</translation>
    </message>
    <message>
        <source>Busy stop in the morning.</source>
        <translation>Ponto movimentado de manhã.</translation>
    </message>
    <message>
        <source>Tumaini Lane has no street lights at all.</source>
        <extracomment>“Tumaini Lane” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>A Tumaini Lane não tem nenhum poste de luz.</translation>
    </message>
    <message>
        <source>Neighbours sit outside in the day.</source>
        <translation>De dia os vizinhos ficam sentados do lado de fora.</translation>
    </message>
    <message>
        <source>Boda boda riders stop and harass girls at night.</source>
        <extracomment>Boda bodas are motorcycle taxis (East Africa): say the local word for them.</extracomment>
        <translation>À noite os mototaxistas param e assediam as meninas.</translation>
    </message>
    <message>
        <source>Shops open late and well lit.</source>
        <translation>As lojas ficam abertas até tarde e bem iluminadas.</translation>
    </message>
    <message>
        <source>Theft</source>
        <extracomment>An incident category in the police records (invented).</extracomment>
        <translation>Furto</translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation>Roubo</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>Agressão</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>Assédio sexual</translation>
    </message>
    <message>
        <source>Drug offence</source>
        <translation>Crime relacionado a drogas</translation>
    </message>
    <message>
        <source>Vandalism</source>
        <translation>Vandalismo</translation>
    </message>
    <message>
        <source>County Public Lighting Department</source>
        <translation>Departamento de Iluminação Pública do Condado</translation>
    </message>
    <message>
        <source>Installs and repairs street and public lighting; holds the lighting budget</source>
        <translation>Instala e conserta a iluminação das ruas e dos espaços públicos; administra o orçamento da iluminação</translation>
    </message>
    <message>
        <source>Eng. A. Otieno, lighting works office, 0700 100 200 (invented)</source>
        <extracomment>An invented contact person: keep the name and the phone number as they are.</extracomment>
        <translation>Eng. A. Otieno, escritório de obras de iluminação, 0700 100 200 (fictício)</translation>
    </message>
    <message>
        <source>County Roads and Transport Department</source>
        <translation>Departamento de Estradas e Transportes do Condado</translation>
    </message>
    <message>
        <source>Builds stops, crossings and footpaths; licenses matatu stages</source>
        <extracomment>A matatu is a shared minibus taxi (East Africa); a stage is where they wait for passengers.</extracomment>
        <translation>Constrói pontos, travessias e calçadas; licencia os pontos de micro-ônibus</translation>
    </message>
    <message>
        <source>Riverside Police Post</source>
        <translation>Posto Policial de Riverside</translation>
    </message>
    <message>
        <source>Patrols and the community policing desk</source>
        <translation>Patrulhas e balcão de policiamento comunitário</translation>
    </message>
    <message>
        <source>Riverside Ward Administrator&apos;s Office</source>
        <translation>Administração do Bairro de Riverside</translation>
    </message>
    <message>
        <source>Convenes ward meetings, allocates public land and market space</source>
        <translation>Convoca as reuniões do bairro, destina terrenos públicos e espaços no mercado</translation>
    </message>
    <message>
        <source>Riverside Market Traders&apos; Association</source>
        <translation>Associação dos Comerciantes do Mercado de Riverside</translation>
    </message>
    <message>
        <source>Represents about 300 stallholders; runs market cleaning and the night guard</source>
        <translation>Representa cerca de 300 feirantes; cuida da limpeza do mercado e da vigilância noturna</translation>
    </message>
    <message>
        <source>Chairperson M. Njeri, stall 114, traders@riverside.invalid (invented)</source>
        <extracomment>An invented contact person: keep the name and the e-mail address as they are.</extracomment>
        <translation>Presidente M. Njeri, banca 114, traders@riverside.invalid (fictício)</translation>
    </message>
    <message>
        <source>Riverside Matatu Owners&apos; and Drivers&apos; Association</source>
        <extracomment>A matatu is a shared minibus taxi (East Africa): say the local word for one.</extracomment>
        <translation>Associação de Donos e Motoristas de Micro-ônibus de Riverside</translation>
    </message>
    <message>
        <source>Runs the routes through Riverside Interchange and Riverside Halt</source>
        <extracomment>“Riverside Halt” and “Riverside Interchange” are names on the sample&apos;s map: keep them as written.</extracomment>
        <translation>Opera as linhas que passam por Riverside Interchange e Riverside Halt</translation>
    </message>
    <message>
        <source>Riverside Residents&apos; Association</source>
        <translation>Associação de Moradores de Riverside</translation>
    </message>
    <message>
        <source>Elected street representatives; organises clean-ups</source>
        <translation>Representantes de rua eleitos; organiza mutirões de limpeza</translation>
    </message>
    <message>
        <source>Mto Women&apos;s Group</source>
        <translation>Grupo de Mulheres de Mto</translation>
    </message>
    <message>
        <source>Savings group of women traders; runs the evening watch rota</source>
        <translation>Grupo de poupança de comerciantes mulheres; organiza a escala da vigia noturna</translation>
    </message>
    <message>
        <source>Riverside Youth Football Club</source>
        <translation>Clube de Futebol Juvenil de Riverside</translation>
    </message>
    <message>
        <source>Coaches about 120 girls and boys at Riverside Grounds</source>
        <extracomment>“Riverside Grounds” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Treina cerca de 120 meninas e meninos no Riverside Grounds</translation>
    </message>
    <message>
        <source>Riverside Safer Neighbourhoods Trust</source>
        <translation>Fundação Bairros Mais Seguros de Riverside</translation>
    </message>
    <message>
        <source>NGO that facilitated the safety audit; raises funds for small works</source>
        <translation>ONG que facilitou a auditoria de segurança; capta recursos para pequenas obras</translation>
    </message>
    <message>
        <source>Riverside Interfaith Forum</source>
        <translation>Fórum Inter-religioso de Riverside</translation>
    </message>
    <message>
        <source>Mosques and churches of the ward; hosts youth and parents&apos; meetings</source>
        <translation>Mesquitas e igrejas do bairro; recebe reuniões de jovens e de pais</translation>
    </message>
    <message>
        <source>Mean safety score of the audit points at these places (re-audit walks, day and night)</source>
        <translation>Pontuação média de segurança dos pontos de auditoria nestes locais (novas caminhadas de auditoria, de dia e à noite)</translation>
    </message>
    <message>
        <source>From the audit walks&apos; dark spots.</source>
        <extracomment>The description of an action that comes from the audit walks rather than from a proposal.</extracomment>
        <translation>A partir dos pontos escuros das caminhadas de auditoria.</translation>
    </message>
    <message>
        <source>Shelter and lights at Riverside Halt</source>
        <extracomment>“Riverside Halt” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Abrigo e iluminação em Riverside Halt</translation>
    </message>
    <message>
        <source>Women waiting at the halt after 19:00 (evening count, 2 weekdays)</source>
        <translation>Mulheres esperando na estação depois das 19:00 (contagem noturna, 2 dias úteis)</translation>
    </message>
    <message>
        <source>3 women on average (count of 20–21 March 2026)</source>
        <translation>3 mulheres em média (contagem de 20 e 21 de março de 2026)</translation>
    </message>
    <message>
        <source>At least 10 by March 2027</source>
        <translation>Pelo menos 10 até março de 2027</translation>
    </message>
    <message>
        <source>Public toilets inside the market</source>
        <translation>Sanitários públicos dentro do mercado</translation>
    </message>
    <message>
        <source>Market toilet block open and staffed 06:00–21:00</source>
        <translation>Sanitários do mercado abertos e com funcionário das 06:00 às 21:00</translation>
    </message>
    <message>
        <source>No public toilet inside the market</source>
        <translation>Nenhum sanitário público dentro do mercado</translation>
    </message>
    <message>
        <source>Open every market day by December 2027</source>
        <translation>Abertos em todos os dias de mercado até dezembro de 2027</translation>
    </message>
    <message>
        <source>Solar lights on the Mto footbridge</source>
        <translation>Luzes solares na passarela de Mto</translation>
    </message>
    <message>
        <source>2.5 / 5 at the re-audit in July 2026</source>
        <translation>2,5 / 5 na nova auditoria de julho de 2026</translation>
    </message>
    <message>
        <source>Light the market&apos;s back lanes</source>
        <translation>Iluminar as vielas dos fundos do mercado</translation>
    </message>
    <message>
        <source>3.5 / 5 by the 2027 audit</source>
        <translation>3,5 / 5 até a auditoria de 2027</translation>
    </message>
    <message>
        <source>Street lights on Tumaini Lane</source>
        <extracomment>“Tumaini Lane” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Iluminação pública na Tumaini Lane</translation>
    </message>
    <message>
        <source>Working street lamps on Tumaini Lane</source>
        <extracomment>“Tumaini Lane” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Postes de luz funcionando na Tumaini Lane</translation>
    </message>
    <message>
        <source>0 of 9 lamp posts working</source>
        <translation>0 de 9 postes funcionando</translation>
    </message>
    <message>
        <source>9 of 9 working, checked monthly</source>
        <translation>9 de 9 funcionando, com verificação mensal</translation>
    </message>
    <message>
        <source>Seating and shade in Mto Park</source>
        <extracomment>“Mto Park” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Bancos e sombra no Mto Park</translation>
    </message>
    <message>
        <source>Older people and carers using the park on weekday afternoons</source>
        <translation>Pessoas idosas e cuidadoras usando o parque nas tardes de dias úteis</translation>
    </message>
    <message>
        <source>About 5 (count of 18 March 2026)</source>
        <translation>Cerca de 5 (contagem de 18 de março de 2026)</translation>
    </message>
    <message>
        <source>15 or more</source>
        <translation>15 ou mais</translation>
    </message>
    <message>
        <source>Upgrade the bus stop at Riverside Road South</source>
        <extracomment>“Riverside Road South” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Melhorar o ponto de ônibus Riverside Road South</translation>
    </message>
    <message>
        <source>Stop has a lit shelter and a timetable board</source>
        <translation>O ponto tem um abrigo iluminado e um quadro de horários</translation>
    </message>
    <message>
        <source>Pole only, no light</source>
        <translation>Só um poste, sem luz</translation>
    </message>
    <message>
        <source>Shelter, lamp and board installed</source>
        <translation>Abrigo, luminária e quadro instalados</translation>
    </message>
    <message>
        <source>Evening football league with a floodlit pitch</source>
        <translation>Liga de futebol noturna com campo iluminado</translation>
    </message>
    <message>
        <source>Young people (girls counted apart) playing in the evening league</source>
        <translation>Jovens (meninas contadas à parte) jogando na liga noturna</translation>
    </message>
    <message>
        <source>No evening activity at the grounds</source>
        <translation>Nenhuma atividade noturna no campo</translation>
    </message>
    <message>
        <source>120 players, at least 40 girls</source>
        <translation>120 jogadores, pelo menos 40 meninas</translation>
    </message>
    <message>
        <source>Light the riverbank path, or close it after dark with a lit detour</source>
        <translation>Iluminar o caminho da margem do rio, ou fechá-lo à noite com um desvio iluminado</translation>
    </message>
    <message>
        <source>No point below 1.5 / 5, by day or at night</source>
        <translation>Nenhum ponto abaixo de 1,5 / 5, de dia ou à noite</translation>
    </message>
    <message>
        <source>Market traders&apos; evening watch</source>
        <translation>Vigia noturna dos comerciantes do mercado</translation>
    </message>
    <message>
        <source>Evenings a week the watch rota is covered</source>
        <translation>Noites por semana com a escala da vigia preenchida</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ainda não começou</translation>
    </message>
    <message>
        <source>6 evenings a week</source>
        <translation>6 noites por semana</translation>
    </message>
    <message>
        <source>Gun-free zone around the school</source>
        <translation>Zona livre de armas em volta da escola</translation>
    </message>
    <message>
        <source>Signs up and a parents&apos; pledge signed</source>
        <translation>Placas instaladas e um compromisso assinado pelos pais</translation>
    </message>
    <message>
        <source>No signs</source>
        <translation>Nenhuma placa</translation>
    </message>
    <message>
        <source>Signs at all 4 gates; 200 pledges</source>
        <translation>Placas nos 4 portões; 200 compromissos</translation>
    </message>
    <message>
        <source>Safe crossing at Soko junction</source>
        <translation>Travessia segura no cruzamento da Soko Street</translation>
    </message>
    <message>
        <source>Marked crossing with a refuge island and a lamp</source>
        <translation>Faixa de pedestres com ilha de refúgio e poste de luz</translation>
    </message>
    <message>
        <source>Unmarked, unlit junction</source>
        <translation>Cruzamento sem sinalização e sem iluminação</translation>
    </message>
    <message>
        <source>Crossing built before the 2027 rains</source>
        <translation>Travessia construída antes das chuvas de 2027</translation>
    </message>
    <message>
        <source>Riverside Market sample</source>
        <extracomment>The name of the sample project. Riverside is the invented neighbourhood&apos;s name.</extracomment>
        <translation>Exemplo: mercado de Riverside</translation>
    </message>
    <message>
        <source>Riverside (fictional neighbourhood)</source>
        <translation>Riverside (bairro fictício)</translation>
    </message>
    <message>
        <source>Invented sample data for trying CoSafe. Riverside is a fictional neighbourhood: its river, market, streets, buildings and places were generated by a program and describe no real place or people. It is placed near lon 36.85, lat -1.28 only so that distances and scale bars are real.</source>
        <translation>Dados de exemplo inventados para experimentar o CoSafe. Riverside é um bairro fictício: o rio, o mercado, as ruas, os edifícios e os lugares foram gerados por um programa e não descrevem nenhum lugar nem nenhuma pessoa reais. Está situado perto de lon 36.85, lat -1.28 apenas para que as distâncias e as escalas sejam reais.</translation>
    </message>
    <message>
        <source>Riverside basemap</source>
        <extracomment>The name of the sample&apos;s map layer.</extracomment>
        <translation>Mapa de base de Riverside</translation>
    </message>
    <message>
        <source>Sample data, invented for CoSafe</source>
        <translation>Dados de exemplo, inventados para o CoSafe</translation>
    </message>
    <message>
        <source>Women traders</source>
        <translation>Comerciantes mulheres</translation>
    </message>
    <message>
        <source>Proposed by the women traders group.</source>
        <extracomment>The description of every proposal of the group “Women traders”.</extracomment>
        <translation>Proposta do grupo de comerciantes mulheres.</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jovens</translation>
    </message>
    <message>
        <source>Proposed by the youth group.</source>
        <extracomment>The description of every proposal of the group “Youth”.</extracomment>
        <translation>Proposta do grupo de jovens.</translation>
    </message>
    <message>
        <source>Residents and elders</source>
        <translation>Moradores e idosos</translation>
    </message>
    <message>
        <source>Proposed by the residents and elders group.</source>
        <extracomment>The description of every proposal of the group “Residents and elders”.</extracomment>
        <translation>Proposta do grupo de moradores e idosos.</translation>
    </message>
    <message>
        <source>Riverside safety mapping workshop</source>
        <translation>Oficina de mapeamento da segurança de Riverside</translation>
    </message>
    <message>
        <source>Riverside Community Hall</source>
        <translation>Salão comunitário de Riverside</translation>
    </message>
    <message>
        <source>Municipal safety officer and a community leader</source>
        <translation>Técnico municipal de segurança e uma liderança comunitária</translation>
    </message>
    <message>
        <source>Three groups mapped where they feel unsafe and what would help; each person had 3 dots.</source>
        <translation>Três grupos mapearam onde se sentem inseguros e o que ajudaria; cada pessoa tinha 3 pontos.</translation>
    </message>
    <message>
        <source>Vending bays along Soko Street</source>
        <extracomment>“Soko Street” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Espaços de venda ao longo da Soko Street</translation>
    </message>
    <message>
        <source>Lit walkway from the market to the interchange</source>
        <translation>Caminho iluminado do mercado ao terminal</translation>
    </message>
    <message>
        <source>Clear the blind corner at the market gate</source>
        <translation>Desobstruir o canto sem visibilidade no portão do mercado</translation>
    </message>
    <message>
        <source>Repave the market&apos;s muddy walkways</source>
        <translation>Repavimentar os caminhos enlameados do mercado</translation>
    </message>
    <message>
        <source>Floodlit pitch at Riverside Grounds</source>
        <extracomment>“Riverside Grounds” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Campo com refletores no Riverside Grounds</translation>
    </message>
    <message>
        <source>Evening youth programme in Mto Park</source>
        <extracomment>“Mto Park” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Programa noturno para jovens no Mto Park</translation>
    </message>
    <message>
        <source>Lights on the Mto footbridge</source>
        <translation>Luzes na passarela de Mto</translation>
    </message>
    <message>
        <source>Trim the bushes along Riverside Walk</source>
        <extracomment>“Riverside Walk” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Podar o mato ao longo da Riverside Walk</translation>
    </message>
    <message>
        <source>Mural on the railway wall</source>
        <translation>Mural no muro da linha do trem</translation>
    </message>
    <message>
        <source>Signs from the river to the interchange</source>
        <translation>Sinalização do rio até o terminal</translation>
    </message>
    <message>
        <source>Riverbank clean-up days</source>
        <translation>Mutirões de limpeza da margem do rio</translation>
    </message>
    <message>
        <source>Neighbourhood watch by the health centre</source>
        <translation>Vigilância comunitária perto do posto de saúde</translation>
    </message>
    <message>
        <source>Safe crossing by the primary school</source>
        <translation>Travessia segura perto da escola primária</translation>
    </message>
    <message>
        <source>Ramp and handrail at the footbridge</source>
        <translation>Rampa e corrimão na passarela</translation>
    </message>
    <message>
        <source>Greening in front of the police post</source>
        <translation>Arborização em frente ao posto policial</translation>
    </message>
</context>
<context>
    <name>ScoreField</name>
    <message>
        <source>%1: type %2–%3 (0 = poor, 3 = good), Space to leave it blank; a comment goes in the comment field below the scores</source>
        <translation>%1: digite %2–%3 (0 = ruim, 3 = bom), Espaço para deixar em branco; um comentário vai no campo de comentário abaixo das pontuações</translation>
    </message>
</context>
<context>
    <name>SheetPhotos</name>
    <message>
        <source>Add Photo…</source>
        <translation>Adicionar foto…</translation>
    </message>
    <message>
        <source>Photos of this point (Ctrl+P); saved with the sheet</source>
        <translation>Fotos deste ponto (Ctrl+P); salvas com a ficha</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between problems</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Remove photo from audit point %1</source>
        <translation>Remover foto do ponto de auditoria %1</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>No workshop is called %1</source>
        <translation>Nenhuma oficina se chama %1</translation>
    </message>
    <message>
        <source>No group is called %1</source>
        <translation>Nenhum grupo se chama %1</translation>
    </message>
    <message>
        <source>There is no group to print a map for: add groups to a workshop first</source>
        <translation>Não há nenhum grupo para o qual imprimir um mapa: adicione primeiro grupos a uma oficina</translation>
    </message>
    <message>
        <source>Nothing to print: the project has no workshop area and no basemap</source>
        <translation>Nada para imprimir: o projeto não tem área de oficina nem mapa de base</translation>
    </message>
    <message>
        <source>Orange-red dot: an unsafe place</source>
        <translation>Ponto vermelho-alaranjado: um lugar inseguro</translation>
    </message>
    <message>
        <source>Green dot: a safe place</source>
        <translation>Ponto verde: um lugar seguro</translation>
    </message>
    <message>
        <source>Blue dot: an idea for a change</source>
        <translation>Ponto azul: uma ideia para uma mudança</translation>
    </message>
    <message>
        <source>The sheets were not written: the folder %1 does not exist</source>
        <translation>As folhas não foram gravadas: a pasta %1 não existe</translation>
    </message>
    <message>
        <source>Audit sheets</source>
        <translation>Folhas de auditoria</translation>
    </message>
    <message>
        <source>Audit walk “%1”</source>
        <comment>a printed audit sheet&apos;s title: the walk&apos;s title</comment>
        <translation>Caminhada de auditoria “%1”</translation>
    </message>
    <message>
        <source>Tick one box in each row: 0 = poor, 3 = good. Leave a row empty if you did not look.</source>
        <translation>Marque uma caixa em cada linha: 0 = ruim, 3 = bom. Deixe a linha vazia se não observou.</translation>
    </message>
    <message>
        <source>Point %1</source>
        <comment>an audit point&apos;s number on a printed sheet</comment>
        <translation>Ponto %1</translation>
    </message>
    <message>
        <source>Time of day</source>
        <comment>the row of day, dusk and night boxes on an audit sheet</comment>
        <translation>Período do dia</translation>
    </message>
    <message>
        <source>3: %1</source>
        <comment>what a score of 3 means for a criterion</comment>
        <translation>3: %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Noite</translation>
    </message>
    <message>
        <source>Dusk</source>
        <translation>Entardecer</translation>
    </message>
    <message>
        <source>Route (points numbered along the walk)</source>
        <translation>Percurso (pontos numerados ao longo da caminhada)</translation>
    </message>
    <message>
        <source>Group maps</source>
        <translation>Mapas de grupo</translation>
    </message>
    <message>
        <source>The sheets were not written to %1: %2</source>
        <translation>As folhas não foram gravadas em %1: %2</translation>
    </message>
    <message>
        <source>Group %1 · %2</source>
        <comment>a printed map&apos;s title: the group&apos;s name, the workshop&apos;s title</comment>
        <translation>Grupo %1 · %2</translation>
    </message>
    <message>
        <source>Sheet %1 · part %2 of %3</source>
        <comment>a tile of a large area: %1 the sheet&apos;s number</comment>
        <translation>Folha %1 · parte %2 de %3</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <comment>the printed map&apos;s number</comment>
        <translation>Folha %1</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <translation>O que significam as cores</translation>
    </message>
    <message>
        <source>Pen line: a route</source>
        <translation>Linha de caneta: um percurso</translation>
    </message>
    <message>
        <source>Closed pen line: an area for an idea</source>
        <translation>Linha de caneta fechada: uma área para uma ideia</translation>
    </message>
    <message>
        <source>Notes (write the note&apos;s number beside its dot)</source>
        <translation>Notas (escreva o número da nota ao lado do seu ponto)</translation>
    </message>
    <message>
        <source>Group %1 · %2 · overview</source>
        <comment>the overview page of a large area&apos;s map: the group&apos;s name, the workshop&apos;s title</comment>
        <translation>Grupo %1 · %2 · visão geral</translation>
    </message>
    <message numerus="yes">
        <source>The area is printed on %Ln sheets. Put the dots and lines on the numbered sheets, not on this page.</source>
        <translation>
            <numerusform>A área está impressa em %Ln folha. Coloquem os pontos e as linhas na folha numerada, não nesta página.</numerusform>
            <numerusform>A área está impressa em %Ln folhas. Coloquem os pontos e as linhas nas folhas numeradas, não nesta página.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a photo CoSafe can read (JPEG, PNG, TIFF, WebP)</source>
        <translation>%1 não é uma foto que o CoSafe consiga ler (JPEG, PNG, TIFF, WebP)</translation>
    </message>
    <message>
        <source>This photo is not a CoSafe sheet: its corner markers were not found</source>
        <translation>Esta foto não é uma folha do CoSafe: as marcas dos cantos não foram encontradas</translation>
    </message>
    <message>
        <source>This sheet&apos;s QR code and its corner markers do not agree: it cannot be read</source>
        <translation>O código QR desta folha e as marcas dos cantos não coincidem: não pode ser lida</translation>
    </message>
    <message>
        <source>This photo shows corner markers but its QR code cannot be read: take the photo again with the whole sheet in view and in focus</source>
        <translation>Esta foto mostra as marcas dos cantos, mas o código QR não pode ser lido: tire a foto de novo com a folha inteira à vista e focada</translation>
    </message>
    <message>
        <source>This photo is not a CoSafe sheet: its QR code is not a CoSafe sheet&apos;s</source>
        <translation>Esta foto não é uma folha do CoSafe: o código QR não é o de uma folha do CoSafe</translation>
    </message>
    <message>
        <source>This is a sheet of another project, not of %1</source>
        <translation>Esta é uma folha de outro projeto, não de %1</translation>
    </message>
    <message>
        <source>Audit sheet %1 is for an audit walk this project no longer has</source>
        <translation>A folha de auditoria %1 é de uma caminhada de auditoria que este projeto já não tem</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2”, “%3” and “%4” at different points; the audit walk %5 is recorded as “%6”</source>
        <comment>%2, %3, %4: day, dusk and night; %6: the walk&apos;s time of day</comment>
        <translation>A folha de auditoria %1 tem assinalados “%2”, “%3” e “%4” em pontos diferentes; a caminhada de auditoria %5 está registada como “%6”</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked both “%2” and “%3” at different points; the audit walk %4 is recorded as “%5”</source>
        <comment>%2, %3: two of day, dusk and night; %5: the walk&apos;s time of day</comment>
        <translation>A folha de auditoria %1 tem assinalados “%2” e “%3” em pontos diferentes; a caminhada de auditoria %4 está registada como “%5”</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2” and the audit walk %3 had no scores yet: its time of day is now “%2”</source>
        <comment>%2: day, dusk or night</comment>
        <translation>A folha de auditoria %1 tem assinalado “%2” e a caminhada de auditoria %3 ainda não tinha pontuações: o seu período do dia é agora “%2”</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2” and the audit walk %3 has no scores yet: storing the sheet sets its time of day to “%2”</source>
        <comment>%2: day, dusk or night</comment>
        <translation>A folha de auditoria %1 tem assinalado “%2” e a caminhada de auditoria %3 ainda não tem pontuações: guardar a folha define o seu período do dia como “%2”</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2”, but the audit walk %3 is recorded as “%4”: its scores are stored on the walk as recorded</source>
        <comment>%2: day, dusk or night; %4: the walk&apos;s time of day</comment>
        <translation>A folha de auditoria %1 tem assinalado “%2”, mas a caminhada de auditoria %3 está registada como “%4”: as suas pontuações são guardadas na caminhada tal como está registada</translation>
    </message>
    <message>
        <source>Audit sheet %1 of this audit walk was read on %2</source>
        <comment>%1: the sheet&apos;s number, %2: a date</comment>
        <translation>A folha de auditoria %1 desta caminhada de auditoria foi lida em %2</translation>
    </message>
    <message>
        <source>Read audit sheet %1 (%2)</source>
        <comment>%1: the sheet&apos;s number, %2: the audit walk</comment>
        <translation>Ler folha de auditoria %1 (%2)</translation>
    </message>
    <message>
        <source>Sheet %1 is for a group this project no longer has</source>
        <translation>A folha %1 é de um grupo que este projeto já não tem</translation>
    </message>
    <message>
        <source>This photo was read on %1</source>
        <translation>Esta foto foi lida em %1</translation>
    </message>
    <message>
        <source>Sheet %1 of this group was read on %2</source>
        <comment>%1: the sheet&apos;s number, %2: a date</comment>
        <translation>A folha %1 deste grupo foi lida em %2</translation>
    </message>
    <message>
        <source>From paper sheet %1</source>
        <comment>a proposal read from a photo of a printed group map</comment>
        <translation>Da folha de papel %1</translation>
    </message>
    <message>
        <source>Read paper sheet %1 (%2)</source>
        <comment>%1: the sheet&apos;s number, %2: the group</comment>
        <translation>Ler a folha de papel %1 (%2)</translation>
    </message>
    <message>
        <source>Note %1 on paper sheet %2</source>
        <comment>a dot&apos;s number written on a printed group map</comment>
        <translation>Nota %1 da folha de papel %2</translation>
    </message>
    <message>
        <source>%1

From paper sheet %2, note %3</source>
        <comment>%1: the note&apos;s text typed from the paper</comment>
        <translation>%1

Da folha de papel %2, nota %3</translation>
    </message>
    <message>
        <source>The notes in %1 cannot be read: %2</source>
        <translation>As notas de %1 não podem ser lidas: %2</translation>
    </message>
    <message>
        <source>%1 holds no numbered notes: give rows of number,text (CSV) or {&quot;number&quot;: &quot;text&quot;} (JSON)</source>
        <translation>%1 não contém notas numeradas: dê linhas de número,texto (CSV) ou {&quot;número&quot;: &quot;texto&quot;} (JSON)</translation>
    </message>
    <message>
        <source>No audit walk is called %1</source>
        <translation>Nenhuma caminhada de auditoria se chama %1</translation>
    </message>
    <message>
        <source>The audit walk %1 has no route: draw its route first</source>
        <translation>A caminhada de auditoria %1 não tem percurso: desenhe primeiro o seu percurso</translation>
    </message>
    <message>
        <source>The audit walk %1 has no criteria to score</source>
        <translation>A caminhada de auditoria %1 não tem critérios para pontuar</translation>
    </message>
    <message>
        <source>The audit walk %1 has %2 criteria: at most %3 fit on a sheet of this paper</source>
        <translation>A caminhada de auditoria %1 tem %2 critérios: numa folha deste papel cabem no máximo %3</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>on the map</source>
        <translation>no mapa</translation>
    </message>
    <message>
        <source>Elsewhere in the window</source>
        <translation>Em outros lugares da janela</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>No mapa</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>keys of one command</comment>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>in its panel</source>
        <translation>no seu painel</translation>
    </message>
    <message>
        <source>Move the map</source>
        <translation>Mover o mapa</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Teclas de seta</translation>
    </message>
    <message>
        <source>Zoom in, zoom out</source>
        <translation>Aproximar, afastar</translation>
    </message>
    <message>
        <source>+ and −</source>
        <translation>+ e −</translation>
    </message>
    <message>
        <source>Click at the centre: place a point, pin or vertex, select</source>
        <translation>Clicar no centro: posicionar um ponto, alfinete ou vértice, selecionar</translation>
    </message>
    <message>
        <source>Insert, or Enter</source>
        <translation>Insert ou Enter</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source> · </source>
        <comment>between the keys of one line of the key help</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a key and what it chooses</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gender&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Age&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Role&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Group&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Space&lt;/b&gt; consent · &lt;b&gt;Tab&lt;/b&gt; next cell · &lt;b&gt;Enter&lt;/b&gt; next person · &lt;b&gt;Ctrl+Enter&lt;/b&gt; save</source>
        <translation>&lt;b&gt;Gênero&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Idade&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Papel&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Grupo&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Espaço&lt;/b&gt; consentimento · &lt;b&gt;Tab&lt;/b&gt; próxima célula · &lt;b&gt;Enter&lt;/b&gt; próxima pessoa · &lt;b&gt;Ctrl+Enter&lt;/b&gt; salvar</translation>
    </message>
    <message>
        <source>no groups yet</source>
        <translation>nenhum grupo ainda</translation>
    </message>
    <message>
        <source>w m n u</source>
        <comment>the keys typed for Woman, Man, Non-binary, Prefer not to say, in this order: four different single letters separated by spaces, each the first letter of its word as translated where you can</comment>
        <translation>m h n p</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a group&apos;s key and name</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>SignInSheet</name>
    <message>
        <source>CoSafe records people anonymously — no names. Give each person the code on the left (write it on their name badge) so their votes and pins can be linked to it.</source>
        <translation>O CoSafe registra as pessoas de forma anônima — sem nomes. Dê a cada pessoa o código à esquerda (escreva-o no crachá) para que seus votos e alfinetes possam ser vinculados a ele.</translation>
    </message>
    <message>
        <source>Sign-in Sheet — %1</source>
        <translation>Lista de presença — %1</translation>
    </message>
    <message>
        <source>Participants signed in</source>
        <translation>Participantes registrados</translation>
    </message>
    <message>
        <source>One row per participant: code, name, group and the answers; type in a row, Enter or Tab moves on</source>
        <translation>Uma linha por participante: código, nome, grupo e as respostas; digite em uma linha, Enter ou Tab avança</translation>
    </message>
    <message>
        <source>Already signed in: %1. New codes start at %2.</source>
        <translation>Já registrados: %1. Os novos códigos começam em %2.</translation>
    </message>
    <message>
        <source>Nobody signed in yet: codes start at P01.</source>
        <translation>Ninguém registrado ainda: os códigos começam em P01.</translation>
    </message>
    <message>
        <source>A participant needs a code.</source>
        <translation>Cada participante precisa de um código.</translation>
    </message>
    <message>
        <source>%1 is already signed in to this workshop — codes must be unique.</source>
        <translation>%1 já está registrado nesta oficina — os códigos devem ser únicos.</translation>
    </message>
    <message>
        <source>%1 is already on this sheet (row %2) — codes must be unique.</source>
        <translation>%1 já está nesta lista (linha %2) — os códigos devem ser únicos.</translation>
    </message>
    <message numerus="yes">
        <source>Sign In %Ln People</source>
        <translation>
            <numerusform>Registrar %Ln pessoa</numerusform>
            <numerusform>Registrar %Ln pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Registrar</translation>
    </message>
    <message numerus="yes">
        <source>Sign in %Ln participants</source>
        <translation>
            <numerusform>Registrar %Ln participante</numerusform>
            <numerusform>Registrar %Ln participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the sign-in sheet</source>
        <translation>Descartar a lista de presença</translation>
    </message>
    <message numerus="yes">
        <source>Close the sheet without signing in %Ln people?</source>
        <translation>
            <numerusform>Fechar a lista sem registrar %Ln pessoa?</numerusform>
            <numerusform>Fechar a lista sem registrar %Ln pessoas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>SignInTable</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Gender (%1)</source>
        <translation>Gênero (%1)</translation>
    </message>
    <message>
        <source>Age (1–6)</source>
        <translation>Idade (1–6)</translation>
    </message>
    <message>
        <source>Role (letter)</source>
        <translation>Papel (letra)</translation>
    </message>
    <message>
        <source>Group (1–9)</source>
        <translation>Grupo (1–9)</translation>
    </message>
    <message>
        <source>Disability (optional)</source>
        <translation>Deficiência (opcional)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
</context>
<context>
    <name>SketchController</name>
    <message>
        <source>This project is read-only: drawing is turned off</source>
        <translation>Este projeto é somente leitura: o desenho está desativado</translation>
    </message>
    <message>
        <source>This project is read-only: nothing was drawn</source>
        <translation>Este projeto é somente leitura: nada foi desenhado</translation>
    </message>
    <message>
        <source>Nothing was drawn: %1</source>
        <comment>%1: why the shape was refused</comment>
        <translation>Nada foi desenhado: %1</translation>
    </message>
    <message>
        <source>Draw point</source>
        <translation>Desenhar ponto</translation>
    </message>
    <message>
        <source>Draw line</source>
        <translation>Desenhar linha</translation>
    </message>
    <message>
        <source>Draw area</source>
        <translation>Desenhar área</translation>
    </message>
    <message>
        <source>Delete proposal</source>
        <translation>Excluir proposta</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln proposals</source>
        <translation>
            <numerusform>Excluir %Ln proposta</numerusform>
            <numerusform>Excluir %Ln propostas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>a duplicated proposal&apos;s title</comment>
        <translation>%1 (cópia)</translation>
    </message>
    <message>
        <source>Duplicate proposal</source>
        <translation>Duplicar proposta</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %Ln proposals</source>
        <translation>
            <numerusform>Duplicar %Ln proposta</numerusform>
            <numerusform>Duplicar %Ln propostas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Finish Area</source>
        <translation>&amp;Terminar área</translation>
    </message>
    <message>
        <source>&amp;Finish Line</source>
        <translation>&amp;Terminar linha</translation>
    </message>
    <message>
        <source>&amp;Remove Last Point</source>
        <translation>&amp;Remover último ponto</translation>
    </message>
    <message>
        <source>&amp;Cancel Area</source>
        <translation>&amp;Cancelar área</translation>
    </message>
    <message>
        <source>&amp;Cancel Line</source>
        <translation>&amp;Cancelar linha</translation>
    </message>
    <message>
        <source>Delete &amp;Vertex</source>
        <translation>Excluir &amp;vértice</translation>
    </message>
    <message>
        <source>D&amp;uplicate Proposal</source>
        <translation>D&amp;uplicar proposta</translation>
    </message>
    <message numerus="yes">
        <source>D&amp;uplicate %Ln Proposals</source>
        <translation>
            <numerusform>D&amp;uplicar %Ln proposta</numerusform>
            <numerusform>D&amp;uplicar %Ln propostas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete Proposal</source>
        <translation>E&amp;xcluir proposta</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln Proposals</source>
        <translation>
            <numerusform>E&amp;xcluir %Ln proposta</numerusform>
            <numerusform>E&amp;xcluir %Ln propostas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sketching</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Selecionar</translation>
    </message>
    <message>
        <source>Click a proposal to select it; Shift+click adds</source>
        <translation>Clique em uma proposta para selecioná-la; Shift+clique adiciona</translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation>&amp;Ponto</translation>
    </message>
    <message>
        <source>Click to place a point proposal</source>
        <translation>Clique para posicionar uma proposta de ponto</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Linha</translation>
    </message>
    <message>
        <source>Click vertices; Enter or double-click finishes</source>
        <translation>Clique nos vértices; Enter ou clique duplo termina</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Área</translation>
    </message>
    <message>
        <source>Click corners; Enter or double-click finishes</source>
        <translation>Clique nos cantos; Enter ou clique duplo termina</translation>
    </message>
    <message>
        <source>&amp;Freehand</source>
        <translation>&amp;Mão livre</translation>
    </message>
    <message>
        <source>Press and drag; end near the start for an area</source>
        <translation>Pressione e arraste; termine perto do início para fazer uma área</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>M&amp;over</translation>
    </message>
    <message>
        <source>Drag proposals to move them</source>
        <translation>Arraste as propostas para movê-las</translation>
    </message>
    <message>
        <source>Edit &amp;Vertices</source>
        <translation>Editar &amp;vértices</translation>
    </message>
    <message>
        <source>Drag a vertex, click an edge to add one, Delete removes the one under the mouse</source>
        <translation>Arraste um vértice, clique em uma aresta para adicionar um, Delete remove o que está sob o mouse</translation>
    </message>
    <message>
        <source>S&amp;nap to Basemap</source>
        <translation>A&amp;justar ao mapa de base</translation>
    </message>
    <message>
        <source>Put new vertices on the nearest street or building corner</source>
        <translation>Colocar novos vértices na rua ou no canto de edificação mais próximo</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Dup&amp;licar</translation>
    </message>
    <message>
        <source>Copy the selected proposals</source>
        <translation>Copiar as propostas selecionadas</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Delete the selected proposals</source>
        <translation>Excluir as propostas selecionadas</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Desenho</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Desenhar</translation>
    </message>
    <message>
        <source>Show &amp;Groups</source>
        <translation>Mostrar &amp;grupos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a group (its workshop)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>Mostrar &amp;tudo</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sem grupo</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <source>Add Stakeholder</source>
        <translation>Adicionar parte interessada</translation>
    </message>
    <message>
        <source>Edit Stakeholder</source>
        <translation>Editar parte interessada</translation>
    </message>
    <message>
        <source>1 = little say over the outcome … 5 = can make or stop it</source>
        <translation>1 = pouca influência sobre o resultado … 5 = pode viabilizá-lo ou impedi-lo</translation>
    </message>
    <message>
        <source>1 = hardly affected or engaged … 5 = closely affected, keen to act</source>
        <translation>1 = pouco afetado ou envolvido … 5 = muito afetado, disposto a agir</translation>
    </message>
    <message>
        <source>e.g. Municipal Lighting Department</source>
        <translation>p. ex. Departamento Municipal de Iluminação</translation>
    </message>
    <message>
        <source>What they do in the process, e.g. funds street lights</source>
        <translation>O que faz no processo, p. ex. financia a iluminação pública</translation>
    </message>
    <message>
        <source>Name, phone or e-mail (optional)</source>
        <translation>Nome, telefone ou e-mail (opcional)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Pessoa de contato</translation>
    </message>
    <message>
        <source>Name, phone or e-mail of the contact person: private, never in an export</source>
        <translation>Nome, telefone ou e-mail da pessoa de contato: privado, nunca em uma exportação</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Setor</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>&amp;Influence (1–5)</source>
        <translation>&amp;Influência (1–5)</translation>
    </message>
    <message>
        <source>I&amp;nterest (1–5)</source>
        <translation>I&amp;nteresse (1–5)</translation>
    </message>
    <message>
        <source>Influence: %1.&lt;br&gt;Interest: %2.</source>
        <translation>Influência: %1.&lt;br&gt;Interesse: %2.</translation>
    </message>
    <message>
        <source>Contact person — private</source>
        <translation>Pessoa de contato — privado</translation>
    </message>
    <message>
        <source>Private: kept in this project file only. Never printed in the plan or written to any export, public or not.</source>
        <translation>Privado: guardado só neste arquivo de projeto. Nunca impresso no plano nem gravado em nenhuma exportação, pública ou não.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
</context>
<context>
    <name>StakeholderGrid</name>
    <message>
        <source>Manage closely</source>
        <translation>Gerenciar de perto</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Manter satisfeito</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Manter informado</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitorar</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Interesse →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>Influência →</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Sem nome</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a stakeholder&apos;s name — the grid&apos;s advice, e.g. keep informed</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>StakeholderPanel</name>
    <message>
        <source>private contact on file</source>
        <translation>contato privado registrado</translation>
    </message>
    <message>
        <source>manage closely</source>
        <translation>gerenciar de perto</translation>
    </message>
    <message>
        <source>keep satisfied</source>
        <translation>manter satisfeito</translation>
    </message>
    <message>
        <source>keep informed</source>
        <translation>manter informado</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>monitorar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influência</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>No stakeholders yet. Add the departments, businesses, community groups and NGOs the plan needs.</source>
        <translation>Nenhuma parte interessada ainda. Adicione as secretarias, empresas, grupos comunitários e ONGs de que o plano precisa.</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Partes interessadas</translation>
    </message>
    <message>
        <source>The stakeholder register; Enter or double-click edits one</source>
        <translation>O cadastro de partes interessadas; Enter ou clique duplo edita uma</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Add a stakeholder to the register</source>
        <translation>Adicionar uma parte interessada ao cadastro</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected stakeholder</source>
        <translation>Editar a parte interessada selecionada</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Remove the selected stakeholder; actions lose them as a partner</source>
        <translation>Remover a parte interessada selecionada; as ações a perdem como parceira</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a stakeholder&apos;s name: the grid&apos;s advice, e.g. keep informed</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln parte interessada</numerusform>
            <numerusform>%Ln partes interessadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The stakeholder was not saved</source>
        <translation>A parte interessada não foi salva</translation>
    </message>
</context>
<context>
    <name>TranslationsDialog</name>
    <message>
        <source>Translations of “%1”</source>
        <translation>Traduções de “%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and what was typed in it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>As typed (shown in every language without a label below):
%1</source>
        <translation>Como foi digitado (aparece em todo idioma sem rótulo abaixo):
%1</translation>
    </message>
    <message>
        <source>Labels by language</source>
        <translation>Rótulos por idioma</translation>
    </message>
    <message>
        <source>One row per language; F2 or a double click types the label in it. An empty cell shows the text as typed</source>
        <translation>Uma linha por idioma; F2 ou um duplo clique digita o rótulo nele. Uma célula vazia mostra o texto como foi digitado</translation>
    </message>
    <message>
        <source>Words of CoSafe itself are translated for you; what you typed is not. Give it here in the languages your readers speak.</source>
        <translation>As palavras do próprio CoSafe já vêm traduzidas; o que você digitou, não. Escreva-o aqui nos idiomas dos seus leitores.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Woman</source>
        <translation>Mulher</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homem</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Não binário</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefere não dizer</translation>
    </message>
    <message>
        <source>Under 15</source>
        <translation>Menos de 15</translation>
    </message>
    <message>
        <source>15–24</source>
        <translation>15–24</translation>
    </message>
    <message>
        <source>25–39</source>
        <translation>25–39</translation>
    </message>
    <message>
        <source>40–59</source>
        <translation>40–59</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 ou mais</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Morador(a)</translation>
    </message>
    <message>
        <source>Trader / vendor</source>
        <translation>Comerciante / vendedor(a)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudante</translation>
    </message>
    <message>
        <source>Community leader</source>
        <translation>Liderança comunitária</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polícia</translation>
    </message>
    <message>
        <source>Municipal official</source>
        <translation>Servidor(a) municipal</translation>
    </message>
    <message>
        <source>NGO / civil society</source>
        <translation>ONG / sociedade civil</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Empresário(a)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Dusk</source>
        <translation>Entardecer</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Noite</translation>
    </message>
    <message>
        <source>Natural surveillance</source>
        <translation>Vigilância natural</translation>
    </message>
    <message>
        <source>Natural access control</source>
        <translation>Controle natural de acesso</translation>
    </message>
    <message>
        <source>Territorial reinforcement</source>
        <translation>Reforço territorial</translation>
    </message>
    <message>
        <source>Maintenance and image</source>
        <translation>Manutenção e imagem</translation>
    </message>
    <message>
        <source>Activity support</source>
        <translation>Apoio às atividades</translation>
    </message>
    <message>
        <source>Target hardening</source>
        <translation>Reforço de alvos</translation>
    </message>
    <message>
        <source>Social cohesion</source>
        <translation>Coesão social</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Conectividade</translation>
    </message>
    <message>
        <source>Community culture</source>
        <translation>Cultura comunitária</translation>
    </message>
    <message>
        <source>Threshold capacity</source>
        <translation>Capacidade limite</translation>
    </message>
    <message>
        <source>Street lighting</source>
        <translation>Iluminação pública</translation>
    </message>
    <message>
        <source>Clear sightlines / trim vegetation</source>
        <translation>Campo de visão livre / poda da vegetação</translation>
    </message>
    <message>
        <source>Active frontage</source>
        <translation>Fachadas ativas</translation>
    </message>
    <message>
        <source>Seating and shade</source>
        <translation>Bancos e sombra</translation>
    </message>
    <message>
        <source>Vending / market space</source>
        <translation>Espaço para venda / feira</translation>
    </message>
    <message>
        <source>Public toilets</source>
        <translation>Sanitários públicos</translation>
    </message>
    <message>
        <source>Safe crossing</source>
        <translation>Travessia segura</translation>
    </message>
    <message>
        <source>Transport stop upgrade</source>
        <translation>Melhoria do ponto de transporte</translation>
    </message>
    <message>
        <source>Wayfinding and signage</source>
        <translation>Orientação e sinalização</translation>
    </message>
    <message>
        <source>Paths and paving</source>
        <translation>Caminhos e pavimentação</translation>
    </message>
    <message>
        <source>Greening</source>
        <translation>Arborização</translation>
    </message>
    <message>
        <source>Lighting of a transport interchange</source>
        <translation>Iluminação de um terminal de transporte</translation>
    </message>
    <message>
        <source>Youth programme / activity</source>
        <translation>Programa / atividade para jovens</translation>
    </message>
    <message>
        <source>Community watch</source>
        <translation>Vigilância comunitária</translation>
    </message>
    <message>
        <source>Clean-up and repair</source>
        <translation>Limpeza e reparos</translation>
    </message>
    <message>
        <source>Gun-free zone</source>
        <translation>Zona livre de armas</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mulheres</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Meninas</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jovens</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Crianças</translation>
    </message>
    <message>
        <source>Elderly people</source>
        <translation>Pessoas idosas</translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation>Pessoas com deficiência</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todas as pessoas</translation>
    </message>
    <message>
        <source>Social development</source>
        <translation>Desenvolvimento social</translation>
    </message>
    <message>
        <source>Locally based (community)</source>
        <translation>De base local (comunitária)</translation>
    </message>
    <message>
        <source>Situational</source>
        <translation>Situacional</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation>Reintegração</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Governo</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunidade</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedade civil</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>Curto prazo</translation>
    </message>
    <message>
        <source>Medium term</source>
        <translation>Médio prazo</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>Longo prazo</translation>
    </message>
    <message>
        <source>Day and night</source>
        <translation>Dia e noite</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Pré-selecionada</translation>
    </message>
    <message>
        <source>Agreed for the plan</source>
        <translation>Aprovada para o plano</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>Inseguro</translation>
    </message>
    <message>
        <source>Poor lighting</source>
        <translation>Iluminação fraca</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Assédio</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Isolado</translation>
    </message>
    <message>
        <source>Crowded</source>
        <translation>Lotado</translation>
    </message>
    <message>
        <source>Drugs / alcohol</source>
        <translation>Drogas / álcool</translation>
    </message>
    <message>
        <source>No transport</source>
        <translation>Sem transporte</translation>
    </message>
    <message>
        <source>Blind corner</source>
        <translation>Canto cego</translation>
    </message>
    <message>
        <source>Well used</source>
        <translation>Bem frequentado</translation>
    </message>
    <message>
        <source>Friendly shops</source>
        <translation>Comércio acolhedor</translation>
    </message>
    <message>
        <source>Good lighting</source>
        <translation>Boa iluminação</translation>
    </message>
    <message>
        <source>Major road</source>
        <translation>Via principal</translation>
    </message>
    <message>
        <source>Minor road</source>
        <translation>Via secundária</translation>
    </message>
    <message>
        <source>Footway / path</source>
        <translation>Calçada / caminho</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>Ferrovia</translation>
    </message>
    <message>
        <source>River / canal</source>
        <translation>Rio / canal</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Água</translation>
    </message>
    <message>
        <source>Park / green space</source>
        <translation>Parque / área verde</translation>
    </message>
    <message>
        <source>Land use</source>
        <translation>Uso do solo</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Edificação</translation>
    </message>
    <message>
        <source>Transport stop</source>
        <translation>Ponto de transporte</translation>
    </message>
    <message>
        <source>Street lamp</source>
        <translation>Poste de iluminação</translation>
    </message>
    <message>
        <source>Point of interest</source>
        <translation>Ponto de interesse</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Voting workshop</source>
        <translation>Oficina da votação</translation>
    </message>
    <message>
        <source>The workshop whose proposals are voted on</source>
        <translation>A oficina cujas propostas são votadas</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Votante</translation>
    </message>
    <message>
        <source>Who is placing dots now</source>
        <translation>Quem está colocando pontos agora</translation>
    </message>
    <message>
        <source>Next Voter</source>
        <translation>Próximo votante</translation>
    </message>
    <message>
        <source>Move on to the next voter in the list</source>
        <translation>Passar ao próximo votante da lista</translation>
    </message>
    <message>
        <source>Proposals to vote on</source>
        <translation>Propostas a votar</translation>
    </message>
    <message>
        <source>Click + to give the voter&apos;s dot to a proposal, − to take it back</source>
        <translation>Clique em + para dar o ponto do votante a uma proposta, em − para retirá-lo</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>The proposals by dots received</source>
        <translation>As propostas pelos pontos recebidos</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>&lt;b&gt;Place dots&lt;/b&gt; — click a proposal; right-click takes a dot back</source>
        <translation>&lt;b&gt;Colocar pontos&lt;/b&gt; — clique em uma proposta; o clique direito retira um ponto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ranking&lt;/b&gt; — all voters so far</source>
        <translation>&lt;b&gt;Classificação&lt;/b&gt; — todos os votantes até agora</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Oficina sem título</translation>
    </message>
    <message>
        <source>Add a workshop with proposals to vote on them.</source>
        <translation>Adicione uma oficina com propostas para votar nelas.</translation>
    </message>
    <message>
        <source>This workshop has no proposals to vote on yet.</source>
        <translation>Esta oficina ainda não tem propostas para votar.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a participant&apos;s code · their group</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (group votes as one)</source>
        <translation>%1 (o grupo vota como um só)</translation>
    </message>
    <message>
        <source>No voters yet: sign participants in first.</source>
        <translation>Nenhum votante ainda: registre primeiro a presença de participantes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 dots left</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: restam %2 de %3 pontos</translation>
    </message>
    <message>
        <source>%1: %2. Right-click a proposal to take a dot back, or go on to the next voter.</source>
        <comment>%1: the voter; %2: why the dot was refused</comment>
        <translation>%1: %2. Clique com o botão direito em uma proposta para retirar um ponto, ou passe ao próximo votante.</translation>
    </message>
    <message>
        <source>Place a dot on “%1” (%2)</source>
        <comment>an undo step; %2: the voter</comment>
        <translation>Colocar um ponto em “%1” (%2)</translation>
    </message>
    <message>
        <source>%1 has no dot on “%2” to take back.</source>
        <translation>%1 não tem ponto em “%2” para retirar.</translation>
    </message>
    <message>
        <source>Take a dot off “%1” (%2)</source>
        <comment>an undo step; %2: the voter</comment>
        <translation>Retirar um ponto de “%1” (%2)</translation>
    </message>
</context>
<context>
    <name>WalkDialog</name>
    <message>
        <source>Edit Audit Walk</source>
        <translation>Editar caminhada de auditoria</translation>
    </message>
    <message>
        <source>New Audit Walk</source>
        <translation>Nova caminhada de auditoria</translation>
    </message>
    <message>
        <source>Required, e.g. Market street by night</source>
        <translation>Obrigatório, p. ex. Rua do mercado à noite</translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation>Sem oficina</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sem grupo</translation>
    </message>
    <message>
        <source>Walkers</source>
        <translation>Quem caminhou</translation>
    </message>
    <message>
        <source>Tick the participants who walked (Space ticks the current one)</source>
        <translation>Marque as pessoas participantes que caminharam (Espaço marca a atual)</translation>
    </message>
    <message>
        <source>Tick the Group</source>
        <translation>Marcar o grupo</translation>
    </message>
    <message>
        <source>Tick everyone signed in to the chosen group</source>
        <translation>Marcar todas as pessoas registradas no grupo escolhido</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Time of &amp;day</source>
        <translation>&amp;Período do dia</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Grupo</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who walked&lt;/b&gt; (anonymous codes)</source>
        <translation>&lt;b&gt;Quem caminhou&lt;/b&gt; (códigos anônimos)</translation>
    </message>
    <message>
        <source>Nobody is signed in to this workshop yet (Workshop › Sign-in Sheet…).</source>
        <translation>Ninguém registrou presença nesta oficina ainda (Oficina › Lista de presença…).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln ticked</source>
        <translation>
            <numerusform>%1 de %Ln marcado</numerusform>
            <numerusform>%1 de %Ln marcados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Plan safer streets together. CoSafe keeps a neighbourhood’s safety audit walks, residents’ perception pins, proposals and the agreed action plan in one project file that works without the internet, so a workshop can run on one laptop and field teams can merge their work later.</source>
        <translation>Planejem juntos ruas mais seguras. O CoSafe reúne as caminhadas de auditoria de segurança de um bairro, os alfinetes de percepção dos moradores, as propostas e o plano de ação acordado em um único arquivo de projeto que funciona sem internet, para que uma oficina possa acontecer em um só laptop e as equipes de campo possam mesclar seu trabalho depois.</translation>
    </message>
    <message>
        <source>Participatory urban-safety planning</source>
        <translation>Planejamento participativo de segurança urbana</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Novo projeto…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Abrir projeto…</translation>
    </message>
    <message>
        <source>Open Sample Project</source>
        <translation>Abrir projeto de exemplo</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projetos recentes</translation>
    </message>
    <message>
        <source>Projects you open will be listed here.</source>
        <translation>Os projetos que você abrir aparecerão aqui.</translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message>
        <source>field copy for %1 (%2)</source>
        <comment>%1 a team, %2 its group</comment>
        <translation>cópia de campo para %1 (%2)</translation>
    </message>
    <message>
        <source>field copy for %1</source>
        <comment>%1 a team</comment>
        <translation>cópia de campo para %1</translation>
    </message>
    <message>
        <source>field copy (%1)</source>
        <comment>%1 a group</comment>
        <translation>cópia de campo (%1)</translation>
    </message>
    <message>
        <source>field copy</source>
        <translation>cópia de campo</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <comment>project name — field copy for a team — CoSafe</comment>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>project name — CoSafe</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <comment>a window title</comment>
        <translation>%1 [somente leitura]</translation>
    </message>
</context>
<context>
    <name>WorkshopBar</name>
    <message>
        <source>Workshop and Group</source>
        <translation>Oficina e grupo</translation>
    </message>
    <message>
        <source>No workshop yet</source>
        <translation>Nenhuma oficina ainda</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>Nenhum grupo ainda</translation>
    </message>
    <message>
        <source> &amp;Workshop: </source>
        <translation> &amp;Oficina: </translation>
    </message>
    <message>
        <source>  &amp;Group: </source>
        <translation>  &amp;Grupo: </translation>
    </message>
    <message>
        <source>The active workshop: what you draw and sign in belongs to it</source>
        <translation>A oficina ativa: o que você desenha e registra pertence a ela</translation>
    </message>
    <message>
        <source>The active group: what you draw now is recorded as this group&apos;s work</source>
        <translation>O grupo ativo: o que você desenha agora é registrado como trabalho deste grupo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a workshop&apos;s title and the date it was held</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Edit Workshop</source>
        <translation>Editar oficina</translation>
    </message>
    <message>
        <source>New Workshop</source>
        <translation>Nova oficina</translation>
    </message>
    <message>
        <source>Required, e.g. Market street walk and mapping</source>
        <translation>Obrigatório, p. ex. Caminhada e mapeamento da rua do mercado</translation>
    </message>
    <message>
        <source>Where it was held, e.g. Community hall, Ward 4</source>
        <translation>Onde foi realizada, p. ex. Salão comunitário, Bairro 4</translation>
    </message>
    <message>
        <source> dots each</source>
        <translation> pontos cada</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitador(a):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Votes per participant:</source>
        <translation>&amp;Votos por participante:</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <source>Workshops and groups</source>
        <translation>Oficinas e grupos</translation>
    </message>
    <message>
        <source>Each workshop and its groups; select one to work in it</source>
        <translation>Cada oficina e seus grupos; selecione um item para trabalhar nele</translation>
    </message>
    <message>
        <source>Workshop / group</source>
        <translation>Oficina / grupo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>No workshop yet. Create one, add its groups, then sign people in.</source>
        <translation>Nenhuma oficina ainda. Crie uma, adicione os grupos e registre a presença das pessoas.</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nova oficina…</translation>
    </message>
    <message>
        <source>Create a workshop: date, place, facilitator</source>
        <translation>Criar uma oficina: data, local, facilitador(a)</translation>
    </message>
    <message>
        <source>&amp;Add Group…</source>
        <translation>&amp;Adicionar grupo…</translation>
    </message>
    <message>
        <source>Add a group to the active workshop</source>
        <translation>Adicionar um grupo à oficina ativa</translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheet…</source>
        <translation>&amp;Lista de presença…</translation>
    </message>
    <message>
        <source>Sign participants in to the active workshop, keyboard only</source>
        <translation>Registrar a presença de participantes na oficina ativa, só com o teclado</translation>
    </message>
    <message>
        <source>&amp;Participants…</source>
        <translation>&amp;Participantes…</translation>
    </message>
    <message>
        <source>List and correct the active workshop&apos;s participants</source>
        <translation>Listar e corrigir as pessoas participantes da oficina ativa</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected workshop or group</source>
        <translation>Editar a oficina ou o grupo selecionado</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Delete the selected workshop or group (Undo brings it back)</source>
        <translation>Excluir a oficina ou o grupo selecionado (Desfazer o traz de volta)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups · %1</source>
        <comment>%1: how many people</comment>
        <translation>
            <numerusform>%Ln grupo · %1</numerusform>
            <numerusform>%Ln grupos · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Facilitador(a): %1</translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation>ninguém ainda</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <comment>a workshop&apos;s title: its groups and people</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Edit Workshop…</source>
        <translation>Editar oficina…</translation>
    </message>
    <message>
        <source>Edit Group…</source>
        <translation>Editar grupo…</translation>
    </message>
    <message>
        <source>Delete Workshop</source>
        <translation>Excluir oficina</translation>
    </message>
    <message>
        <source>Delete Group</source>
        <translation>Excluir grupo</translation>
    </message>
    <message>
        <source>Add workshop “%1”</source>
        <translation>Adicionar oficina “%1”</translation>
    </message>
    <message>
        <source>Group %1</source>
        <comment>a new group&apos;s name</comment>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Add group “%1”</source>
        <translation>Adicionar grupo “%1”</translation>
    </message>
    <message>
        <source>Edit Group</source>
        <translation>Editar grupo</translation>
    </message>
    <message>
        <source>Delete the group “%1” and the photos of its paper sheets? Its participants and drawings stay in the workshop without a group. Undo (Ctrl+Z) brings it back.</source>
        <translation>Excluir o grupo “%1” e as fotos de suas folhas de papel? Suas pessoas participantes e desenhos ficam na oficina, sem grupo. Desfazer (Ctrl+Z) o traz de volta.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Excluir grupo</translation>
    </message>
    <message>
        <source>Delete the group “%1”? Its participants and drawings stay in the workshop without a group. Undo (Ctrl+Z) brings it back.</source>
        <translation>Excluir o grupo “%1”? Suas pessoas participantes e desenhos ficam na oficina, sem grupo. Desfazer (Ctrl+Z) o traz de volta.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Excluir oficina</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>A vote must say which participant or group placed it</source>
        <translation>Um voto deve indicar qual participante ou grupo o colocou</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %Ln dots left for this voter</source>
        <translation>
            <numerusform>Pontos restantes desta pessoa: só %1 de %Ln</numerusform>
            <numerusform>Pontos restantes desta pessoa: só %1 de %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>women hidden</source>
        <translation>número de mulheres oculto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln women</source>
        <translation>
            <numerusform>%Ln mulher</numerusform>
            <numerusform>%Ln mulheres</numerusform>
        </translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation>ninguém ainda</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln pessoa</numerusform>
            <numerusform>%Ln pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>people hidden</source>
        <translation>número de pessoas oculto</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a summary: “26 people · 16 women”</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Delete the workshop “%1” with its %2, %3 and %4?</source>
        <comment>%2, %3 and %4 are counts: “2 groups”, “26 participants”, “40 votes”</comment>
        <translation>Excluir a oficina “%1” com seus %2, %3 e %4?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln grupo</numerusform>
            <numerusform>%Ln grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln votes</source>
        <translation>
            <numerusform>%Ln voto</numerusform>
            <numerusform>%Ln votos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln proposals, pins and walks stay in the project, in no workshop.</source>
        <translation>
            <numerusform>Sua %Ln proposta, alfinetes e caminhadas ficam no projeto, sem oficina.</numerusform>
            <numerusform>Suas %Ln propostas, alfinetes e caminhadas ficam no projeto, sem oficina.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln photos of its groups&apos; paper sheets are deleted with it.</source>
        <translation>
            <numerusform>A %Ln foto das folhas de papel dos seus grupos é excluída com ela.</numerusform>
            <numerusform>As %Ln fotos das folhas de papel dos seus grupos são excluídas com ela.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it all back.</source>
        <translation>Desfazer (Ctrl+Z) traz tudo de volta.</translation>
    </message>
</context>
<context>
    <name>WorkshopsFeature</name>
    <message>
        <source>Workshops</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>Wor&amp;kshop</source>
        <translation>O&amp;ficina</translation>
    </message>
</context>
</TS>
