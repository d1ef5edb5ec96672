<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutCoSafe</name>
    <message>
        <source>All changes are saved as you work</source>
        <translation>Todos los cambios se guardan mientras trabaja</translation>
    </message>
    <message>
        <source>Read-only: nothing you do changes the file</source>
        <translation>Solo lectura: nada de lo que haga cambia el archivo</translation>
    </message>
    <message>
        <source>%1° N   %2° E</source>
        <comment>the pointer&apos;s place</comment>
        <translation>%1° N   %2° E</translation>
    </message>
    <message>
        <source>%1° N   %2° W</source>
        <comment>the pointer&apos;s place</comment>
        <translation>%1° N   %2° O</translation>
    </message>
    <message>
        <source>%1° S   %2° E</source>
        <comment>the pointer&apos;s place</comment>
        <translation>%1° S   %2° E</translation>
    </message>
    <message>
        <source>%1° S   %2° W</source>
        <comment>the pointer&apos;s place</comment>
        <translation>%1° S   %2° O</translation>
    </message>
    <message>
        <source>%1 %2 — offline participatory urban-safety planning: safety audit walks, perception pins, proposals and action plans in one GeoPackage file. Free software (GPL 3 or later).</source>
        <translation>%1 %2 — planificación participativa de la seguridad urbana sin conexión: recorridos de auditoría de seguridad, marcadores de percepción, propuestas y planes de acción en un solo archivo GeoPackage. Software libre (GPL 3 o posterior).</translation>
    </message>
    <message>
        <source>There is no Save button: every change is written to the project file the moment you make it, so nothing is lost if the laptop switches off. Undo steps back through your changes. Use File › Save As to continue in a copy (for example before a workshop); the project is one .gpkg file you can copy to a USB stick at any time, and QGIS can open it.</source>
        <translation>No hay botón Guardar: cada cambio se escribe en el archivo del proyecto en el momento en que lo hace, así que no se pierde nada si la computadora se apaga. Deshacer retrocede por sus cambios. Use Archivo › Guardar como para seguir en una copia (por ejemplo, antes de un taller); el proyecto es un solo archivo .gpkg que puede copiar en una memoria USB en cualquier momento, y QGIS puede abrirlo.</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <source>New Action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>Edit Action — %1</source>
        <translation>Editar acción — %1</translation>
    </message>
    <message>
        <source>What will be done, e.g. Light the path behind the market</source>
        <translation>Qué se hará, p. ej. Iluminar el sendero detrás del mercado</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <source>UN Guidelines for the Prevention of Crime (2002): social development (causes), locally based (communities act), situational (design and management of places), reintegration (offenders).</source>
        <translation>Directrices de las Naciones Unidas para la Prevención del Delito (2002): desarrollo social (causas), local (actúan las comunidades), situacional (diseño y gestión de los lugares), reinserción (personas infractoras).</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>When the action is due: short, medium or long term</source>
        <translation>Cuándo debe cumplirse la acción: corto, mediano o largo plazo</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>The day the action starts (tick Dates to set it)</source>
        <translation>El día en que empieza la acción (marque Fechas para definirlo)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>The day the action is done (tick Dates to set it)</source>
        <translation>El día en que termina la acción (marque Fechas para definirlo)</translation>
    </message>
    <message>
        <source>From &amp;votes</source>
        <translation>Según los &amp;votos</translation>
    </message>
    <message>
        <source>Set by &amp;hand:</source>
        <translation>Definir a ma&amp;no:</translation>
    </message>
    <message>
        <source>Priority by hand</source>
        <translation>Prioridad a mano</translation>
    </message>
    <message>
        <source>1 is the most urgent (choose Set by hand first)</source>
        <translation>1 es la más urgente (primero elija Definir a mano)</translation>
    </message>
    <message>
        <source>rank %1 by the dots on its proposals</source>
        <translation>puesto %1 según los puntos de sus propuestas</translation>
    </message>
    <message>
        <source>no votes on its linked proposals yet</source>
        <translation>aún no hay votos en sus propuestas vinculadas</translation>
    </message>
    <message>
        <source>How success is seen, e.g. mean safety score at the market</source>
        <translation>Cómo se ve el éxito, p. ej. puntaje de seguridad promedio en el mercado</translation>
    </message>
    <message>
        <source>Where it stands now</source>
        <translation>Situación actual</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Where the indicator stands now</source>
        <translation>Valor actual del indicador</translation>
    </message>
    <message>
        <source>Use Current &amp;Score</source>
        <translation>Usar &amp;puntaje actual</translation>
    </message>
    <message>
        <source>Fill in the mean safety score audits measured at the linked places</source>
        <translation>Completar con el puntaje de seguridad promedio medido por las auditorías en los lugares vinculados</translation>
    </message>
    <message>
        <source>Where it should be, and by when</source>
        <translation>Dónde debería estar y para cuándo</translation>
    </message>
    <message>
        <source>Add to Plan</source>
        <translation>Agregar al plan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>CPTED &amp;principle</source>
        <translation>Principio &amp;CPTED</translation>
    </message>
    <message>
        <source>Prevention &amp;approach</source>
        <translation>&amp;Enfoque de prevención</translation>
    </message>
    <message>
        <source>&amp;Responsible partner</source>
        <translation>Socio &amp;responsable</translation>
    </message>
    <message>
        <source>Supporting partners</source>
        <translation>Socios de apoyo</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between a start and an end date</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Estimated &amp;cost</source>
        <translation>Costo estima&amp;do</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indicador</translation>
    </message>
    <message>
        <source>Tar&amp;get</source>
        <translation>Met&amp;a</translation>
    </message>
    <message>
        <source>Linked places</source>
        <translation>Lugares vinculados</translation>
    </message>
    <message>
        <source>Link places to compute the current safety score there.</source>
        <translation>Vincule lugares para calcular allí el puntaje de seguridad actual.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <comment>%1: the mean safety score at the linked places</comment>
        <translation>Ahora: %1</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Principio</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
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
        <translation>Con fecha</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Sin programar</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <comment>%1: a timeline column, e.g. Short term</comment>
        <translation>Acciones: %1</translation>
    </message>
    <message>
        <source>The actions planned for %1; double-click one to edit it</source>
        <translation>Las acciones previstas para %1; haga doble clic en una para editarla</translation>
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
        <translation>Aún no hay acciones. Seleccione una propuesta y elija Plan › Crear acción a partir de la propuesta, o pulse Nueva… para escribir una.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier momento</translation>
    </message>
    <message>
        <source>Has dates</source>
        <translation>Con fechas</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Sin programar</translation>
    </message>
    <message>
        <source>Filter actions by status</source>
        <translation>Filtrar acciones por estado</translation>
    </message>
    <message>
        <source>Show only actions with this status</source>
        <translation>Mostrar solo las acciones con este estado</translation>
    </message>
    <message>
        <source>Filter actions by timeframe</source>
        <translation>Filtrar acciones por plazo</translation>
    </message>
    <message>
        <source>Show only actions with this timeframe</source>
        <translation>Mostrar solo las acciones con este plazo</translation>
    </message>
    <message>
        <source>Filter actions by principle</source>
        <translation>Filtrar acciones por principio</translation>
    </message>
    <message>
        <source>Show only actions with this principle</source>
        <translation>Mostrar solo las acciones con este principio</translation>
    </message>
    <message>
        <source>Filter actions by partner</source>
        <translation>Filtrar acciones por socio</translation>
    </message>
    <message>
        <source>Show only actions with this partner</source>
        <translation>Mostrar solo las acciones con este socio</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>The plan&apos;s actions; Enter or double-click opens one, Delete removes it</source>
        <translation>Las acciones del plan; Enter o doble clic abre una, Delete la elimina</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>Write a new action from scratch</source>
        <translation>Escribir una acción nueva desde cero</translation>
    </message>
    <message>
        <source>&amp;Edit Action…</source>
        <translation>&amp;Editar acción…</translation>
    </message>
    <message>
        <source>Open the selected action in the action editor</source>
        <translation>Abrir la acción seleccionada en el editor de acciones</translation>
    </message>
    <message>
        <source>&amp;Delete Action</source>
        <translation>E&amp;liminar acción</translation>
    </message>
    <message>
        <source>Remove the selected action from the plan (the places stay)</source>
        <translation>Quitar la acción seleccionada del plan (los lugares se mantienen)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>Cualquier socio</translation>
    </message>
    <message>
        <source>Nobody responsible yet</source>
        <translation>Aún sin responsable</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln actions shown</source>
        <translation>
            <numerusform>Se muestran %1 de %Ln acción</numerusform>
            <numerusform>Se muestran %1 de %Ln acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions</source>
        <translation>
            <numerusform>%Ln acción</numerusform>
            <numerusform>%Ln acciones</numerusform>
        </translation>
    </message>
    <message>
        <source>The action was not deleted</source>
        <translation>La acción no se eliminó</translation>
    </message>
</context>
<context>
    <name>ActionsSheet</name>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Priority set by</source>
        <translation>Prioridad fijada por</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Responsible partner</source>
        <translation>Socio responsable</translation>
    </message>
    <message>
        <source>Supporting partners</source>
        <translation>Socios de apoyo</translation>
    </message>
    <message>
        <source>Linked places</source>
        <translation>Lugares vinculados</translation>
    </message>
    <message>
        <source>Locations (lat,lon)</source>
        <translation>Ubicaciones (lat,lon)</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>Principio CPTED</translation>
    </message>
    <message>
        <source>Prevention approach</source>
        <translation>Enfoque de prevención</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Empieza el</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Baseline from the audit scores</source>
        <translation>Línea de base según los puntajes de auditoría</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>votos</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>a mano</translation>
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
            <numerusform>Donde el puntaje de %1 es bajo, la gente se siente menos segura (relación fuerte, %Ln lugar).</numerusform>
            <numerusform>Donde el puntaje de %1 es bajo, la gente se siente menos segura (relación fuerte, %Ln lugares).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is low, people feel less safe (moderate link, %Ln places).</source>
        <translation>
            <numerusform>Donde el puntaje de %1 es bajo, la gente se siente menos segura (relación moderada, %Ln lugar).</numerusform>
            <numerusform>Donde el puntaje de %1 es bajo, la gente se siente menos segura (relación moderada, %Ln lugares).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is low, people feel less safe (weak link, %Ln places).</source>
        <translation>
            <numerusform>Donde el puntaje de %1 es bajo, la gente se siente menos segura (relación débil, %Ln lugar).</numerusform>
            <numerusform>Donde el puntaje de %1 es bajo, la gente se siente menos segura (relación débil, %Ln lugares).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (strong link, %Ln places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Donde el puntaje de %1 es alto, la gente se siente menos segura (relación fuerte, %Ln lugar): inesperado; vale la pena revisarlo.</numerusform>
            <numerusform>Donde el puntaje de %1 es alto, la gente se siente menos segura (relación fuerte, %Ln lugares): inesperado; vale la pena revisarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (moderate link, %Ln places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Donde el puntaje de %1 es alto, la gente se siente menos segura (relación moderada, %Ln lugar): inesperado; vale la pena revisarlo.</numerusform>
            <numerusform>Donde el puntaje de %1 es alto, la gente se siente menos segura (relación moderada, %Ln lugares): inesperado; vale la pena revisarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (weak link, %Ln places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Donde el puntaje de %1 es alto, la gente se siente menos segura (relación débil, %Ln lugar): inesperado; vale la pena revisarlo.</numerusform>
            <numerusform>Donde el puntaje de %1 es alto, la gente se siente menos segura (relación débil, %Ln lugares): inesperado; vale la pena revisarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit point has a feeling score yet, so nothing can be said about what goes with feeling unsafe.</source>
        <translation>Ningún punto de auditoría tiene aún puntaje de sensación, así que no se puede decir qué va asociado con sentirse inseguro.</translation>
    </message>
    <message>
        <source>How each criterion goes with %1 across audit points (Spearman rank correlation; a link, not proof of a cause):</source>
        <translation>Cómo se relaciona cada criterio con %1 en los puntos de auditoría (correlación de rangos de Spearman; una relación, no prueba de causa):</translation>
    </message>
    <message numerus="yes">
        <source>%1: too few places scored for both it and %2 to say (%Ln places; at least %3 needed).</source>
        <translation>
            <numerusform>%1: muy pocos lugares con puntaje en este criterio y en %2 para concluir (%Ln lugar; se necesitan al menos %3).</numerusform>
            <numerusform>%1: muy pocos lugares con puntaje en este criterio y en %2 para concluir (%Ln lugares; se necesitan al menos %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the same score everywhere (or %2 was), so no link can be read (%Ln places).</source>
        <translation>
            <numerusform>%1: el mismo puntaje en todas partes (o lo fue %2), así que no se puede leer ninguna relación (%Ln lugar).</numerusform>
            <numerusform>%1: el mismo puntaje en todas partes (o lo fue %2), así que no se puede leer ninguna relación (%Ln lugares).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 makes no clear difference to how safe people feel (%Ln places).</source>
        <translation>
            <numerusform>%1 no marca una diferencia clara en qué tan segura se siente la gente (%Ln lugar).</numerusform>
            <numerusform>%1 no marca una diferencia clara en qué tan segura se siente la gente (%Ln lugares).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation>Sin taller</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no value of a category</comment>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Other workshops</source>
        <translation>Otros talleres</translation>
    </message>
    <message>
        <source>Other groups</source>
        <translation>Otros grupos</translation>
    </message>
    <message>
        <source>Other or not stated</source>
        <translation>Otro o no indicado</translation>
    </message>
</context>
<context>
    <name>AnalysisCharts</name>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Compare groups of people by gender; each tick splits them further</source>
        <translation>Comparar grupos de personas por género; cada casilla marcada los divide más</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <source>Compare groups of people by age band; each tick splits them further</source>
        <translation>Comparar grupos de personas por grupo de edad; cada casilla marcada los divide más</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Compare groups of people by role; each tick splits them further</source>
        <translation>Comparar grupos de personas por rol; cada casilla marcada los divide más</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Momento del día</translation>
    </message>
    <message>
        <source>Compare groups of people by time of day; each tick splits them further</source>
        <translation>Comparar grupos de personas por momento del día; cada casilla marcada los divide más</translation>
    </message>
    <message>
        <source>Working out which groups can be shown without giving anyone away…</source>
        <translation>Calculando qué grupos se pueden mostrar sin identificar a nadie…</translation>
    </message>
    <message>
        <source>No audit scores or perception pins yet — record a walk or place pins in the Audits dock to compare groups of people.</source>
        <translation>Aún no hay puntajes de auditoría ni marcadores de percepción: registre un recorrido o ponga marcadores en el panel Auditorías para comparar grupos de personas.</translation>
    </message>
    <message>
        <source>No audit scores yet — record a walk and score its points in the Audits dock.</source>
        <translation>Aún no hay puntajes de auditoría: registre un recorrido y dé puntaje a sus puntos en el panel Auditorías.</translation>
    </message>
    <message>
        <source>No place was walked both by day and at night yet — walk the same route after dark and score the points in the Audits dock.</source>
        <translation>Aún no se ha recorrido ningún lugar de día y de noche: haga la misma ruta después del anochecer y dé puntaje a los puntos en el panel Auditorías.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln places walked by day and at night: %1 scored lower at night, %2 higher, %3 about the same. Mean score %4 by day, %5 at night.</source>
        <translation>
            <numerusform>%Ln lugar recorrido de día y de noche: %1 con puntaje más bajo de noche, %2 más alto, %3 casi igual. Puntaje promedio %4 de día, %5 de noche.</numerusform>
            <numerusform>%Ln lugares recorridos de día y de noche: %1 con puntaje más bajo de noche, %2 más alto, %3 casi igual. Puntaje promedio %4 de día, %5 de noche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough audit points with a &quot;Feeling&quot; score yet to say which criteria go with feeling unsafe — score Feeling at more points in the Audits dock.</source>
        <translation>Aún no hay suficientes puntos de auditoría con puntaje de «Sensación» para decir qué criterios van asociados con sentirse inseguro: puntúe la Sensación en más puntos en el panel Auditorías.</translation>
    </message>
    <message>
        <source>Open a project to see what its audits and pins say.</source>
        <translation>Abra un proyecto para ver lo que dicen sus auditorías y marcadores.</translation>
    </message>
    <message>
        <source>Nothing matches the filters — widen them in the Perception Filters dock (or Clear Filters).</source>
        <translation>Nada coincide con los filtros: amplíelos en el panel Filtros de percepción (o Borrar filtros).</translation>
    </message>
    <message>
        <source>No audit points yet — record a walk in the Audits dock.</source>
        <translation>Aún no hay puntos de auditoría: registre un recorrido en el panel Auditorías.</translation>
    </message>
    <message>
        <source>No audit points or perception pins yet — record a walk or place pins in the Audits dock.</source>
        <translation>Aún no hay puntos de auditoría ni marcadores de percepción: registre un recorrido o ponga marcadores en el panel Auditorías.</translation>
    </message>
    <message>
        <source>No recorded incidents in these dates — import police or NGO data with Audit › Import Recorded Incidents to compare them with what people feel by time of day.</source>
        <translation>No hay incidentes registrados en estas fechas: importe datos policiales o de ONG con Auditoría › Importar incidentes registrados para compararlos con lo que la gente siente según el momento del día.</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln people match these filters, so their figures are hidden to protect them (the project&apos;s threshold is %Ln). Widen the filters to see more.</source>
        <translation>
            <numerusform>Menos de %Ln persona coincide con estos filtros, así que sus cifras se ocultan para protegerla (el umbral del proyecto es %Ln). Amplíe los filtros para ver más.</numerusform>
            <numerusform>Menos de %Ln personas coinciden con estos filtros, así que sus cifras se ocultan para protegerlas (el umbral del proyecto es %Ln). Amplíe los filtros para ver más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisFeature</name>
    <message>
        <source>Heat Map &amp;Radius…</source>
        <translation>&amp;Radio del mapa de calor…</translation>
    </message>
    <message>
        <source>How far each point&apos;s heat reaches</source>
        <translation>Hasta dónde llega el calor de cada punto</translation>
    </message>
    <message>
        <source>Perception Map</source>
        <translation>Mapa de percepción</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Filters (map and charts)</source>
        <translation>Filtros (mapa y gráficos)</translation>
    </message>
    <message>
        <source>Layers and legend</source>
        <translation>Capas y leyenda</translation>
    </message>
    <message>
        <source>Perception &amp;Layers</source>
        <translation>&amp;Capas de percepción</translation>
    </message>
    <message>
        <source>Heat Map &amp;Source</source>
        <translation>&amp;Fuente del mapa de calor</translation>
    </message>
    <message numerus="yes">
        <source>On the map: what fewer than %Ln people recorded.</source>
        <translation>
            <numerusform>En el mapa: lo que registraron menos de %Ln persona.</numerusform>
            <numerusform>En el mapa: lo que registraron menos de %Ln personas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln people match these filters, so no counts are shown.</source>
        <translation>
            <numerusform>Menos de %Ln persona coincide con estos filtros, así que no se muestran conteos.</numerusform>
            <numerusform>Menos de %Ln personas coinciden con estos filtros, así que no se muestran conteos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 and %2.</source>
        <translation>Se muestran %1 y %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln audit scores</source>
        <translation>
            <numerusform>%1 de %Ln puntaje de auditoría</numerusform>
            <numerusform>%1 de %Ln puntajes de auditoría</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln pins</source>
        <translation>
            <numerusform>%1 de %Ln marcador</numerusform>
            <numerusform>%1 de %Ln marcadores</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything shown: %1, %2.</source>
        <translation>Se muestra todo: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit scores</source>
        <translation>
            <numerusform>%Ln puntaje de auditoría</numerusform>
            <numerusform>%Ln puntajes de auditoría</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins</source>
        <translation>
            <numerusform>%Ln marcador</numerusform>
            <numerusform>%Ln marcadores</numerusform>
        </translation>
    </message>
    <message>
        <source>Heat Map Radius</source>
        <translation>Radio del mapa de calor</translation>
    </message>
    <message>
        <source>How far each point&apos;s heat reaches (metres):</source>
        <translation>Hasta dónde llega el calor de cada punto (metros):</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>How each criterion was scored, 0 (poor) to 3 (good)</source>
        <translation>Cómo se puntuó cada criterio, de 0 (malo) a 3 (bueno)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Mean safety score and share of unsafe pins by gender, age and time of day</source>
        <translation>Puntaje de seguridad promedio y proporción de marcadores inseguros por género, edad y momento del día</translation>
    </message>
    <message>
        <source>Day and Night</source>
        <translation>Día y noche</translation>
    </message>
    <message>
        <source>The same places scored by day and at night</source>
        <translation>Los mismos lugares puntuados de día y de noche</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sensación</translation>
    </message>
    <message>
        <source>Which criteria go with feeling unsafe</source>
        <translation>Qué criterios van asociados con sentirse inseguro</translation>
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
        <translation>Escriba %1 (sí) o %2 (no); Space para dejarlo en blanco</translation>
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
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar este mensaje de ayuda y salir</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>subcomando desconocido %(parser_name)r (opciones: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s podría coincidir con %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>opción inesperada: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite con el argumento %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumento explícito ignorado: %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message numerus="yes">
        <source>expected %s arguments</source>
        <translation>
            <numerusform>se esperaba %s argumento</numerusform>
            <numerusform>se esperaban %s argumentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditEntryForm</name>
    <message>
        <source>&lt;b&gt;0–3&lt;/b&gt; score, &lt;b&gt;Space&lt;/b&gt; blank: each moves on to the next field by itself (a Tab after it does not skip one) · &lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt; next / previous field · &lt;b&gt;Enter&lt;/b&gt; save and next sheet · &lt;b&gt;Page Up/Down&lt;/b&gt; previous / next sheet (saves this one) · &lt;b&gt;Esc&lt;/b&gt; close</source>
        <translation>&lt;b&gt;0–3&lt;/b&gt; puntaje, &lt;b&gt;Space&lt;/b&gt; en blanco: cada uno pasa solo al campo siguiente (un Tab después no salta ninguno) · &lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt; campo siguiente / anterior · &lt;b&gt;Enter&lt;/b&gt; guardar y hoja siguiente · &lt;b&gt;Page Up/Down&lt;/b&gt; hoja anterior / siguiente (guarda esta) · &lt;b&gt;Esc&lt;/b&gt; cerrar</translation>
    </message>
    <message>
        <source>Enter Audit Sheets — %1</source>
        <translation>Ingresar hojas de auditoría — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <comment>a walk&apos;s title, date and time of day</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Point </source>
        <comment>before a sheet&apos;s number</comment>
        <translation>Punto </translation>
    </message>
    <message>
        <source>Point number</source>
        <translation>Número de punto</translation>
    </message>
    <message>
        <source>The number of the sheet (audit point) on show</source>
        <translation>El número de la hoja (punto de auditoría) que se muestra</translation>
    </message>
    <message>
        <source>of </source>
        <comment>before the number of sheets</comment>
        <translation>de </translation>
    </message>
    <message>
        <source> sheets</source>
        <comment>after the number of sheets</comment>
        <translation> hojas</translation>
    </message>
    <message>
        <source>Number of sheets</source>
        <translation>Número de hojas</translation>
    </message>
    <message>
        <source>How many sheets the stack has: unplaced points are spread evenly along the route</source>
        <translation>Cuántas hojas tiene la pila: los puntos sin ubicar se reparten de forma pareja a lo largo del recorrido</translation>
    </message>
    <message>
        <source>Pick on Map</source>
        <translation>Elegir en el mapa</translation>
    </message>
    <message>
        <source>Click the map where this point was (the Audit Point tool)</source>
        <translation>Haga clic en el mapa donde estaba este punto (herramienta Punto de auditoría)</translation>
    </message>
    <message>
        <source>Scores (0 = poor … 3 = good)</source>
        <translation>Puntajes (0 = malo … 3 = bueno)</translation>
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
        <translation>Comentario de la hoja (opcional)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>The comment written on the sheet (optional)</source>
        <translation>El comentario escrito en la hoja (opcional)</translation>
    </message>
    <message>
        <source>&amp;Checklist — women&apos;s safety audit (optional: y / n, recommendation)</source>
        <translation>&amp;Lista de verificación — auditoría de seguridad de las mujeres (opcional: y / n, recomendación)</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>%1 Type y (yes) or n (no), Space to leave it blank</source>
        <translation>%1 Escriba y (sí) o n (no); Space para dejarlo en blanco</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Recomendación: %1</translation>
    </message>
    <message>
        <source>What the walkers recommend (optional)</source>
        <translation>Lo que recomiendan quienes hicieron el recorrido (opcional)</translation>
    </message>
    <message>
        <source>Save Point</source>
        <translation>Guardar punto</translation>
    </message>
    <message>
        <source>Delete Point</source>
        <translation>Eliminar punto</translation>
    </message>
    <message>
        <source>Delete this point with its scores and answers (Ctrl+Delete); undo brings it back</source>
        <translation>Eliminar este punto con sus puntajes y respuestas (Ctrl+Delete); deshacer lo recupera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This walk&apos;s criteria set has no criteria: add some in Audit › Criteria…</source>
        <translation>El conjunto de criterios de este recorrido no tiene criterios: agregue algunos en Auditoría › Criterios…</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>¿Cerrar sin guardar?</translation>
    </message>
    <message>
        <source>Point %1 has entries that are not saved. Close the form and lose them? (Cancel, then Enter, saves them.)</source>
        <translation>El punto %1 tiene datos sin guardar. ¿Cerrar el formulario y perderlos? (Cancelar y luego Enter los guarda).</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Placed where you clicked</source>
        <translation>Ubicado donde hizo clic</translation>
    </message>
    <message>
        <source>On the map (saved)</source>
        <translation>En el mapa (guardado)</translation>
    </message>
    <message>
        <source>On the map (placed, not scored yet)</source>
        <translation>En el mapa (ubicado, aún sin puntaje)</translation>
    </message>
    <message>
        <source>Will be placed along the route</source>
        <translation>Se ubicará a lo largo del recorrido</translation>
    </message>
    <message>
        <source>Not on the map: draw the route or Pick on Map</source>
        <translation>No está en el mapa: dibuje el recorrido o use Elegir en el mapa</translation>
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
            <numerusform>Punto %1 guardado: %Ln puntaje, %2 en blanco, %3</numerusform>
            <numerusform>Punto %1 guardado: %Ln puntajes, %2 en blanco, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores, %2 left blank</source>
        <translation>
            <numerusform>Punto %1 guardado: %Ln puntaje, %2 en blanco</numerusform>
            <numerusform>Punto %1 guardado: %Ln puntajes, %2 en blanco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores, %2</source>
        <translation>
            <numerusform>Punto %1 guardado: %Ln puntaje, %2</numerusform>
            <numerusform>Punto %1 guardado: %Ln puntajes, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores</source>
        <translation>
            <numerusform>Punto %1 guardado: %Ln puntaje</numerusform>
            <numerusform>Punto %1 guardado: %Ln puntajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted point %1</source>
        <translation>Punto %1 eliminado</translation>
    </message>
    <message>
        <source>That is the last field of the sheet: Enter saves point %1</source>
        <translation>Es el último campo de la hoja: Enter guarda el punto %1</translation>
    </message>
</context>
<context>
    <name>AuditReviewPanel</name>
    <message>
        <source>two boxes marked: choose the score</source>
        <translation>dos casillas marcadas: elija el puntaje</translation>
    </message>
    <message>
        <source>a faint mark: check it</source>
        <translation>una marca tenue: compruébela</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisar</translation>
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
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Sin código</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between a participant&apos;s code and demographics</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Draw Walk &amp;Route</source>
        <translation>Dibujar &amp;ruta del recorrido</translation>
    </message>
    <message>
        <source>Click along the selected walk&apos;s route; Enter or double-click finishes</source>
        <translation>Haga clic a lo largo de la ruta del recorrido seleccionado; Enter o doble clic termina</translation>
    </message>
    <message>
        <source>A&amp;udit Point</source>
        <translation>P&amp;unto de auditoría</translation>
    </message>
    <message>
        <source>Click to place the selected walk&apos;s next audit point (or the sheet being entered)</source>
        <translation>Haga clic para ubicar el siguiente punto de auditoría del recorrido seleccionado (o la hoja que se está ingresando)</translation>
    </message>
    <message>
        <source>&amp;Perception Pin</source>
        <translation>&amp;Marcador de percepción</translation>
    </message>
    <message>
        <source>Click to add a safe/unsafe pin, or click a pin to edit it</source>
        <translation>Haga clic para agregar un marcador seguro/inseguro, o en un marcador para editarlo</translation>
    </message>
    <message>
        <source>The recorded incidents were not imported</source>
        <translation>No se importaron los incidentes registrados</translation>
    </message>
    <message>
        <source>Import of recorded incidents cancelled; nothing was changed</source>
        <translation>Importación de incidentes registrados cancelada; no se cambió nada</translation>
    </message>
    <message>
        <source>Recorded incidents come from police, hospital or NGO records. CoSafe shows them as their own layer, always apart from what participants felt (pins and audit scores).</source>
        <translation>Los incidentes registrados provienen de registros de la policía, hospitales u ONG. CoSafe los muestra en su propia capa, siempre separados de lo que sintieron las personas participantes (marcadores y puntajes de auditoría).</translation>
    </message>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>Importar incidentes registrados</translation>
    </message>
    <message>
        <source>Incident files (%1)</source>
        <translation>Archivos de incidentes (%1)</translation>
    </message>
    <message>
        <source>CSV with longitude/latitude or x/y (%1)</source>
        <translation>CSV con longitud/latitud o x/y (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Todos los archivos (%1)</translation>
    </message>
    <message>
        <source>A route needs at least two points: click along the way, then Enter</source>
        <translation>Una ruta necesita al menos dos puntos: haga clic a lo largo del camino y luego Enter</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sensación</translation>
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
        <translation>Recorridos</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Auditorías</translation>
    </message>
    <message>
        <source>Enter Audit &amp;Sheets…</source>
        <translation>Ingresar &amp;hojas de auditoría…</translation>
    </message>
    <message>
        <source>Type in the selected walk&apos;s paper sheets with the keyboard</source>
        <translation>Transcribir con el teclado las hojas en papel del recorrido seleccionado</translation>
    </message>
    <message>
        <source>Reason &amp;Tags…</source>
        <translation>E&amp;tiquetas de motivo…</translation>
    </message>
    <message>
        <source>Add, rename or retire the reasons pins can give</source>
        <translation>Agregar, renombrar o retirar los motivos que pueden indicar los marcadores</translation>
    </message>
    <message>
        <source>&amp;Criteria…</source>
        <translation>&amp;Criterios…</translation>
    </message>
    <message>
        <source>Add, rename, reorder or retire the audit criteria; the score formula</source>
        <translation>Agregar, renombrar, reordenar o retirar los criterios de auditoría; la fórmula del puntaje</translation>
    </message>
    <message>
        <source>Import Recorded &amp;Incidents…</source>
        <translation>Importar &amp;incidentes registrados…</translation>
    </message>
    <message>
        <source>Add police or NGO incident records (CSV or GIS file), kept apart from perceptions</source>
        <translation>Agregar registros de incidentes de la policía o de ONG (CSV o archivo SIG), separados de las percepciones</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Hojas</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>Aud&amp;itoría</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Select an audit walk in the Audits panel first</source>
        <translation>Primero seleccione un recorrido de auditoría en el panel Auditorías</translation>
    </message>
    <message>
        <source>Select an audit walk in the Audits panel first: the route was not kept</source>
        <translation>Primero seleccione un recorrido de auditoría en el panel Auditorías: la ruta no se guardó</translation>
    </message>
    <message>
        <source>Replace the walk&apos;s route?</source>
        <translation>¿Reemplazar la ruta del recorrido?</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has a route of %2 points already. Replace it with the %Ln points just drawn? (Undo brings the old route back.)</source>
        <translation>
            <numerusform>«%1» ya tiene una ruta de %2 puntos. ¿Reemplazarla con el %Ln punto recién dibujado? (Deshacer recupera la ruta anterior).</numerusform>
            <numerusform>«%1» ya tiene una ruta de %2 puntos. ¿Reemplazarla con los %Ln puntos recién dibujados? (Deshacer recupera la ruta anterior).</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Route</source>
        <translation>Reemplazar ruta</translation>
    </message>
    <message>
        <source>The route of “%1” was kept as it was</source>
        <translation>La ruta de «%1» se mantuvo como estaba</translation>
    </message>
    <message numerus="yes">
        <source>Route of “%1” drawn: %Ln points</source>
        <translation>
            <numerusform>Ruta de «%1» dibujada: %Ln punto</numerusform>
            <numerusform>Ruta de «%1» dibujada: %Ln puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Place audit point %1 of “%2”</source>
        <translation>Ubicar el punto de auditoría %1 de «%2»</translation>
    </message>
    <message>
        <source>Audit point %1 placed; Enter Audit Sheets to score it</source>
        <translation>Punto de auditoría %1 ubicado; use Ingresar hojas de auditoría para darle puntaje</translation>
    </message>
</context>
<context>
    <name>AuditsPanel</name>
    <message>
        <source>&amp;New Audit Walk…</source>
        <translation>&amp;Nuevo recorrido de auditoría…</translation>
    </message>
    <message>
        <source>Record a walk: date, time of day, who walked</source>
        <translation>Registrar un recorrido: fecha, momento del día, quiénes participaron</translation>
    </message>
    <message>
        <source>&amp;Edit Walk…</source>
        <translation>&amp;Editar recorrido…</translation>
    </message>
    <message>
        <source>Change the selected walk&apos;s details or walkers</source>
        <translation>Cambiar los datos o participantes del recorrido seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete Walk</source>
        <translation>E&amp;liminar recorrido</translation>
    </message>
    <message>
        <source>Delete the walk with its points and scores</source>
        <translation>Eliminar el recorrido con sus puntos y puntajes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Audit walks</source>
        <translation>Recorridos de auditoría</translation>
    </message>
    <message>
        <source>The recorded walks; select one to see its points</source>
        <translation>Los recorridos registrados; seleccione uno para ver sus puntos</translation>
    </message>
    <message>
        <source>%1  (no route)</source>
        <translation>%1  (sin ruta)</translation>
    </message>
    <message>
        <source>No audit walks yet. New records a walk; then draw its route and enter its sheets.</source>
        <translation>Aún no hay recorridos de auditoría. Nuevo registra un recorrido; luego dibuje su ruta e ingrese sus hojas.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”, its %Ln audit points with their scores and the photos of its paper sheets will be deleted. Undo brings them back.</source>
        <translation>
            <numerusform>Se eliminarán «%1», su %Ln punto de auditoría con sus puntajes y las fotos de sus hojas de papel. Deshacer los recupera.</numerusform>
            <numerusform>Se eliminarán «%1», sus %Ln puntos de auditoría con sus puntajes y las fotos de sus hojas de papel. Deshacer los recupera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and its %Ln audit points with their scores will be deleted. Undo brings them back.</source>
        <translation>
            <numerusform>Se eliminarán «%1» y su %Ln punto de auditoría con sus puntajes. Deshacer los recupera.</numerusform>
            <numerusform>Se eliminarán «%1» y sus %Ln puntos de auditoría con sus puntajes. Deshacer los recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete audit walk?</source>
        <translation>¿Eliminar el recorrido de auditoría?</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <source>Copies CoSafe wrote beside the project file before a merge or an upgrade. Each is a full copy of the project, contacts and stories included: remove those you no longer need.</source>
        <translation>Copias que CoSafe escribió junto al archivo del proyecto antes de una combinación o una actualización. Cada una es una copia completa del proyecto, con contactos y relatos incluidos: elimine las que ya no necesite.</translation>
    </message>
    <message>
        <source>No backups beside the project file.</source>
        <translation>No hay copias de seguridad junto al archivo del proyecto.</translation>
    </message>
    <message>
        <source>a merge</source>
        <translation>una combinación</translation>
    </message>
    <message>
        <source>upgrading format %1</source>
        <translation>actualizar el formato %1</translation>
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
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes de</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected backups from the disk</source>
        <translation>Borrar del disco las copias de seguridad seleccionadas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backups, %1 in all.</source>
        <translation>
            <numerusform>%Ln copia de seguridad, %1 en total.</numerusform>
            <numerusform>%Ln copias de seguridad, %1 en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this backup?</source>
        <translation>¿Eliminar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>%1 is a full copy of the project as it was %2 on %3, contacts and stories included. Removing deletes it from the disk and it cannot be brought back; the project itself stays as it is.</source>
        <translation>%1 es una copia completa del proyecto tal como estaba %2, el %3, con contactos y relatos incluidos. Eliminarla la borra del disco y no se puede recuperar; el proyecto en sí queda como está.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln backups?</source>
        <translation>
            <numerusform>¿Eliminar %Ln copia de seguridad?</numerusform>
            <numerusform>¿Eliminar %Ln copias de seguridad?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %Ln files are full copies of the project, contacts and stories included. Removing deletes them from the disk and they cannot be brought back; the project itself stays as it is.</source>
        <translation>
            <numerusform>Este %Ln archivo es una copia completa del proyecto, con contactos y relatos incluidos. Eliminarlo lo borra del disco y no se puede recuperar; el proyecto en sí queda como está.</numerusform>
            <numerusform>Estos %Ln archivos son copias completas del proyecto, con contactos y relatos incluidos. Eliminarlos los borra del disco y no se pueden recuperar; el proyecto en sí queda como está.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Backup not removed</source>
        <translation>La copia de seguridad no se eliminó</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>before a merge</source>
        <translation>antes de una combinación</translation>
    </message>
    <message>
        <source>before upgrading from format %1</source>
        <translation>antes de actualizar desde el formato %1</translation>
    </message>
    <message>
        <source>The backups beside %1 cannot be listed: %2</source>
        <translation>No se pueden listar las copias de seguridad junto a %1: %2</translation>
    </message>
    <message>
        <source>%1 is read-only (%2); no backup was removed</source>
        <translation>%1 es de solo lectura (%2); no se eliminó ninguna copia de seguridad</translation>
    </message>
    <message>
        <source>%1 is not a backup of %2; no backup was removed</source>
        <translation>%1 no es una copia de seguridad de %2; no se eliminó ninguna copia de seguridad</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>No se puede leer %1</translation>
    </message>
</context>
<context>
    <name>BasemapFeature</name>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Import &amp;Basemap…</source>
        <translation>Importar mapa &amp;base…</translation>
    </message>
    <message>
        <source>Add a street map, MBTiles or a photo of a paper map to the project</source>
        <translation>Agregar al proyecto un mapa de calles, MBTiles o una foto de un mapa en papel</translation>
    </message>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation>&amp;Zoom a la capa</translation>
    </message>
    <message>
        <source>Show the whole of the layer selected in the Layers panel</source>
        <translation>Mostrar completa la capa seleccionada en el panel Capas</translation>
    </message>
    <message>
        <source>Set Project &amp;Area to This View</source>
        <translation>Usar esta &amp;vista como área del proyecto</translation>
    </message>
    <message>
        <source>Zoom to Project will show at least what the map shows now</source>
        <translation>Zoom al proyecto mostrará al menos lo que muestra ahora el mapa</translation>
    </message>
    <message>
        <source>Clear Project Area</source>
        <translation>Quitar el área del proyecto</translation>
    </message>
    <message>
        <source>Zoom to Project shows only the proposals, pins and walks again</source>
        <translation>Zoom al proyecto vuelve a mostrar solo las propuestas, marcadores y recorridos</translation>
    </message>
</context>
<context>
    <name>BasemapImport</name>
    <message numerus="yes">
        <source>Imported %Ln tiles into “%1”</source>
        <translation>
            <numerusform>Se importó %Ln tesela en «%1»</numerusform>
            <numerusform>Se importaron %Ln teselas en «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln features into “%1”</source>
        <translation>
            <numerusform>Se importó %Ln elemento en «%1»</numerusform>
            <numerusform>Se importaron %Ln elementos en «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln tiles into %1 layers from %2</source>
        <translation>
            <numerusform>Se importó %Ln tesela en %1 capas desde %2</numerusform>
            <numerusform>Se importaron %Ln teselas en %1 capas desde %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln features into %1 layers from %2</source>
        <translation>
            <numerusform>Se importó %Ln elemento en %1 capas desde %2</numerusform>
            <numerusform>Se importaron %Ln elementos en %1 capas desde %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BasemapImporter</name>
    <message>
        <source>The basemap was not imported</source>
        <translation>El mapa base no se importó</translation>
    </message>
    <message>
        <source>Part of the file was not imported</source>
        <translation>Una parte del archivo no se importó</translation>
    </message>
    <message>
        <source>Import a street map first</source>
        <translation>Primero importe un mapa de calles</translation>
    </message>
    <message>
        <source>A paper map is placed by matching points on it with the project&apos;s map, which is still empty. Import an OpenStreetMap extract or another map file first.</source>
        <translation>Un mapa en papel se ubica haciendo coincidir puntos en él con el mapa del proyecto, que todavía está vacío. Primero importe un extracto de OpenStreetMap u otro archivo de mapa.</translation>
    </message>
    <message numerus="yes">
        <source>Placed paper map “%1” by %Ln points</source>
        <translation>
            <numerusform>Mapa en papel «%1» ubicado con %Ln punto</numerusform>
            <numerusform>Mapa en papel «%1» ubicado con %Ln puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed</source>
        <translation>Importación cancelada; no se cambió nada</translation>
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
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>Mean safety score (0–5)</source>
        <translation>Puntaje de seguridad promedio (0–5)</translation>
    </message>
    <message>
        <source>Unsafe pins (% of pins)</source>
        <translation>Marcadores inseguros (% de marcadores)</translation>
    </message>
    <message numerus="yes">
        <source>Groups with fewer than %Ln people, and groups from which one could be worked out, show “hidden” instead of a figure, to protect participants (%1 of %2 here). Each comparison you tick splits people into smaller groups, so more are hidden.</source>
        <translation>
            <numerusform>Los grupos con menos de %Ln persona, y los grupos a partir de los cuales se podría deducir uno, muestran «oculto» en lugar de una cifra, para proteger a las personas participantes (%1 de %2 aquí). Cada comparación que marque divide a las personas en grupos más pequeños, así que se ocultan más.</numerusform>
            <numerusform>Los grupos con menos de %Ln personas, y los grupos a partir de los cuales se podría deducir uno, muestran «oculto» en lugar de una cifra, para proteger a las personas participantes (%1 de %2 aquí). Cada comparación que marque divide a las personas en grupos más pequeños, así que se ocultan más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every group here has at least %Ln people.</source>
        <translation>
            <numerusform>Cada grupo aquí tiene al menos %Ln persona.</numerusform>
            <numerusform>Cada grupo aquí tiene al menos %Ln personas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <source>No group</source>
        <translation>Sin grupo</translation>
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
        <translation>cosafe remove-backups: indique nombres de copias de seguridad o --all, no ambos (cosafe info %1 las lista)</translation>
    </message>
    <message>
        <source>cosafe remove-backups: name the backups to remove, or give --all (cosafe info %1 lists them)</source>
        <translation>cosafe remove-backups: nombre las copias de seguridad que quiere eliminar, o use --all (cosafe info %1 las lista)</translation>
    </message>
    <message>
        <source>%1 has no backups</source>
        <translation>%1 no tiene copias de seguridad</translation>
    </message>
    <message>
        <source>Removed %1 (%2, made %3)</source>
        <translation>Se eliminó %1 (%2, creada %3)</translation>
    </message>
    <message>
        <source>Upgraded %1 to project format %2; the file as it was is kept as %3 (a full copy: cosafe remove-backups %4 %3 removes it)</source>
        <translation>%1 se actualizó al formato de proyecto %2; el archivo tal como estaba se conserva como %3 (una copia completa: cosafe remove-backups %4 %3 la elimina)</translation>
    </message>
    <message>
        <source>backups:</source>
        <translation>copias de seguridad:</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no backups</comment>
        <translation>ninguna</translation>
    </message>
    <message numerus="yes">
        <source>%Ln full copies of the project, contacts and stories included (remove with: cosafe remove-backups %1 --all, or NAME…)</source>
        <translation>
            <numerusform>%Ln copia completa del proyecto, con contactos y relatos incluidos (elimínela con: cosafe remove-backups %1 --all, o NOMBRE…)</numerusform>
            <numerusform>%Ln copias completas del proyecto, con contactos y relatos incluidos (elimínelas con: cosafe remove-backups %1 --all, o NOMBRE…)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Creado el %1</translation>
    </message>
    <message>
        <source>%1  (no place set)</source>
        <comment>a project without a place</comment>
        <translation>%1  (sin lugar definido)</translation>
    </message>
    <message>
        <source>file:</source>
        <translation>archivo:</translation>
    </message>
    <message>
        <source>created:</source>
        <translation>creado:</translation>
    </message>
    <message>
        <source>format:</source>
        <translation>formato:</translation>
    </message>
    <message>
        <source>costs:</source>
        <translation>costos:</translation>
    </message>
    <message>
        <source>plan language:</source>
        <translation>idioma del plan:</translation>
    </message>
    <message>
        <source>%1   updated: %2</source>
        <comment>when the project was created, and last changed</comment>
        <translation>%1   actualizado: %2</translation>
    </message>
    <message>
        <source>CoSafe project format %1; small cells below %2 suppressed</source>
        <translation>Formato de proyecto CoSafe %1; celdas pequeñas de menos de %2 ocultas</translation>
    </message>
    <message>
        <source>plain numbers (no currency set)</source>
        <translation>números sin moneda (no se definió moneda)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a language&apos;s name and code: “Português (pt)”</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not set: the language of whoever exports it</source>
        <translation>sin definir: el idioma de quien lo exporte</translation>
    </message>
    <message>
        <source>Removed the traces of deleted records from %1 (%2 MB → %3 MB)</source>
        <translation>Se eliminaron de %1 los rastros de registros borrados (%2 MB → %3 MB)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln problems found</source>
        <translation>
            <numerusform>%1: se encontró %Ln problema</numerusform>
            <numerusform>%1: se encontraron %Ln problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: SQLite integrity ok; GeoPackage structure ok; records ok; project format %2 (current)</source>
        <translation>%1: integridad SQLite correcta; estructura GeoPackage correcta; registros correctos; formato de proyecto %2 (actual)</translation>
    </message>
    <message>
        <source>%1 already exists (use --force to replace it)</source>
        <translation>%1 ya existe (use --force para reemplazarlo)</translation>
    </message>
    <message>
        <source>The sample project was not written: %1</source>
        <translation>No se escribió el proyecto de ejemplo: %1</translation>
    </message>
    <message>
        <source>Wrote the sample project to %1</source>
        <translation>Se escribió el proyecto de ejemplo en %1</translation>
    </message>
    <message>
        <source>%1 is a picture without georeferencing: place it with at least three --control-point COLUMN,ROW,LON,LAT (or with File › Import Basemap in the app)</source>
        <translation>%1 es una imagen sin georreferencia: ubíquela con al menos tres --control-point COLUMNA,FILA,LON,LAT (o con Archivo › Importar mapa base en la aplicación)</translation>
    </message>
    <message>
        <source>%1: its coordinates have no known coordinate reference system; they lie within longitude/latitude&apos;s range: if they are longitude/latitude, give --crs EPSG:4326, else the one they use with --crs EPSG:xxxx</source>
        <translation>%1: sus coordenadas no tienen un sistema de referencia de coordenadas conocido; están dentro del rango de longitud/latitud: si son longitud/latitud, indique --crs EPSG:4326; si no, el que usan con --crs EPSG:xxxx</translation>
    </message>
    <message>
        <source>%1: its coordinates have no known coordinate reference system; give the one it uses with --crs EPSG:xxxx (e.g. --crs EPSG:32737)</source>
        <translation>%1: sus coordenadas no tienen un sistema de referencia de coordenadas conocido; indique el que usa con --crs EPSG:xxxx (p. ej. --crs EPSG:32737)</translation>
    </message>
    <message numerus="yes">
        <source>Placed %1: %Ln control points, RMS error %2 m</source>
        <translation>
            <numerusform>%1 ubicado: %Ln punto de control, error RMS %2 m</numerusform>
            <numerusform>%1 ubicado: %Ln puntos de control, error RMS %2 m</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln tiles</source>
        <translation>
            <numerusform>Importado %1: %Ln tesela</numerusform>
            <numerusform>Importado %1: %Ln teselas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln features, drawn as %2</source>
        <comment>%2: the style class given</comment>
        <translation>
            <numerusform>Importado %1: %Ln elemento, dibujado como %2</numerusform>
            <numerusform>Importado %1: %Ln elementos, dibujados como %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln features</source>
        <translation>
            <numerusform>Importado %1: %Ln elemento</numerusform>
            <numerusform>Importado %1: %Ln elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>líneas</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>áreas</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %Ln features</source>
        <comment>%1: a layer, %2: points, lines or areas</comment>
        <translation>
            <numerusform>%1: %2, %Ln elemento</numerusform>
            <numerusform>%1: %2, %Ln elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>%1: a layer, %2: points, lines or areas</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Shapefile: --encoding applies only to a Shapefile&apos;s attributes</source>
        <translation>%1 no es un Shapefile: --encoding solo se aplica a los atributos de un Shapefile</translation>
    </message>
    <message>
        <source>Unknown encoding %1; give auto or one of %2</source>
        <translation>Codificación desconocida %1; indique auto o una de %2</translation>
    </message>
    <message>
        <source>No chosen layer of %1 has a field %2</source>
        <translation>Ninguna capa elegida de %1 tiene un campo %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln recorded incidents from %1</source>
        <translation>
            <numerusform>Se importó %Ln incidente registrado de %1</numerusform>
            <numerusform>Se importaron %Ln incidentes registrados de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a control point is COLUMN,ROW,LON,LAT, not %1</source>
        <translation>un punto de control es COLUMNA,FILA,LON,LAT, no %1</translation>
    </message>
    <message>
        <source>longitude/latitude out of range in %1</source>
        <translation>longitud/latitud fuera de rango en %1</translation>
    </message>
    <message>
        <source>--include-contacts needs --full: a public export never holds contacts</source>
        <translation>--include-contacts necesita --full: una exportación pública nunca contiene contactos</translation>
    </message>
    <message>
        <source>The project has no records to export</source>
        <translation>El proyecto no tiene registros que exportar</translation>
    </message>
    <message>
        <source>the grid is a number of metres from 1 to 100000, not %1</source>
        <translation>la cuadrícula es un número de metros de 1 a 100000, no %1</translation>
    </message>
    <message>
        <source>size must look like 1600x1200, not %1</source>
        <translation>el tamaño debe tener la forma 1600x1200, no %1</translation>
    </message>
    <message>
        <source>width and height must be between 16 and 20000 pixels</source>
        <translation>el ancho y el alto deben estar entre 16 y 20000 píxeles</translation>
    </message>
    <message>
        <source>bbox must be minlon,minlat,maxlon,maxlat, not %1</source>
        <translation>bbox debe ser minlon,minlat,maxlon,maxlat, no %1</translation>
    </message>
    <message>
        <source>bbox must have minlon &lt; maxlon within ±180 and minlat &lt; maxlat within ±85</source>
        <translation>bbox debe tener minlon &lt; maxlon dentro de ±180 y minlat &lt; maxlat dentro de ±85</translation>
    </message>
    <message>
        <source>DPI must be a whole number from 72 to 600, not %1</source>
        <translation>DPI debe ser un número entero de 72 a 600, no %1</translation>
    </message>
    <message>
        <source>overlays are names separated by commas, not %1</source>
        <translation>las capas superpuestas son nombres separados por comas, no %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3 px, %4 dpi)</source>
        <translation>Se escribió %1 (%2×%3 px, %4 dpi)</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>the paper size</comment>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Wrote the action plan (public version, %1) to %2</source>
        <comment>%1: the paper size</comment>
        <translation>Se escribió el plan de acción (versión pública, %1) en %2</translation>
    </message>
    <message>
        <source>Wrote the action plan (for the project team, %1) to %2</source>
        <comment>%1: the paper size</comment>
        <translation>Se escribió el plan de acción (para el equipo del proyecto, %1) en %2</translation>
    </message>
    <message>
        <source>Audit sheets are printed on A4 or A3 paper</source>
        <translation>Las hojas de auditoría se imprimen en papel A4 o A3</translation>
    </message>
    <message>
        <source>--points is a number of points from 1 to 999</source>
        <translation>--points es un número de puntos de 1 a 999</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln audit sheets to %1</source>
        <translation>
            <numerusform>Se escribió %Ln hoja de auditoría en %1</numerusform>
            <numerusform>Se escribieron %Ln hojas de auditoría en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln group maps to %1</source>
        <translation>
            <numerusform>Se escribió %Ln mapa de grupo en %1</numerusform>
            <numerusform>Se escribieron %Ln mapas de grupo en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cosafe: %1: %2; --again reads it once more</source>
        <comment>%2: when it was read</comment>
        <translation>cosafe: %1: %2; --again la lee otra vez</translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln dots found (nothing stored)</source>
        <translation>
            <numerusform>%1: hoja %2: se encontró %Ln punto (no se guardó nada)</numerusform>
            <numerusform>%1: hoja %2: se encontraron %Ln puntos (no se guardó nada)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln pen lines and shapes found (nothing stored)</source>
        <translation>
            <numerusform>%1: hoja %2: se encontró %Ln línea o forma de bolígrafo (no se guardó nada)</numerusform>
            <numerusform>%1: hoja %2: se encontraron %Ln líneas y formas de bolígrafo (no se guardó nada)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln of them uncertain (flagged for a review)</source>
        <translation>
            <numerusform>%1: hoja %2: %Ln de ellos es dudoso (marcado para revisar)</numerusform>
            <numerusform>%1: hoja %2: %Ln de ellos son dudosos (marcados para revisar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln dots added as pins and ideas</source>
        <translation>
            <numerusform>%1: hoja %2: se agregó %Ln punto como marcador o idea</numerusform>
            <numerusform>%1: hoja %2: se agregaron %Ln puntos como marcadores e ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln pen lines and shapes added as ideas</source>
        <translation>
            <numerusform>%1: hoja %2: se agregó %Ln línea o forma de bolígrafo como idea</numerusform>
            <numerusform>%1: hoja %2: se agregaron %Ln líneas y formas de bolígrafo como ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln uncertain marks not stored, left for a review (--accept-uncertain stores them)</source>
        <translation>
            <numerusform>%1: hoja %2: %Ln marca dudosa no se guardó, queda para revisar (--accept-uncertain la guarda)</numerusform>
            <numerusform>%1: hoja %2: %Ln marcas dudosas no se guardaron, quedan para revisar (--accept-uncertain las guarda)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: audit sheet %2: %Ln scores read (nothing stored)</source>
        <translation>
            <numerusform>%1: hoja de auditoría %2: se leyó %Ln puntaje (no se guardó nada)</numerusform>
            <numerusform>%1: hoja de auditoría %2: se leyeron %Ln puntajes (no se guardó nada)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: audit sheet %2: %Ln scores stored</source>
        <translation>
            <numerusform>%1: hoja de auditoría %2: se guardó %Ln puntaje</numerusform>
            <numerusform>%1: hoja de auditoría %2: se guardaron %Ln puntajes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a photo&apos;s file name, then what its sheet says</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cosafe stats: unknown dimension %1 in --by; choose from %2</source>
        <translation>cosafe stats: dimensión desconocida %1 en --by; elija entre %2</translation>
    </message>
    <message>
        <source>cosafe stats: a dimension is given twice in --by; choose from %1</source>
        <translation>cosafe stats: una dimensión aparece dos veces en --by; elija entre %1</translation>
    </message>
    <message>
        <source>%1: by %2</source>
        <comment>%2: the dimensions (gender × age_band)</comment>
        <translation>%1: por %2</translation>
    </message>
    <message>
        <source>%1: by everything</source>
        <translation>%1: por todo</translation>
    </message>
    <message>
        <source>Mean score: 0–5 safety score of the audit points in the cell. Cells with fewer than %1 people show &quot;hidden&quot;, and so do cells from which a smaller one could be worked out; categories with fewer than %1 people are pooled as &quot;Other or not stated&quot;.</source>
        <translation>Puntaje promedio: puntaje de seguridad (0–5) de los puntos de auditoría de la celda. Las celdas con menos de %1 personas muestran «oculto», al igual que las celdas a partir de las cuales se podría deducir una más pequeña; las categorías con menos de %1 personas se agrupan como «Otro o no indicado».</translation>
    </message>
    <message>
        <source>No audit scores or perception pins yet.</source>
        <translation>Aún no hay puntajes de auditoría ni marcadores de percepción.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Puntaje promedio</translation>
    </message>
    <message>
        <source>Unsafe pins</source>
        <translation>Marcadores inseguros</translation>
    </message>
    <message>
        <source>Safe pins</source>
        <translation>Marcadores seguros</translation>
    </message>
    <message>
        <source>Unsafe share</source>
        <translation>Proporción insegura</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Momento del día</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>cosafe: %1 (to use its layers as a basemap: cosafe import-basemap PROJECT FILE)</source>
        <translation>cosafe: %1 (para usar sus capas como mapa base: cosafe import-basemap PROYECTO ARCHIVO)</translation>
    </message>
    <message>
        <source>cosafe: interrupted</source>
        <translation>cosafe: interrumpido</translation>
    </message>
    <message>
        <source>%1; nothing was merged</source>
        <translation>%1; no se combinó nada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <comment>how many project files were merged: %1 in the merge&apos;s sentences</comment>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was changed; merging %1 into %2 would leave %Ln records in conflict.</source>
        <comment>%1: the files merged (&quot;2 files&quot;)</comment>
        <translation>
            <numerusform>Simulación: no se cambió nada; combinar %1 en %2 dejaría %Ln registro en conflicto.</numerusform>
            <numerusform>Simulación: no se cambió nada; combinar %1 en %2 dejaría %Ln registros en conflicto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged %1 into %2. The file as it was is kept as %3 (a full copy: cosafe remove-backups %4 %3 removes it).</source>
        <comment>%1: the files merged (&quot;2 files&quot;)</comment>
        <translation>Se combinó %1 en %2. El archivo tal como estaba se conserva como %3 (una copia completa: cosafe remove-backups %4 %3 la elimina).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records changed on both sides: %1 kept its version; open it in CoSafe to keep mine, theirs or both.</source>
        <translation>
            <numerusform>%Ln registro cambió en ambos lados: %1 conservó su versión; ábralo en CoSafe para conservar la mía, la otra o ambas.</numerusform>
            <numerusform>%Ln registros cambiaron en ambos lados: %1 conservó su versión; ábralo en CoSafe para conservar la mía, la otra o ambas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%Ln agregado</numerusform>
            <numerusform>%Ln agregados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%Ln actualizado</numerusform>
            <numerusform>%Ln actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in conflict</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%Ln en conflicto</numerusform>
            <numerusform>%Ln en conflicto</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: a field copy for “%2”. Merge it back with: cosafe merge %3 %1</source>
        <translation>Se escribió %1: una copia de campo para «%2». Vuelva a combinarla con: cosafe merge %3 %1</translation>
    </message>
    <message>
        <source>%1 needs a language code, e.g. %1 es</source>
        <translation>%1 necesita un código de idioma, p. ej. %1 es</translation>
    </message>
    <message>
        <source>not a port number: %1 (0 to 65535)</source>
        <translation>no es un número de puerto: %1 (de 0 a 65535)</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>delete the backups made before merges and upgrades</source>
        <translation>eliminar las copias de seguridad hechas antes de combinaciones y actualizaciones</translation>
    </message>
    <message>
        <source>Delete backups CoSafe wrote beside PATH before a merge or an upgrade to a newer project format. They are full copies of the project, contacts and stories included; cosafe info PATH lists them.</source>
        <translation>Elimina las copias de seguridad que CoSafe escribió junto a PATH antes de una combinación o de una actualización a un formato de proyecto más reciente. Son copias completas del proyecto, con contactos y relatos incluidos; cosafe info PATH las lista.</translation>
    </message>
    <message>
        <source>the project whose backups to remove</source>
        <translation>el proyecto cuyas copias de seguridad se eliminarán</translation>
    </message>
    <message>
        <source>a backup&apos;s file name, as cosafe info lists it</source>
        <translation>el nombre de archivo de una copia de seguridad, tal como lo lista cosafe info</translation>
    </message>
    <message>
        <source>remove every backup of PATH</source>
        <translation>eliminar todas las copias de seguridad de PATH</translation>
    </message>
    <message>
        <source>the version to share publicly (the default): %1</source>
        <translation>la versión para compartir públicamente (predeterminada): %1</translation>
    </message>
    <message>
        <source>the version for the project team: %1</source>
        <translation>la versión para el equipo del proyecto: %1</translation>
    </message>
    <message>
        <source>%1: offline participatory urban-safety planning. Without a subcommand, opens the desktop application (on PROJECT if given).</source>
        <translation>%1: planificación participativa de la seguridad urbana sin conexión. Sin subcomando, abre la aplicación de escritorio (con PROJECT si se indica).</translation>
    </message>
    <message>
        <source>show the version of CoSafe and exit</source>
        <translation>mostrar la versión de CoSafe y salir</translation>
    </message>
    <message>
        <source>create an empty project file</source>
        <translation>crear un archivo de proyecto vacío</translation>
    </message>
    <message>
        <source>Create an empty project file.</source>
        <translation>Crea un archivo de proyecto vacío.</translation>
    </message>
    <message>
        <source>the .gpkg file to create</source>
        <translation>el archivo .gpkg que se creará</translation>
    </message>
    <message>
        <source>project name (default: from the file name)</source>
        <translation>nombre del proyecto (predeterminado: a partir del nombre de archivo)</translation>
    </message>
    <message>
        <source>the neighbourhood, town or city</source>
        <translation>el barrio, pueblo o ciudad</translation>
    </message>
    <message>
        <source>show a project&apos;s metadata and record counts</source>
        <translation>mostrar los metadatos de un proyecto y el conteo de registros</translation>
    </message>
    <message>
        <source>Show a project&apos;s metadata and a count of every kind of record.</source>
        <translation>Muestra los metadatos de un proyecto y un conteo de cada tipo de registro.</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>imprimir JSON en lugar de texto</translation>
    </message>
    <message>
        <source>check integrity, GeoPackage structure, records and format version</source>
        <translation>comprobar la integridad, la estructura GeoPackage, los registros y la versión del formato</translation>
    </message>
    <message>
        <source>Check SQLite integrity, GeoPackage conformance, that every record is one CoSafe could have written (types, JSON, geometry, dates, its rules) and the project format version; a file holding triggers, views or indexes CoSafe and GeoPackage do not make is refused. Exit code 0 only if all pass.</source>
        <translation>Comprueba la integridad de SQLite, la conformidad con GeoPackage, que cada registro sea uno que CoSafe pudo haber escrito (tipos, JSON, geometría, fechas, sus reglas) y la versión del formato del proyecto; se rechaza un archivo que contenga disparadores, vistas o índices que ni CoSafe ni GeoPackage crean. Código de salida 0 solo si todo es correcto.</translation>
    </message>
    <message>
        <source>rewrite the file so deleted records leave no trace in it</source>
        <translation>reescribir el archivo para que los registros borrados no dejen rastro en él</translation>
    </message>
    <message>
        <source>Rewrite the project file so that nothing deleted records held can be recovered from it (for a file that came from elsewhere: CoSafe itself overwrites what it deletes). Every stored photo and paper map is first stored as CoSafe stores new ones: without camera data (EXIF, XMP, comments) and under a neutral name; an image that cannot be read is left as it is, and counted.</source>
        <translation>Reescribe el archivo del proyecto para que no se pueda recuperar nada de lo que contenían los registros borrados (para un archivo que vino de otro lugar: CoSafe mismo sobrescribe lo que borra). Antes, cada foto y mapa en papel guardado se guarda como CoSafe guarda los nuevos: sin datos de cámara (EXIF, XMP, comentarios) y con un nombre neutro; una imagen que no se puede leer se deja como está y se cuenta.</translation>
    </message>
    <message>
        <source>write the sample project</source>
        <translation>escribir el proyecto de ejemplo</translation>
    </message>
    <message>
        <source>Write the sample project: a finished workshop in an invented neighbourhood, its words in the command&apos;s language (--language xx).</source>
        <translation>Escribe el proyecto de ejemplo: un taller terminado en un barrio inventado, con sus textos en el idioma del comando (--language xx).</translation>
    </message>
    <message>
        <source>replace PATH if it exists</source>
        <translation>reemplazar PATH si existe</translation>
    </message>
    <message>
        <source>import a map file into a project&apos;s basemap</source>
        <translation>importar un archivo de mapa al mapa base de un proyecto</translation>
    </message>
    <message>
        <source>Import a map into the project&apos;s basemap: a vector file (OSM .osm/.osm.pbf, GeoJSON, GeoPackage, Shapefile or zipped Shapefile, KML/KMZ, GPX, GML, FlatGeobuf, MapInfo .tab/.mif, CSV with longitude/latitude), an MBTiles file (raster or vector tiles), a GeoTIFF or raster GeoPackage (placed by its georeferencing), or a photo/scan of a paper map placed by --control-point. Everything is copied into the project file.</source>
        <translation>Importa un mapa al mapa base del proyecto: un archivo vectorial (OSM .osm/.osm.pbf, GeoJSON, GeoPackage, Shapefile o Shapefile en zip, KML/KMZ, GPX, GML, FlatGeobuf, MapInfo .tab/.mif, CSV con longitud/latitud), un archivo MBTiles (teselas ráster o vectoriales), un GeoTIFF o un GeoPackage ráster (ubicado por su georreferencia), o una foto/escaneo de un mapa en papel ubicado con --control-point. Todo se copia en el archivo del proyecto.</translation>
    </message>
    <message>
        <source>layer name (default: from the file name)</source>
        <translation>nombre de la capa (predeterminado: a partir del nombre de archivo)</translation>
    </message>
    <message>
        <source>how to draw a non-OSM file&apos;s features (default: guessed from layer name and geometry)</source>
        <translation>cómo dibujar los elementos de un archivo que no es OSM (predeterminado: se deduce del nombre de la capa y la geometría)</translation>
    </message>
    <message>
        <source>for a photo or scan of a paper map: a pixel of the picture and the place it shows (give at least three, spread out; write --control-point=… when it starts with a minus)</source>
        <translation>para una foto o escaneo de un mapa en papel: un píxel de la imagen y el lugar que muestra (indique al menos tres, separados entre sí; escriba --control-point=… cuando empiece con un signo menos)</translation>
    </message>
    <message>
        <source>the file&apos;s coordinate reference system, e.g. EPSG:32737: needed when it has none, and used instead of the one it declares</source>
        <translation>el sistema de referencia de coordenadas del archivo, p. ej. EPSG:32737: necesario cuando no tiene ninguno, y usado en lugar del que declara</translation>
    </message>
    <message>
        <source>import only this layer of the file (repeat for several; default: all; --list-layers shows them)</source>
        <translation>importar solo esta capa del archivo (repítalo para varias; por defecto: todas; --list-layers las muestra)</translation>
    </message>
    <message>
        <source>list the file&apos;s layers with their shapes and feature counts, and import nothing</source>
        <translation>mostrar las capas del archivo con sus formas y su número de elementos, sin importar nada</translation>
    </message>
    <message>
        <source>the attribute that names each feature on the map, in every chosen layer that has it (default: guessed, e.g. name, BoroName, STATE_NAME)</source>
        <translation>el atributo que da nombre a cada elemento en el mapa, en cada capa elegida que lo tenga (por defecto: deducido, p. ej. name, BoroName, STATE_NAME)</translation>
    </message>
    <message>
        <source>a Shapefile&apos;s text encoding: auto (default: as the file declares, or UTF-8 when its text is UTF-8), UTF-8, CP1252, ISO-8859-1, CP437, CP850, CP1250, CP1251, CP1256…</source>
        <translation>la codificación del texto de un Shapefile: auto (por defecto: la que declara el archivo, o UTF-8 si su texto es UTF-8), UTF-8, CP1252, ISO-8859-1, CP437, CP850, CP1250, CP1251, CP1256…</translation>
    </message>
    <message>
        <source>import recorded incidents (police, NGO or hospital data) from a CSV or GIS file</source>
        <translation>importar incidentes registrados (datos de policía, ONG u hospitales) de un archivo CSV o SIG</translation>
    </message>
    <message>
        <source>Import recorded incidents as their own layer, kept apart from perceptions: a CSV with longitude/latitude (or projected x/y with --crs) and a date column, or any GIS file. Columns are guessed from their names; name them to choose. Rows without a usable location (blank, or a 0,0 placeholder) are skipped and their lines reported; unreadable dates are kept as unknown.</source>
        <translation>Importa incidentes registrados como una capa propia, separada de las percepciones: un CSV con longitud/latitud (o x/y proyectadas con --crs) y una columna de fecha, o cualquier archivo SIG. Las columnas se deducen por sus nombres; nómbrelas para elegirlas. Las filas sin una ubicación utilizable (vacía, o un marcador 0,0) se omiten y se informan sus líneas; las fechas ilegibles se conservan como desconocidas.</translation>
    </message>
    <message>
        <source>where the data comes from, e.g. &apos;Police records 2024&apos; (default: file name)</source>
        <translation>de dónde vienen los datos, p. ej. &apos;Registros policiales 2024&apos; (predeterminado: nombre de archivo)</translation>
    </message>
    <message>
        <source>the coordinate reference system of the x/y columns, or of a file without one, e.g. EPSG:2272</source>
        <translation>el sistema de referencia de coordenadas de las columnas x/y, o de un archivo que no lo tenga, p. ej. EPSG:2272</translation>
    </message>
    <message>
        <source>the column holding the longitude or x (default: guessed)</source>
        <translation>la columna con la longitud o x (por defecto: deducida)</translation>
    </message>
    <message>
        <source>the column holding the latitude or y (default: guessed)</source>
        <translation>la columna con la latitud o y (por defecto: deducida)</translation>
    </message>
    <message>
        <source>the column holding the kind of incident (default: guessed)</source>
        <translation>la columna con el tipo de incidente (predeterminado: se deduce)</translation>
    </message>
    <message>
        <source>the column holding a description (default: guessed)</source>
        <translation>la columna con una descripción (por defecto: deducida)</translation>
    </message>
    <message>
        <source>the column holding the date (default: guessed)</source>
        <translation>la columna con la fecha (predeterminado: se deduce)</translation>
    </message>
    <message>
        <source>how the dates are written, e.g. %1 (default: detected from the column)</source>
        <translation>cómo están escritas las fechas, p. ej. %1 (por defecto: detectado a partir de la columna)</translation>
    </message>
    <message>
        <source>the column holding the time of day (default: guessed)</source>
        <translation>la columna con la hora del día (por defecto: deducida)</translation>
    </message>
    <message>
        <source>which layer of a multi-layer file</source>
        <translation>qué capa de un archivo con varias capas</translation>
    </message>
    <message>
        <source>export the project&apos;s layers and tables as GIS/CSV files</source>
        <translation>exportar las capas y tablas del proyecto como archivos SIG/CSV</translation>
    </message>
    <message>
        <source>Export every layer and table of the project: a GeoPackage, GeoJSON layers (tables as CSV), or CSV files. Contacts of participants and stakeholders are left out unless --include-contacts.</source>
        <translation>Exporta todas las capas y tablas del proyecto: un GeoPackage, capas GeoJSON (tablas como CSV) o archivos CSV. Los contactos de participantes y actores clave se omiten salvo con --include-contacts.</translation>
    </message>
    <message>
        <source>folder to write into (created if missing)</source>
        <translation>carpeta donde escribir (se crea si no existe)</translation>
    </message>
    <message>
        <source>also export contact details, with --full (private: keep such files to the project team)</source>
        <translation>exportar también los datos de contacto, con --full (privado: deje esos archivos solo al equipo del proyecto)</translation>
    </message>
    <message>
        <source>pins and incidents blurred to a grid, stories, comments, notes and names emptied, no participant table, no attachments, never contacts</source>
        <translation>marcadores e incidentes difuminados en una cuadrícula, relatos, comentarios, notas y nombres vaciados, sin tabla de participantes, sin adjuntos, nunca contactos</translation>
    </message>
    <message>
        <source>stories, comments and notes kept, exact places</source>
        <translation>se conservan relatos, comentarios y notas, lugares exactos</translation>
    </message>
    <message>
        <source>size of the grid --public snaps pins to, in metres (default 100)</source>
        <translation>tamaño de la cuadrícula a la que --public ajusta los marcadores, en metros (predeterminado 100)</translation>
    </message>
    <message>
        <source>draw the project&apos;s map to a PNG image</source>
        <translation>dibujar el mapa del proyecto en una imagen PNG</translation>
    </message>
    <message>
        <source>Draw the project&apos;s map (basemap layers, scale bar, north arrow, attribution) to a PNG image; --overlays adds proposals and perceptions with a legend.</source>
        <translation>Dibuja el mapa del proyecto (capas del mapa base, escala gráfica, flecha del norte, atribución) en una imagen PNG; --overlays agrega propuestas y percepciones con una leyenda.</translation>
    </message>
    <message>
        <source>image size in pixels (default 1600x1200)</source>
        <translation>tamaño de la imagen en píxeles (predeterminado 1600x1200)</translation>
    </message>
    <message>
        <source>area to draw (default: the whole project); write --bbox=-122.3,37.8,… when it starts with a minus sign</source>
        <translation>área que dibujar (predeterminado: todo el proyecto); escriba --bbox=-122.3,37.8,… cuando empiece con un signo menos</translation>
    </message>
    <message>
        <source>resolution for print, 72-600 (default 150)</source>
        <translation>resolución para impresión, 72-600 (predeterminado 150)</translation>
    </message>
    <message>
        <source>also draw, with a legend: any of proposals,audit_points,pins,incidents,routes,heat (comma-separated)</source>
        <translation>dibujar también, con una leyenda: cualquiera de proposals,audit_points,pins,incidents,routes,heat (separados por comas)</translation>
    </message>
    <message>
        <source>pins and incidents blurred to a grid (see --grid)</source>
        <translation>marcadores e incidentes difuminados en una cuadrícula (vea --grid)</translation>
    </message>
    <message>
        <source>exact places of pins and incidents</source>
        <translation>lugares exactos de marcadores e incidentes</translation>
    </message>
    <message>
        <source>the legend&apos;s language: %1 (default: the project&apos;s report language, else the language of the messages; the messages follow cosafe --language before the command)</source>
        <translation>el idioma de la leyenda: %1 (por defecto: el idioma de los informes del proyecto; si no tiene, el de los mensajes; los mensajes siguen a cosafe --language escrito antes del comando)</translation>
    </message>
    <message>
        <source>write the action plan as a PDF</source>
        <translation>escribir el plan de acción como PDF</translation>
    </message>
    <message>
        <source>Write the action plan as a PDF: cover, method and participation (counts by gender, age band and role; small groups hidden, never names), diagnosis with maps and charts, proposals, the action table, stakeholders, monitoring indicators and the audit criteria. The public version (the default) leaves out stories, comments and notes and blurs perception pins to a grid; --full keeps them; contacts are never included.</source>
        <translation>Escribe el plan de acción como PDF: portada, método y participación (conteos por género, grupo de edad y rol; grupos pequeños ocultos, nunca nombres), diagnóstico con mapas y gráficos, propuestas, la tabla de acciones, actores clave, indicadores de seguimiento y los criterios de auditoría. La versión pública (predeterminada) omite relatos, comentarios y notas y difumina los marcadores de percepción en una cuadrícula; --full los conserva; los contactos nunca se incluyen.</translation>
    </message>
    <message>
        <source>no stories, comments or notes; pins and incidents blurred to a grid</source>
        <translation>sin relatos, comentarios ni notas; marcadores e incidentes difuminados en una cuadrícula</translation>
    </message>
    <message>
        <source>stories, comments and notes, for the partners who carry out the plan</source>
        <translation>relatos, comentarios y notas, para los socios que ejecutan el plan</translation>
    </message>
    <message>
        <source>page size (default a4)</source>
        <translation>tamaño de página (predeterminado a4)</translation>
    </message>
    <message>
        <source>the plan&apos;s language: %1 (default: the project&apos;s report language, else the language of the messages; the messages follow cosafe --language before the command)</source>
        <translation>el idioma del plan: %1 (por defecto: el idioma de los informes del proyecto; si no tiene, el de los mensajes; los mensajes siguen a cosafe --language escrito antes del comando)</translation>
    </message>
    <message>
        <source>print a map per group to mark with stickers and pens, read back later</source>
        <translation>imprimir un mapa por grupo para marcarlo con pegatinas y bolígrafos, y leerlo después</translation>
    </message>
    <message>
        <source>Write a PDF with one map of the workshop&apos;s area per group, with corner markers and a QR code that let cosafe read-sheets read a photo of it back, a legend of the sticker colours and a margin for notes.</source>
        <translation>Escribir un PDF con un mapa del área del taller por grupo, con marcas en las esquinas y un código QR que permiten a cosafe read-sheets leer de vuelta una foto, una leyenda de los colores de las pegatinas y un margen para notas.</translation>
    </message>
    <message>
        <source>only this workshop&apos;s groups (its title)</source>
        <translation>solo los grupos de este taller (su título)</translation>
    </message>
    <message>
        <source>only these groups (their names)</source>
        <translation>solo estos grupos (sus nombres)</translation>
    </message>
    <message>
        <source>paper size: group maps landscape (default a3); audit sheets (--walk) portrait, a4 or a3 (default a4)</source>
        <translation>tamaño del papel: mapas de grupo en horizontal (por defecto a3); hojas de auditoría (--walk) en vertical, a4 o a3 (por defecto a4)</translation>
    </message>
    <message>
        <source>print audit sheets for this audit walk (its title) instead of group maps: tick boxes 0-3 for each point and criterion, portrait, a4 or a3 (default a4)</source>
        <translation>imprimir hojas de auditoría para este recorrido de auditoría (su título) en lugar de mapas de grupo: casillas 0-3 por punto y criterio, vertical, a4 o a3 (por defecto a4)</translation>
    </message>
    <message>
        <source>with --walk: print points 1 to N (default: the walk&apos;s recorded points, else 12)</source>
        <translation>con --walk: imprimir los puntos 1 a N (por defecto: los puntos registrados del recorrido, si no 12)</translation>
    </message>
    <message>
        <source>print where each sheet&apos;s map is on the paper and what its colours mean, as JSON</source>
        <translation>mostrar en JSON dónde está el mapa de cada hoja en el papel y qué significan sus colores</translation>
    </message>
    <message>
        <source>the sheets&apos; language: %1 (default: the project&apos;s report language, else the language of the messages)</source>
        <translation>el idioma de las hojas: %1 (por defecto: el idioma de informes del proyecto; si no, el de los mensajes)</translation>
    </message>
    <message>
        <source>read the stickers on photos of printed group maps into the project</source>
        <translation>leer en el proyecto las pegatinas de fotos de mapas de grupo impresos</translation>
    </message>
    <message>
        <source>Find each photographed sheet by its corner markers and QR code, and add its dot stickers to its group as unsafe and safe pins and ideas, and its pen lines and shapes as line and area ideas (one undoable step per sheet). Uncertain marks are left for a review in the window unless --accept-uncertain. A photo that is no sheet of this project is refused.</source>
        <translation>Encontrar cada hoja fotografiada por sus marcas de esquina y su código QR, y agregar sus pegatinas de puntos a su grupo como marcadores inseguros y seguros e ideas, y sus líneas y formas de bolígrafo como ideas de línea y de área (un paso que se puede deshacer por hoja). Las marcas dudosas quedan para revisarlas en la ventana, salvo con --accept-uncertain. Se rechaza una foto que no sea una hoja de este proyecto.</translation>
    </message>
    <message>
        <source>store nothing: only say what was found</source>
        <translation>no guardar nada: solo decir qué se encontró</translation>
    </message>
    <message>
        <source>print the detections as JSON</source>
        <translation>mostrar lo detectado en JSON</translation>
    </message>
    <message>
        <source>store the flagged detections too (touching stickers, a sticker half off the map or the photo, a faint one); by default they are left for a review</source>
        <translation>guardar también las detecciones marcadas como dudosas (pegatinas que se tocan, una pegatina medio fuera del mapa o de la foto, una desvaída); por defecto quedan para revisar</translation>
    </message>
    <message>
        <source>read a photo, or a sheet, that was read into the project before once more (a group map&apos;s dots are added a second time; an audit sheet&apos;s scores replace those of its points)</source>
        <translation>leer otra vez una foto, o una hoja, ya leída en el proyecto (los puntos de un mapa de grupo se añaden por segunda vez; los puntajes de una hoja de auditoría reemplazan los de sus puntos)</translation>
    </message>
    <message>
        <source>the texts of the numbered notes written on the sheets&apos; margins: rows of number,text (or sheet,number,text), or JSON; a dot with a number stores its note&apos;s text (without this, &quot;Note N on paper sheet S&quot;)</source>
        <translation>los textos de las notas numeradas escritas en los márgenes de las hojas: filas de número,texto (o hoja,número,texto), o JSON; un punto con un número guarda el texto de su nota (sin esto, &quot;Nota N de la hoja de papel S&quot;)</translation>
    </message>
    <message>
        <source>print audit scores and perception pins by gender, age band, time of day, …</source>
        <translation>imprimir puntajes de auditoría y marcadores de percepción por género, grupo de edad, momento del día, …</translation>
    </message>
    <message>
        <source>Print the disaggregated table of audit scores and perception pins: people, mean safety score (0–5), unsafe and safe pins and the unsafe share per cell. Categories with fewer people than the project&apos;s suppression threshold N are pooled; a cell with fewer than N people shows &quot;hidden&quot;, and so do cells from which it could be worked out with any other breakdown (null in --json).</source>
        <translation>Imprime la tabla desagregada de puntajes de auditoría y marcadores de percepción: personas, puntaje de seguridad promedio (0–5), marcadores inseguros y seguros y la proporción insegura por celda. Las categorías con menos personas que el umbral de ocultación N del proyecto se agrupan; una celda con menos de N personas muestra «oculto», al igual que las celdas a partir de las cuales se podría deducir con cualquier otro desglose (null en --json).</translation>
    </message>
    <message>
        <source>dimensions, comma-separated, from gender, age_band, role, time_of_day, workshop, group (default gender,age_band,time_of_day; an empty string gives one row for everything)</source>
        <translation>dimensiones, separadas por comas, entre gender, age_band, role, time_of_day, workshop, group (predeterminado gender,age_band,time_of_day; una cadena vacía da una sola fila para todo)</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>imprimir JSON en lugar de una tabla</translation>
    </message>
    <message>
        <source>the language of the window and of every message: %1 (default: the computer&apos;s)</source>
        <translation>el idioma de la ventana y de todos los mensajes: %1 (predeterminado: el de la computadora)</translation>
    </message>
    <message>
        <source>Open the %1 desktop application.</source>
        <translation>Abre la aplicación de escritorio %1.</translation>
    </message>
    <message>
        <source>a project file to open</source>
        <translation>un archivo de proyecto que abrir</translation>
    </message>
    <message>
        <source>open the project read-only</source>
        <translation>abrir el proyecto en solo lectura</translation>
    </message>
    <message>
        <source>merge project files from other laptops into a project</source>
        <translation>combinar en un proyecto archivos de proyecto de otras computadoras</translation>
    </message>
    <message>
        <source>Merge project files from field teams or other laptops into TARGET, all in one transaction. Records are matched by UUID: new ones are added, identical ones skipped, one changed on only one side since the two files last met takes that change, and one changed on both sides is a conflict: TARGET keeps its version and theirs is kept for you to resolve in CoSafe (File › Resolve Merge Conflicts). Exit status: 0 merged (conflicts, if any, are listed), 1 error (nothing changed), 2 usage.</source>
        <translation>Combina en TARGET archivos de proyecto de equipos de campo u otras computadoras, todo en una sola transacción. Los registros se emparejan por UUID: los nuevos se agregan, los idénticos se omiten, uno cambiado en un solo lado desde la última combinación de ambos archivos toma ese cambio, y uno cambiado en ambos lados es un conflicto: TARGET conserva su versión y la otra se guarda para que la resuelva en CoSafe (Archivo › Resolver conflictos de combinación). Estado de salida: 0 combinado (se listan los conflictos, si los hay), 1 error (no se cambió nada), 2 uso incorrecto.</translation>
    </message>
    <message>
        <source>the project to merge into</source>
        <translation>el proyecto en el que combinar</translation>
    </message>
    <message>
        <source>project files to merge from (not changed)</source>
        <translation>archivos de proyecto de los que combinar (no se modifican)</translation>
    </message>
    <message>
        <source>print what would be merged; change nothing</source>
        <translation>imprimir lo que se combinaría; no cambiar nada</translation>
    </message>
    <message>
        <source>write a field copy of a project for a team</source>
        <translation>escribir una copia de campo de un proyecto para un equipo</translation>
    </message>
    <message>
        <source>Write a field copy of PROJECT with a new laptop identity, so the team&apos;s work merges back with cosafe merge without false conflicts. The copy holds the basemap, settings, criteria, reason tags, workshops, groups, walks, pins, proposals and the plan; it leaves out every contact, pin story, audit comment, walk and workshop note, the facilitator&apos;s name and photos, and the participants of every group but the team&apos;s. Merging the copy back keeps all of these in PROJECT.</source>
        <translation>Escribe una copia de campo de PROJECT con una nueva identidad de computadora, para que el trabajo del equipo se vuelva a combinar con cosafe merge sin falsos conflictos. La copia contiene el mapa base, la configuración, los criterios, las etiquetas de motivo, los talleres, los grupos, los recorridos, los marcadores, las propuestas y el plan; omite todos los contactos, relatos de marcadores, comentarios de auditoría, notas de recorridos y talleres, el nombre de quien facilita y las fotos, y los participantes de todos los grupos salvo el del equipo. Al combinar la copia de vuelta, todo esto se conserva en PROJECT.</translation>
    </message>
    <message>
        <source>the field copy to write</source>
        <translation>la copia de campo que se escribirá</translation>
    </message>
    <message>
        <source>the team or laptop, such as &quot;Field team 2&quot;</source>
        <translation>el equipo o la computadora, como &quot;Equipo de campo 2&quot;</translation>
    </message>
    <message>
        <source>the team&apos;s group, whose participants the copy holds (without contacts), such as &quot;Youth&quot; or &quot;Riverside audit / Youth&quot;</source>
        <translation>el grupo del equipo, cuyos participantes contiene la copia (sin contactos), como &quot;Jóvenes&quot; o &quot;Auditoría Ribera / Jóvenes&quot;</translation>
    </message>
    <message>
        <source>hold the participants of every group (without contacts): the copy then tells who took part in every group</source>
        <translation>incluir los participantes de todos los grupos (sin contactos): la copia dice entonces quiénes participaron en cada grupo</translation>
    </message>
    <message>
        <source>open the room: participants add pins, ideas and dots from their phones</source>
        <translation>abrir la sala: las personas participantes añaden marcadores, ideas y puntos desde sus teléfonos</translation>
    </message>
    <message>
        <source>Serve the project&apos;s most recent workshop to phone browsers on the local network, without internet: participants join with the room code, answer the sign-in questions and add pins, ideas and dots, stored as the window stores them. Give --host the address of this computer on the phones&apos; network (its hotspot or the local router). Ctrl-C closes the room.</source>
        <translation>Ofrece el taller más reciente del proyecto a los navegadores de los teléfonos en la red local, sin internet: las personas participantes entran con el código de la sala, responden las preguntas de la hoja de registro y añaden marcadores, ideas y puntos, que se guardan como los guarda la ventana. Indique en --host la dirección de este ordenador en la red de los teléfonos (su punto de acceso wifi o el router local). Ctrl-C cierra la sala.</translation>
    </message>
    <message>
        <source>the address of this computer to listen on, e.g. 192.168.4.1 (default %1: this computer only)</source>
        <translation>la dirección de este ordenador en la que escuchar, p. ej. 192.168.4.1 (por defecto %1: solo este ordenador)</translation>
    </message>
    <message>
        <source>the port to listen on (default %1; 0 picks a free one)</source>
        <translation>el puerto en el que escuchar (por defecto %1; 0 elige uno libre)</translation>
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
        <translation>Estos registros se cambiaron en ambas computadoras desde la última vez que se combinaron los archivos. Hasta que elija, este proyecto conserva su propia versión y la otra se guarda aparte: no se pierde nada.</translation>
    </message>
    <message>
        <source>No merge conflicts: every merged record agrees.</source>
        <translation>No hay conflictos de combinación: todos los registros combinados coinciden.</translation>
    </message>
    <message>
        <source>On the map: mine solid blue, theirs dashed orange.</source>
        <translation>En el mapa: la mía en azul continuo, la otra en naranja discontinuo.</translation>
    </message>
    <message>
        <source>Keep this project&apos;s version and add theirs beside it as a separate record</source>
        <translation>Conservar la versión de este proyecto y agregar la otra junto a ella como un registro aparte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mía</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>&amp;Only what differs</source>
        <translation>&amp;Solo lo que difiere</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <source>Keep this project&apos;s version; theirs is dropped (Undo brings the choice back)</source>
        <translation>Conservar la versión de este proyecto; la otra se descarta (Deshacer revierte la elección)</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Conservar la &amp;otra</translation>
    </message>
    <message>
        <source>Put their version in place of this project&apos;s</source>
        <translation>Poner la otra versión en lugar de la de este proyecto</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>Conservar am&amp;bas</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation>otra computadora</translation>
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
        <translation>%1 de %2, encontrado el %3</translation>
    </message>
    <message>
        <source>deleted on this laptop</source>
        <translation>eliminado en esta computadora</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine&lt;/b&gt; (this project) — %1</source>
        <translation>&lt;b&gt;Mía&lt;/b&gt; (este proyecto) — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (came from %1) — %2</source>
        <translation>&lt;b&gt;Otra&lt;/b&gt; (vino de %1) — %2</translation>
    </message>
    <message>
        <source>Mine (this project)</source>
        <translation>Mía (este proyecto)</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <comment>%1: a laptop</comment>
        <translation>Otra (%1)</translation>
    </message>
    <message>
        <source>Two of these cannot share one key: keep mine or theirs</source>
        <translation>Dos de estos no pueden compartir una clave: conserve la mía o la otra</translation>
    </message>
    <message>
        <source>Mine was deleted on this laptop: Keep Theirs brings their version back</source>
        <translation>La mía se eliminó en esta computadora: Conservar la otra recupera esa versión</translation>
    </message>
    <message>
        <source>The conflict was not resolved</source>
        <translation>El conflicto no se resolvió</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <source>Women and girls use this space</source>
        <translation>Mujeres y niñas usan este espacio</translation>
    </message>
    <message>
        <source>Clear sightlines (no blind corners or blank walls)</source>
        <translation>Visibilidad despejada (sin esquinas ciegas ni muros ciegos)</translation>
    </message>
    <message>
        <source>No dark or scary places, long empty stretches or high fences</source>
        <translation>Sin lugares oscuros o que den miedo, tramos largos vacíos ni cercas altas</translation>
    </message>
    <message>
        <source>Lighting bright enough to see faces</source>
        <translation>Iluminación suficiente para ver las caras</translation>
    </message>
    <message>
        <source>Toilets available and visible</source>
        <translation>Baños disponibles y visibles</translation>
    </message>
    <message>
        <source>Transport stop visible and active</source>
        <translation>Parada de transporte visible y concurrida</translation>
    </message>
    <message>
        <source>Escape routes (no entrapment spots)</source>
        <translation>Rutas de escape (sin lugares sin salida)</translation>
    </message>
    <message>
        <source>Signage readable</source>
        <translation>Señalización legible</translation>
    </message>
    <message>
        <source>%1: a score is %2 to %3, not %4; nothing was saved</source>
        <translation>%1: un puntaje va de %2 a %3, no %4; no se guardó nada</translation>
    </message>
    <message>
        <source>A criterion</source>
        <translation>Un criterio</translation>
    </message>
    <message>
        <source>The sheet is empty: type at least one score; nothing was saved</source>
        <translation>La hoja está vacía: escriba al menos un puntaje; no se guardó nada</translation>
    </message>
    <message>
        <source>Safety score = mean of the criteria scores (each 0–3, feeling excluded) × 5 ÷ 3, giving 0 (poor) to 5 (good).</source>
        <translation>Puntaje de seguridad = promedio de los puntajes de los criterios (cada uno de 0 a 3, sin la sensación) × 5 ÷ 3, de 0 (malo) a 5 (bueno).</translation>
    </message>
    <message>
        <source>Safety audit (default)</source>
        <translation>Auditoría de seguridad (predeterminado)</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Iluminación</translation>
    </message>
    <message>
        <source>Enough light to see all around and faces at 10 m</source>
        <translation>Luz suficiente para ver alrededor y las caras a 10 m</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Can see and move in all directions; no blind corners</source>
        <translation>Se puede ver y moverse en todas las direcciones; sin esquinas ciegas</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <source>Shops, vendors, windows, entrances from which you can be seen</source>
        <translation>Tiendas, vendedores, ventanas y entradas desde donde se le puede ver</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>People around you</source>
        <translation>Personas alrededor</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Guards or police present / reachable</source>
        <translation>Guardias o policía presentes o localizables</translation>
    </message>
    <message>
        <source>Walk path</source>
        <translation>Camino peatonal</translation>
    </message>
    <message>
        <source>Usable pavement or space to walk</source>
        <translation>Acera utilizable o espacio para caminar</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Transporte público</translation>
    </message>
    <message>
        <source>Transport stop / service within reach</source>
        <translation>Parada o servicio de transporte al alcance</translation>
    </message>
    <message>
        <source>Gender diversity</source>
        <translation>Diversidad de género</translation>
    </message>
    <message>
        <source>Women and children present</source>
        <translation>Presencia de mujeres, niñas y niños</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sensación</translation>
    </message>
    <message>
        <source>How safe you feel</source>
        <translation>Qué tan seguro/a se siente</translation>
    </message>
    <message>
        <source>The project has no criteria set</source>
        <translation>El proyecto no tiene un conjunto de criterios</translation>
    </message>
    <message>
        <source>The set already has an outcome criterion (“%1”)</source>
        <translation>El conjunto ya tiene un criterio de resultado («%1»)</translation>
    </message>
    <message>
        <source>“%1” already has that name and meaning</source>
        <translation>«%1» ya tiene ese nombre y significado</translation>
    </message>
    <message>
        <source>“%1” is the last scored criterion; add another before retiring it</source>
        <translation>«%1» es el último criterio con puntaje; agregue otro antes de retirarlo</translation>
    </message>
    <message>
        <source>That criterion is no longer in the project</source>
        <translation>Ese criterio ya no está en el proyecto</translation>
    </message>
    <message numerus="yes">
        <source>Removing “%1” would orphan %Ln scores; retire it instead</source>
        <translation>
            <numerusform>Eliminar «%1» dejaría huérfano %Ln puntaje; mejor retírelo</numerusform>
            <numerusform>Eliminar «%1» dejaría huérfanos %Ln puntajes; mejor retírelo</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is the last scored criterion; add another before removing it</source>
        <translation>«%1» es el último criterio con puntaje; agregue otro antes de eliminarlo</translation>
    </message>
    <message>
        <source>The new order must list each criterion of the active set once</source>
        <translation>El nuevo orden debe incluir una vez cada criterio del conjunto activo</translation>
    </message>
    <message>
        <source>The criteria are already in that order</source>
        <translation>Los criterios ya están en ese orden</translation>
    </message>
    <message>
        <source>Only criteria of the active set that are not retired can be changed</source>
        <translation>Solo se pueden cambiar los criterios del conjunto activo que no estén retirados</translation>
    </message>
    <message>
        <source>A criterion needs a name</source>
        <translation>Un criterio necesita un nombre</translation>
    </message>
    <message>
        <source>There is already a criterion “%1”</source>
        <translation>Ya existe un criterio «%1»</translation>
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
        <translation>Proporción de puntajes (%)</translation>
    </message>
    <message>
        <source>score 0 poor</source>
        <translation>puntaje 0 malo</translation>
    </message>
    <message>
        <source>score 1</source>
        <translation>puntaje 1</translation>
    </message>
    <message>
        <source>score 2</source>
        <translation>puntaje 2</translation>
    </message>
    <message>
        <source>score 3 good</source>
        <translation>puntaje 3 bueno</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>3 (good) means</source>
        <translation>3 (bueno) significa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Audit Criteria</source>
        <translation>Criterios de auditoría</translation>
    </message>
    <message>
        <source>Translate Set Name…</source>
        <translation>Traducir el nombre del conjunto…</translation>
    </message>
    <message>
        <source>The criteria set&apos;s name in other languages</source>
        <translation>El nombre del conjunto de criterios en otros idiomas</translation>
    </message>
    <message>
        <source>Audit criteria</source>
        <translation>Criterios de auditoría</translation>
    </message>
    <message>
        <source>The criteria a sheet scores, in the order of the sheet; F2 or a double click edits a label or what 3 means</source>
        <translation>Los criterios que puntúa una hoja, en el orden de la hoja; F2 o doble clic edita un nombre o lo que significa 3</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Stop scoring it; scores already made keep it</source>
        <translation>Dejar de puntuarlo; los puntajes ya hechos lo conservan</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Delete a criterion no score uses (otherwise retire it)</source>
        <translation>Eliminar un criterio que ningún puntaje usa (si no, retírelo)</translation>
    </message>
    <message>
        <source>Translations…</source>
        <translation>Traducciones…</translation>
    </message>
    <message>
        <source>The criterion&apos;s name and what 3 means in other languages</source>
        <translation>El nombre del criterio y lo que significa 3 en otros idiomas</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nuevo criterio</translation>
    </message>
    <message>
        <source>The new criterion&apos;s label, e.g. Toilets</source>
        <translation>El nombre del nuevo criterio, p. ej. Baños</translation>
    </message>
    <message>
        <source>New criterion, e.g. Toilets</source>
        <translation>Nuevo criterio, p. ej. Baños</translation>
    </message>
    <message>
        <source>What 3 (good) means</source>
        <translation>Qué significa 3 (bueno)</translation>
    </message>
    <message>
        <source>What a score of 3 means for the new criterion</source>
        <translation>Qué significa un puntaje de 3 para el nuevo criterio</translation>
    </message>
    <message>
        <source>What 3 (good) means, e.g. Clean toilets open and visible</source>
        <translation>Qué significa 3 (bueno), p. ej. Baños limpios, abiertos y visibles</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Double-click a name or meaning to change it. Once sheets are scored, a change that alters meaning makes a new version of the set: old scores keep theirs.</source>
        <translation>Haga doble clic en un nombre o significado para cambiarlo. Una vez que hay hojas puntuadas, un cambio que altera el significado crea una nueva versión del conjunto: los puntajes anteriores conservan la suya.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · version %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · versión %2</translation>
    </message>
    <message>
        <source>retired</source>
        <comment>a criterion</comment>
        <translation>retirado</translation>
    </message>
    <message>
        <source>outcome</source>
        <comment>a criterion</comment>
        <translation>resultado</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Sin cambios: %1</translation>
    </message>
    <message>
        <source>Scores already use version %1: this change made version %2. Old scores keep version %1.</source>
        <translation>Los puntajes ya usan la versión %1: este cambio creó la versión %2. Los puntajes anteriores conservan la versión %1.</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>Conjunto de criterios</translation>
    </message>
    <message>
        <source>Translate criteria set “%1”</source>
        <translation>Traducir el conjunto de criterios «%1»</translation>
    </message>
</context>
<context>
    <name>DayNightChart</name>
    <message>
        <source>Safety score (0–5) of each place, west to east</source>
        <translation>Puntaje de seguridad (0–5) de cada lugar, de oeste a este</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>de día</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>de noche</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>CSV with longitude/latitude</source>
        <translation>CSV con longitud/latitud</translation>
    </message>
    <message>
        <source>Photo or scan of a paper map</source>
        <translation>Foto o escaneo de un mapa en papel</translation>
    </message>
    <message>
        <source>CoSafe projects (%1)</source>
        <translation>Proyectos de CoSafe (%1)</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>El proyecto ya está abierto</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>All map files (%1)</source>
        <translation>Todos los archivos de mapa (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a kind of file and its patterns</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>Import Basemap</source>
        <translation>Importar mapa base</translation>
    </message>
</context>
<context>
    <name>DotList</name>
    <message>
        <source>Click a proposal to place one dot; right-click to take one back</source>
        <translation>Haga clic en una propuesta para poner un punto; clic derecho para quitarlo</translation>
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
        <translation>Ponga al menos %1 puntos de control (hay %2)</translation>
    </message>
    <message>
        <source>The control points on the image lie on one line; spread them out over the map</source>
        <translation>Los puntos de control de la imagen están en una sola línea; repártalos por el mapa</translation>
    </message>
    <message>
        <source>The control points on the map lie on one line; spread them out over the map</source>
        <translation>Los puntos de control del mapa están en una sola línea; repártalos por el mapa</translation>
    </message>
    <message>
        <source>The heat map radius must be more than 0 metres, not %1</source>
        <translation>El radio del mapa de calor debe ser mayor que 0 metros, no %1</translation>
    </message>
    <message>
        <source>Click on the map to place the point</source>
        <translation>Haga clic en el mapa para ubicar el punto</translation>
    </message>
    <message>
        <source>A line needs at least two different points</source>
        <translation>Una línea necesita al menos dos puntos distintos</translation>
    </message>
    <message>
        <source>An area needs at least three different points</source>
        <translation>Un área necesita al menos tres puntos distintos</translation>
    </message>
    <message>
        <source>The area has no inside: its points lie on one line</source>
        <translation>El área no tiene interior: sus puntos están en una sola línea</translation>
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
        <translation>Asociado con sentirse seguro → (correlación, −1 … 1)</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add stakeholder “%1”</source>
        <translation>Agregar actor clave «%1»</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>Editar actor clave «%1»</translation>
    </message>
    <message>
        <source>Delete stakeholder “%1”</source>
        <translation>Eliminar actor clave «%1»</translation>
    </message>
    <message>
        <source>Add action “%1”</source>
        <translation>Agregar acción «%1»</translation>
    </message>
    <message>
        <source>Edit action “%1”</source>
        <translation>Editar acción «%1»</translation>
    </message>
    <message>
        <source>Delete action “%1”</source>
        <translation>Eliminar acción «%1»</translation>
    </message>
    <message>
        <source>Create action from proposal “%1”</source>
        <translation>Crear acción a partir de la propuesta «%1»</translation>
    </message>
    <message>
        <source>Add audit walk “%1”</source>
        <translation>Agregar recorrido de auditoría «%1»</translation>
    </message>
    <message>
        <source>Edit audit walk “%1”</source>
        <translation>Editar recorrido de auditoría «%1»</translation>
    </message>
    <message>
        <source>Delete audit walk “%1”</source>
        <translation>Eliminar recorrido de auditoría «%1»</translation>
    </message>
    <message>
        <source>Delete audit point %1</source>
        <translation>Eliminar punto de auditoría %1</translation>
    </message>
    <message>
        <source>Redraw route of “%1”</source>
        <translation>Volver a dibujar la ruta de «%1»</translation>
    </message>
    <message>
        <source>Draw route of “%1”</source>
        <translation>Dibujar la ruta de «%1»</translation>
    </message>
    <message>
        <source>Enter audit point %1 of “%2”</source>
        <translation>Ingresar punto de auditoría %1 de «%2»</translation>
    </message>
    <message>
        <source>Edit audit point %1 of “%2”</source>
        <translation>Editar punto de auditoría %1 de «%2»</translation>
    </message>
    <message>
        <source>Add criterion “%1”</source>
        <translation>Agregar criterio «%1»</translation>
    </message>
    <message>
        <source>Rename criterion “%1” to “%2”</source>
        <translation>Cambiar el nombre del criterio «%1» a «%2»</translation>
    </message>
    <message>
        <source>Edit criterion “%1”</source>
        <translation>Editar criterio «%1»</translation>
    </message>
    <message>
        <source>Retire criterion “%1”</source>
        <translation>Retirar criterio «%1»</translation>
    </message>
    <message>
        <source>Remove criterion “%1”</source>
        <translation>Quitar criterio «%1»</translation>
    </message>
    <message>
        <source>Reorder criteria</source>
        <translation>Reordenar criterios</translation>
    </message>
    <message>
        <source>%1 (criteria set version %2)</source>
        <comment>%1 is the change, e.g. Add criterion “CCTV”</comment>
        <translation>%1 (versión %2 del conjunto de criterios)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>suppression threshold</source>
        <translation>umbral de ocultación</translation>
    </message>
    <message>
        <source>area</source>
        <translation>área</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>report language</source>
        <translation>idioma de los informes</translation>
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
        <translation>Cambiar %1 del proyecto</translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>%1 is a kind of record: “audit point”</comment>
        <translation>Agregar %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>%1 is a kind of record: “audit point”</comment>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <comment>%1 is a kind of record: “audit point”</comment>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Delete group “%1”</source>
        <translation>Eliminar grupo «%1»</translation>
    </message>
    <message>
        <source>Delete workshop “%1”</source>
        <translation>Eliminar taller «%1»</translation>
    </message>
    <message>
        <source>Edit workshop “%1”</source>
        <translation>Editar taller «%1»</translation>
    </message>
    <message>
        <source>Rename group “%1” to “%2”</source>
        <translation>Cambiar el nombre del grupo «%1» a «%2»</translation>
    </message>
    <message>
        <source>Recolour group “%1”</source>
        <translation>Cambiar el color del grupo «%1»</translation>
    </message>
    <message>
        <source>Edit group “%1”</source>
        <translation>Editar grupo «%1»</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The blur grid must be more than 0 m, not %1</source>
        <translation>La cuadrícula de difuminado debe ser mayor que 0 m, no %1</translation>
    </message>
    <message>
        <source>The action plan was not written: %1</source>
        <translation>El plan de acción no se escribió: %1</translation>
    </message>
    <message>
        <source>Unknown export format %1; choose one of %2</source>
        <translation>Formato de exportación desconocido %1; elija uno de %2</translation>
    </message>
    <message>
        <source>A public export never includes contacts</source>
        <translation>Una exportación pública nunca incluye contactos</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>No se puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>The export was not written: %1</source>
        <translation>La exportación no se escribió: %1</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <comment>%1: a table of the project, as its file calls it</comment>
        <translation>Escribiendo %1</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportación cancelada</translation>
    </message>
</context>
<context>
    <name>FieldCopyDialog</name>
    <message>
        <source>Hand Out Field Copy</source>
        <translation>Entregar copia de campo</translation>
    </message>
    <message>
        <source>Required, e.g. Field team 2 or Youth group laptop</source>
        <translation>Obligatorio, p. ej. Equipo de campo 2 o Computadora del grupo de jóvenes</translation>
    </message>
    <message>
        <source>The copy holds this group&apos;s participants (code, gender, age band, role), so the team can record who walks; never their contacts.</source>
        <translation>La copia contiene los participantes de este grupo (código, género, grupo de edad, rol), para que el equipo pueda registrar quién hace el recorrido; nunca sus contactos.</translation>
    </message>
    <message>
        <source>Include the participants of &amp;every group</source>
        <translation>Incluir los participantes de &amp;todos los grupos</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Team or &amp;laptop</source>
        <translation>Equipo o &amp;computadora</translation>
    </message>
    <message>
        <source>Team&apos;s &amp;group</source>
        <translation>&amp;Grupo del equipo</translation>
    </message>
    <message>
        <source>&amp;Save copy as</source>
        <translation>Guardar copia co&amp;mo</translation>
    </message>
    <message>
        <source>&amp;Hand Out</source>
        <translation>E&amp;ntregar</translation>
    </message>
    <message>
        <source>Save Field Copy As</source>
        <translation>Guardar copia de campo como</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>This could not be worked out (details were written to the terminal)</source>
        <translation>No se pudo calcular (los detalles se escribieron en la terminal)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>A code or a name, e.g. KES</source>
        <translation>Un código o un nombre, p. ej. KES</translation>
    </message>
    <message>
        <source>Not estimated</source>
        <translation>Sin estimar</translation>
    </message>
    <message>
        <source>A rough cost in %1 (%2); leave at “Not estimated” if unknown</source>
        <translation>Un costo aproximado en %1 (%2); deje «Sin estimar» si no se conoce</translation>
    </message>
    <message>
        <source>A rough cost in the local currency; leave at “Not estimated” if unknown</source>
        <translation>Un costo aproximado en la moneda local; deje «Sin estimar» si no se conoce</translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation>Agregar fotos</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Fotos (%1)</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (details were written to the terminal); the project was not changed</source>
        <translation>Ocurrió un error inesperado (los detalles se escribieron en la terminal); el proyecto no se cambió</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (details were written to the terminal); no file was written</source>
        <translation>Ocurrió un error inesperado (los detalles se escribieron en la terminal); no se escribió ningún archivo</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>parte de la ruta no es una carpeta</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>el archivo está en uso</translation>
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
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Bluish green</source>
        <translation>Verde azulado</translation>
    </message>
    <message>
        <source>Reddish purple</source>
        <translation>Púrpura rojizo</translation>
    </message>
    <message>
        <source>Vermillion</source>
        <translation>Bermellón</translation>
    </message>
    <message>
        <source>Wine</source>
        <translation>Vino</translation>
    </message>
    <message>
        <source>Maroon</source>
        <translation>Granate</translation>
    </message>
    <message>
        <source>Ultramarine</source>
        <translation>Ultramar</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>Celeste</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Negro</translation>
    </message>
</context>
<context>
    <name>GroupComparisonView</name>
    <message>
        <source>Workshop to compare</source>
        <translation>Taller que comparar</translation>
    </message>
    <message>
        <source>The workshop whose groups are compared</source>
        <translation>El taller cuyos grupos se comparan</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Taller sin título</translation>
    </message>
    <message>
        <source>Add a workshop and its groups to compare what each group proposed.</source>
        <translation>Agregue un taller y sus grupos para comparar lo que propuso cada grupo.</translation>
    </message>
    <message>
        <source>Unnamed group</source>
        <translation>Grupo sin nombre</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>This workshop has no groups yet.</source>
        <translation>Este taller aún no tiene grupos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals · %1 without a principle</source>
        <translation>
            <numerusform>%Ln propuesta · %1 sin principio</numerusform>
            <numerusform>%Ln propuestas · %1 sin principio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals</source>
        <translation>
            <numerusform>%Ln propuesta</numerusform>
            <numerusform>%Ln propuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposals of %1</source>
        <comment>%1: a group</comment>
        <translation>Propuestas de %1</translation>
    </message>
    <message>
        <source>The proposals %1 made</source>
        <translation>Las propuestas que hizo %1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguna todavía)</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add Group</source>
        <translation>Agregar grupo</translation>
    </message>
    <message>
        <source>Required, e.g. Youth, Women traders, Table 2</source>
        <translation>Obligatorio, p. ej. Jóvenes, Comerciantes mujeres, Mesa 2</translation>
    </message>
    <message>
        <source>%1: %2 (used by another group)</source>
        <comment>a colour: its symbol</comment>
        <translation>%1: %2 (lo usa otro grupo)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a colour: its symbol</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Color:</translation>
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
        <translation>estrella</translation>
    </message>
    <message>
        <source>triangle pointing down</source>
        <translation>triángulo hacia abajo</translation>
    </message>
    <message>
        <source>plus sign</source>
        <translation>signo más</translation>
    </message>
    <message>
        <source>hexagon</source>
        <translation>hexágono</translation>
    </message>
    <message>
        <source>half disc</source>
        <translation>medio disco</translation>
    </message>
    <message>
        <source>pentagon</source>
        <translation>pentágono</translation>
    </message>
    <message>
        <source>square</source>
        <translation>cuadrado</translation>
    </message>
    <message>
        <source>solid line</source>
        <translation>línea continua</translation>
    </message>
    <message>
        <source>dashed line</source>
        <translation>línea discontinua</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translation>línea de puntos</translation>
    </message>
    <message>
        <source>dash-dot line</source>
        <translation>línea de raya y punto</translation>
    </message>
    <message>
        <source>long-dashed line</source>
        <translation>línea de rayas largas</translation>
    </message>
    <message>
        <source>dash-dot-dot line</source>
        <translation>línea de raya y dos puntos</translation>
    </message>
    <message>
        <source>long dash-dot line</source>
        <translation>línea de raya larga y punto</translation>
    </message>
    <message>
        <source>short-dashed line</source>
        <translation>línea de rayas cortas</translation>
    </message>
    <message>
        <source>plain fill</source>
        <translation>relleno liso</translation>
    </message>
    <message>
        <source>hatched /</source>
        <translation>rayado /</translation>
    </message>
    <message>
        <source>hatched \</source>
        <translation>rayado \</translation>
    </message>
    <message>
        <source>crossed hatch</source>
        <translation>rayado cruzado</translation>
    </message>
    <message>
        <source>horizontal hatch</source>
        <translation>rayado horizontal</translation>
    </message>
    <message>
        <source>diagonal crossed hatch</source>
        <translation>rayado cruzado diagonal</translation>
    </message>
    <message>
        <source>vertical hatch</source>
        <translation>rayado vertical</translation>
    </message>
    <message>
        <source>dotted fill</source>
        <translation>relleno punteado</translation>
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
        <translation>Guía del taller</translation>
    </message>
</context>
<context>
    <name>HandOut</name>
    <message>
        <source>The copy holds the basemap, the settings, criteria and reason tags, the workshops and groups, and the walks, pins, proposals and plan the team continues from, with a laptop identity of its own.</source>
        <translation>La copia contiene el mapa base, la configuración, los criterios y las etiquetas de motivo, los talleres y grupos, y los recorridos, marcadores, propuestas y el plan desde los que continúa el equipo, con una identidad de computadora propia.</translation>
    </message>
    <message>
        <source>A USB stick can be lost, so it leaves out every contact, every pin story, audit comment, walk and workshop note, the facilitator&apos;s name, all photos, and who took part, except the participants of the team&apos;s group. They stay here: merging the copy back keeps them, and brings what the team records, without doubles or false conflicts.</source>
        <translation>Una memoria USB se puede perder, así que deja fuera todos los contactos, todos los relatos de marcadores, comentarios de auditoría, notas de recorridos y talleres, el nombre de quien facilita, todas las fotos y quiénes participaron, salvo los participantes del grupo del equipo. Todo eso se queda aquí: al combinar la copia de vuelta se conserva, y se incorpora lo que registre el equipo, sin duplicados ni falsos conflictos.</translation>
    </message>
    <message>
        <source>The copy will then hold who took part in every group: each person&apos;s code, gender, age band and role (never a contact). Anyone who finds the stick can read them.</source>
        <translation>Entonces la copia contendrá quiénes participaron en cada grupo: el código, género, grupo de edad y rol de cada persona (nunca un contacto). Cualquiera que encuentre la memoria puede leerlos.</translation>
    </message>
    <message>
        <source>None (no participants)</source>
        <translation>Ninguno (sin participantes)</translation>
    </message>
    <message>
        <source>The field copy was not made</source>
        <translation>La copia de campo no se creó</translation>
    </message>
    <message>
        <source>Field copy ready</source>
        <translation>Copia de campo lista</translation>
    </message>
    <message>
        <source>Give %1 to %2.</source>
        <translation>Entregue %1 a %2.</translation>
    </message>
    <message>
        <source>When they bring it back, merge it with File › Merge Projects…</source>
        <translation>Cuando la devuelvan, combínela con Archivo › Combinar proyectos…</translation>
    </message>
    <message>
        <source>field copy</source>
        <comment>a file name</comment>
        <translation>copia de campo</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <comment>a workshop › a group</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation>Sin taller</translation>
    </message>
    <message>
        <source>Choose where to save the field copy</source>
        <translation>Elija dónde guardar la copia de campo</translation>
    </message>
    <message>
        <source>Writing the field copy for %1…</source>
        <translation>Escribiendo la copia de campo para %1…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>Cancelado; no se escribió nada</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <source>Click a map feature to see what it is</source>
        <translation>Haga clic en un elemento del mapa para ver qué es</translation>
    </message>
    <message>
        <source>No further details recorded for this feature.</source>
        <translation>No hay más datos registrados para este elemento.</translation>
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
        <translation>elemento</translation>
    </message>
    <message>
        <source>Unnamed %1</source>
        <comment>%1 a kind of map feature</comment>
        <translation>%1 sin nombre</translation>
    </message>
    <message>
        <source>%1 · layer “%2”</source>
        <translation>%1 · capa «%2»</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message numerus="yes">
        <source>Cleaned %Ln images that held camera data or a camera&apos;s file name (now without metadata, under a neutral name)</source>
        <translation>
            <numerusform>Se limpió %Ln imagen que tenía datos de cámara o un nombre de archivo de cámara (ahora sin metadatos, con un nombre neutro)</numerusform>
            <numerusform>Se limpiaron %Ln imágenes que tenían datos de cámara o un nombre de archivo de cámara (ahora sin metadatos, con un nombre neutro)</numerusform>
        </translation>
    </message>
    <message>
        <source>No readable stored image held camera data or a camera&apos;s file name</source>
        <translation>Ninguna imagen guardada legible tenía datos de cámara ni un nombre de archivo de cámara</translation>
    </message>
    <message>
        <source>No stored image held camera data or a camera&apos;s file name</source>
        <translation>Ninguna imagen guardada tenía datos de cámara ni un nombre de archivo de cámara</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln images could not be read and were left as they are</source>
        <comment>%1 is what was cleaned, said just before</comment>
        <translation>
            <numerusform>%1; %Ln imagen no se pudo leer y se dejó como estaba</numerusform>
            <numerusform>%1; %Ln imágenes no se pudieron leer y se dejaron como estaban</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <comment>%1: layer names</comment>
        <translation>
            <numerusform>%1 y %Ln más</numerusform>
            <numerusform>%1 y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no layer %2; its layers are %3</source>
        <translation>%1 no tiene ninguna capa %2; sus capas son %3</translation>
    </message>
    <message>
        <source>No layer of %1 was chosen</source>
        <translation>No se eligió ninguna capa de %1</translation>
    </message>
    <message>
        <source>%1 — points</source>
        <comment>a layer holding the points of the file&apos;s layer %1</comment>
        <translation>%1 — puntos</translation>
    </message>
    <message>
        <source>%1 — lines</source>
        <comment>a layer holding the lines of the file&apos;s layer %1</comment>
        <translation>%1 — líneas</translation>
    </message>
    <message>
        <source>%1 — areas</source>
        <comment>a layer holding the polygons of the file&apos;s layer %1</comment>
        <translation>%1 — áreas</translation>
    </message>
    <message>
        <source>Layer %1 was not imported: %2</source>
        <translation>La capa %1 no se importó: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln features without a shape were left out</source>
        <translation>
            <numerusform>Se omitió %Ln elemento sin forma</numerusform>
            <numerusform>Se omitieron %Ln elementos sin forma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln features with a broken part were mended: a line of one point kept as a point, parts too short to draw left out</source>
        <translation>
            <numerusform>Se reparó %Ln elemento con una parte dañada: una línea de un solo punto se conservó como punto y se omitieron las partes demasiado cortas para dibujar</numerusform>
            <numerusform>Se repararon %Ln elementos con una parte dañada: una línea de un solo punto se conservó como punto y se omitieron las partes demasiado cortas para dibujar</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1</source>
        <comment>%1: a file or one of its layers</comment>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <source>%1 is an OpenStreetMap file: it is imported whole, its points, lines and areas together, so none of its layers can be left out</source>
        <translation>%1 es un archivo de OpenStreetMap: se importa entero, sus puntos, líneas y áreas juntos, así que no se puede dejar fuera ninguna de sus capas</translation>
    </message>
    <message>
        <source>Unknown style class %1; choose one of %2</source>
        <translation>Clase de estilo desconocida %1; elija una de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no shapes to draw: none of its %Ln features has a geometry; export it again with its geometry</source>
        <translation>
            <numerusform>%1 no tiene formas que dibujar: su único elemento (%Ln) no tiene geometría; expórtelo de nuevo con su geometría</numerusform>
            <numerusform>%1 no tiene formas que dibujar: ninguno de sus %Ln elementos tiene geometría; expórtelo de nuevo con su geometría</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no features CoSafe can draw</source>
        <translation>%1 no tiene elementos que CoSafe pueda dibujar</translation>
    </message>
    <message>
        <source>Writing to the project</source>
        <translation>Escribiendo en el proyecto</translation>
    </message>
    <message>
        <source>%1 is %2 MB; CoSafe takes images of up to %3 MB</source>
        <translation>%1 pesa %2 MB; CoSafe acepta imágenes de hasta %3 MB</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels (%4 megapixels); CoSafe takes images of up to %5 megapixels</source>
        <translation>%1 mide %2 × %3 píxeles (%4 megapíxeles); CoSafe acepta imágenes de hasta %5 megapíxeles</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1 is not an image CoSafe can read (PNG, JPEG, TIFF, BMP or WebP)</source>
        <translation>%1 no es una imagen que CoSafe pueda leer (PNG, JPEG, TIFF, BMP o WebP)</translation>
    </message>
    <message>
        <source>its .shx file is missing: a shapefile is several files (.shp, .shx, .dbf); copy them together</source>
        <translation>falta su archivo .shx: un shapefile son varios archivos (.shp, .shx, .dbf); cópielos juntos</translation>
    </message>
    <message>
        <source>its .dbf file is missing: a shapefile is several files (.shp, .shx, .dbf); copy them together</source>
        <translation>falta su archivo .dbf: un shapefile son varios archivos (.shp, .shx, .dbf); cópielos juntos</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete; copy it again from where it came from</source>
        <translation>el archivo está dañado o incompleto; vuelva a copiarlo desde su origen</translation>
    </message>
    <message>
        <source>CoSafe may not read it (permission denied)</source>
        <translation>CoSafe no tiene permiso para leerlo (permiso denegado)</translation>
    </message>
    <message>
        <source>not a format CoSafe reads</source>
        <translation>no es un formato que CoSafe lea</translation>
    </message>
    <message>
        <source>the file is damaged or not a map file</source>
        <translation>el archivo está dañado o no es un archivo de mapa</translation>
    </message>
    <message>
        <source>the file is damaged or not an incident file</source>
        <translation>el archivo está dañado o no es un archivo de incidentes</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (not an SQLite database)</source>
        <translation>%1 no es un archivo MBTiles (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it has no tiles and metadata tables)</source>
        <translation>%1 no es un archivo MBTiles (no tiene tablas tiles y metadata)</translation>
    </message>
    <message>
        <source>%1 holds vector tiles: import it as a vector basemap</source>
        <translation>%1 contiene teselas vectoriales: impórtelo como mapa base vectorial</translation>
    </message>
    <message>
        <source>%1 is refused: its “metadata” is not a table (CoSafe reads no view or virtual table it does not know)</source>
        <translation>%1 se rechaza: su «metadata» no es una tabla (CoSafe no lee vistas ni tablas virtuales que no conoce)</translation>
    </message>
    <message>
        <source>%1 is refused: its “tiles” is a view CoSafe does not know, not a table (a view can run any query, even one that never ends)</source>
        <translation>%1 se rechaza: su «tiles» es una vista que CoSafe no conoce, no una tabla (una vista puede ejecutar cualquier consulta, incluso una que no termina nunca)</translation>
    </message>
    <message>
        <source>%1 took too long to read, so it was refused</source>
        <translation>%1 tardó demasiado en leerse, así que se rechazó</translation>
    </message>
    <message>
        <source>%1 is damaged: its tables cannot be read</source>
        <translation>%1 está dañado: no se pueden leer sus tablas</translation>
    </message>
    <message>
        <source>%1 is damaged: its tiles cannot be read</source>
        <translation>%1 está dañado: no se pueden leer sus teselas</translation>
    </message>
    <message>
        <source>%1 has no tiles</source>
        <translation>%1 no tiene teselas</translation>
    </message>
    <message>
        <source>%1 has a tile that is not a PNG, JPEG or WebP image</source>
        <translation>%1 tiene una tesela que no es una imagen PNG, JPEG ni WebP</translation>
    </message>
    <message>
        <source>Copying tiles (%1 of %2)</source>
        <translation>Copiando teselas (%1 de %2)</translation>
    </message>
    <message>
        <source>%1 is not on this computer&apos;s disk; CoSafe reads and writes only local files, never network addresses or GDAL virtual file systems</source>
        <translation>%1 no está en el disco de esta computadora; CoSafe solo lee y escribe archivos locales, nunca direcciones de red ni sistemas de archivos virtuales de GDAL</translation>
    </message>
    <message>
        <source>OpenStreetMap (.osm, .osm.pbf), GeoJSON (also TopoJSON and GeoJSON sequences), GeoPackage, Shapefile (also zipped), File Geodatabase (.gdb folder, also zipped), KML/KMZ, GPX, GML, FlatGeobuf, MapInfo (.tab, .mif), CSV with longitude/latitude columns</source>
        <translation>OpenStreetMap (.osm, .osm.pbf), GeoJSON (también TopoJSON y secuencias GeoJSON), GeoPackage, Shapefile (también comprimido en zip), File Geodatabase (carpeta .gdb, también comprimida en zip), KML/KMZ, GPX, GML, FlatGeobuf, MapInfo (.tab, .mif), CSV con columnas de longitud/latitud</translation>
    </message>
    <message>
        <source>%1 cannot be read as an incident file (%2); CoSafe reads %3</source>
        <translation>%1 no se puede leer como archivo de incidentes (%2); CoSafe lee %3</translation>
    </message>
    <message>
        <source>%1 cannot be read as a map file (%2); CoSafe reads %3</source>
        <translation>%1 no se puede leer como archivo de mapa (%2); CoSafe lee %3</translation>
    </message>
    <message>
        <source>%1 is a GDAL pipeline (GDALG), not an incident file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 es una canalización de GDAL (GDALG), no un archivo de incidentes: haría que GDAL leyera otros archivos o direcciones de red, así que CoSafe no lo abre</translation>
    </message>
    <message>
        <source>%1 is a GDAL pipeline (GDALG), not a map file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 es una canalización de GDAL (GDALG), no un archivo de mapa: haría que GDAL leyera otros archivos o direcciones de red, así que CoSafe no lo abre</translation>
    </message>
    <message>
        <source>%1 is a GDAL virtual layer (VRT), not an incident file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 es una capa virtual de GDAL (VRT), no un archivo de incidentes: haría que GDAL leyera otros archivos o direcciones de red, así que CoSafe no lo abre</translation>
    </message>
    <message>
        <source>%1 is a GDAL virtual layer (VRT), not a map file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 es una capa virtual de GDAL (VRT), no un archivo de mapa: haría que GDAL leyera otros archivos o direcciones de red, así que CoSafe no lo abre</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage without map layers: its tables hold values but no shapes to draw</source>
        <translation>%1 es un GeoPackage sin capas de mapa: sus tablas contienen valores pero ninguna forma que dibujar</translation>
    </message>
    <message>
        <source>it is an SQLite database but not a GeoPackage</source>
        <translation>es una base de datos SQLite pero no un GeoPackage</translation>
    </message>
    <message>
        <source>%1 is a MapInfo table that reads other tables (seamless, a view or a link to a database), not one holding its own data: open it in MapInfo or QGIS and save it as a GeoPackage or Shapefile</source>
        <translation>%1 es una tabla de MapInfo que lee otras tablas (continua, una vista o un enlace a una base de datos), no una con sus propios datos: ábrala en MapInfo o QGIS y guárdela como GeoPackage o Shapefile</translation>
    </message>
    <message>
        <source>%1 is a MapInfo file without its %2 part beside it: MapInfo keeps a table in several files; copy them all into the same folder</source>
        <translation>%1 es un archivo de MapInfo sin su parte %2 al lado: MapInfo guarda una tabla en varios archivos; cópielos todos en la misma carpeta</translation>
    </message>
    <message>
        <source>%1 is a spreadsheet workbook (Excel or OpenDocument), not a CSV file: open it in a spreadsheet program, save it as CSV, and import that</source>
        <translation>%1 es un libro de hoja de cálculo (Excel u OpenDocument), no un archivo CSV: ábralo en un programa de hojas de cálculo, guárdelo como CSV e importe ese archivo</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not an incident file: download the data file itself, not the page that offers it</source>
        <translation>%1 es una página web (HTML), no un archivo de incidentes: descargue el propio archivo de datos, no la página que lo ofrece</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not a map file: download the data file itself, not the page that offers it</source>
        <translation>%1 es una página web (HTML), no un archivo de mapa: descargue el propio archivo de datos, no la página que lo ofrece</translation>
    </message>
    <message>
        <source>%1 has no header line: its first line holds values (such as %2), not column names; add a first line that names the columns</source>
        <translation>%1 no tiene línea de encabezado: su primera línea contiene valores (como %2), no nombres de columna; añada una primera línea que nombre las columnas</translation>
    </message>
    <message>
        <source>%1 is a raster GeoPackage (map tiles or an image), not an incident file</source>
        <translation>%1 es un GeoPackage ráster (teselas de mapa o una imagen), no un archivo de incidentes</translation>
    </message>
    <message>
        <source>%1 is a raster GeoPackage (map tiles or an image), not vector layers: import it as a tile basemap (File › Import Basemap, or cosafe import-basemap)</source>
        <translation>%1 es un GeoPackage ráster (teselas de mapa o una imagen), no capas vectoriales: impórtelo como mapa base de teselas (Archivo › Importar mapa base, o cosafe import-basemap)</translation>
    </message>
    <message>
        <source>%1 is a %2 file of a version or variant CoSafe cannot read; save it again as %2 with current GIS software (e.g. QGIS)</source>
        <translation>%1 es un archivo %2 de una versión o variante que CoSafe no puede leer; guárdelo de nuevo como %2 con un programa SIG actual (p. ej. QGIS)</translation>
    </message>
    <message>
        <source>XML whose root is &lt;%1&gt;, not OSM, GPX, KML or GML</source>
        <translation>XML cuya raíz es &lt;%1&gt;, no OSM, GPX, KML ni GML</translation>
    </message>
    <message>
        <source>a damaged zip archive</source>
        <translation>un archivo zip dañado</translation>
    </message>
    <message>
        <source>a zip archive with no shapefile, KML or File Geodatabase inside</source>
        <translation>un archivo zip sin shapefile, KML ni File Geodatabase dentro</translation>
    </message>
    <message>
        <source>%1 declares XML entities, which OSM files never do; it was not imported</source>
        <translation>%1 declara entidades XML, algo que los archivos OSM nunca hacen; no se importó</translation>
    </message>
    <message>
        <source>%1 is empty or a folder, not an incident file</source>
        <translation>%1 está vacío o es una carpeta, no un archivo de incidentes</translation>
    </message>
    <message>
        <source>%1 is empty or a folder, not a map file</source>
        <translation>%1 está vacío o es una carpeta, no un archivo de mapa</translation>
    </message>
    <message>
        <source>%1 could not be read: making a corrected copy of its features failed (%2)</source>
        <translation>No se pudo leer %1: falló la creación de una copia corregida de sus elementos (%2)</translation>
    </message>
    <message>
        <source>%1 declares a coordinate reference system CoSafe cannot understand (its .prj file, or the declaration inside the file, is damaged); correct or remove it, then say which system the file uses (e.g. EPSG:32737)</source>
        <translation>%1 declara un sistema de referencia de coordenadas que CoSafe no entiende (su archivo .prj, o la declaración dentro del archivo, está dañado); corríjalo o elimínelo y luego indique qué sistema usa el archivo (p. ej. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>two GDAL drivers</comment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>its content is %1 but GDAL reads it as %2</source>
        <translation>su contenido es %1 pero GDAL lo lee como %2</translation>
    </message>
    <message>
        <source>%1 has no coordinates (no longitude/latitude columns found)</source>
        <translation>%1 no tiene coordenadas (no se encontraron columnas de longitud/latitud)</translation>
    </message>
    <message>
        <source>%1 has no coordinates</source>
        <translation>%1 no tiene coordenadas</translation>
    </message>
    <message>
        <source>%1 has no longitude/latitude columns CoSafe recognises (it looks for names such as longitude, lon, lng, latitude, lat, x, y); rename them, or import the file as recorded incidents, where the columns can be chosen</source>
        <translation>%1 no tiene columnas de longitud/latitud que CoSafe reconozca (busca nombres como longitude, lon, lng, latitude, lat, x, y); cámbieles el nombre o importe el archivo como incidentes registrados, donde se pueden elegir las columnas</translation>
    </message>
    <message>
        <source>%1 has no layer with geometry</source>
        <translation>%1 no tiene ninguna capa con geometría</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system; say which one it uses (e.g. EPSG:32737)</source>
        <translation>%1 no tiene sistema de referencia de coordenadas; indique cuál usa (p. ej. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an incident file (%2)</source>
        <translation>%1 no se puede leer como archivo de incidentes (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be read as a map file (%2)</source>
        <translation>%1 no se puede leer como archivo de mapa (%2)</translation>
    </message>
    <message>
        <source>%1: layer %2 has no geometry</source>
        <translation>%1: la capa %2 no tiene geometría</translation>
    </message>
    <message>
        <source>%1: its text cannot be read as %2; choose another encoding (this file declares %3)</source>
        <translation>%1: su texto no se puede leer como %2; elija otra codificación (este archivo declara %3)</translation>
    </message>
    <message>
        <source>%1: its text cannot be read as %2; choose another encoding</source>
        <translation>%1: su texto no se puede leer como %2; elija otra codificación</translation>
    </message>
    <message>
        <source>%1 has shapes CoSafe cannot read; the file is damaged or incomplete</source>
        <translation>%1 tiene formas que CoSafe no puede leer; el archivo está dañado o incompleto</translation>
    </message>
    <message>
        <source>%1: unknown coordinate reference system %2</source>
        <translation>%1: sistema de referencia de coordenadas desconocido %2</translation>
    </message>
    <message>
        <source>%1: its coordinates cannot be converted from the coordinate reference system %2 to longitude/latitude; give the one it really uses (e.g. EPSG:32737)</source>
        <translation>%1: sus coordenadas no se pueden convertir del sistema de referencia de coordenadas %2 a longitud/latitud; indique el que usa realmente (p. ej. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 has coordinates outside longitude −180…180 / latitude −90…90: its coordinate reference system is wrong or missing</source>
        <translation>%1 tiene coordenadas fuera de longitud −180…180 / latitud −90…90: su sistema de referencia de coordenadas es incorrecto o falta</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Europa occidental)</translation>
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
        <translation>CP850 (DOS, Europa occidental)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central Europe)</source>
        <translation>Windows-1250 (Europa central)</translation>
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
        <translation>%1 está georreferenciado en un sistema de referencia de coordenadas que CoSafe no puede convertir a coordenadas del mapa; guárdelo en otro (p. ej. su zona UTM o EPSG:4326) con QGIS</translation>
    </message>
    <message>
        <source>%1 lies outside the map CoSafe draws (beyond 85° of latitude)</source>
        <translation>%1 está fuera del mapa que dibuja CoSafe (más allá de 85° de latitud)</translation>
    </message>
    <message>
        <source>Making map tiles (%1 of %2)</source>
        <translation>Creando teselas del mapa (%1 de %2)</translation>
    </message>
    <message>
        <source>%1 is damaged: part of its image cannot be read</source>
        <translation>%1 está dañado: no se puede leer parte de su imagen</translation>
    </message>
    <message>
        <source>%1 has no visible pixels (all of it is nodata or transparent)</source>
        <translation>%1 no tiene píxeles visibles (todo es sin datos o transparente)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: it is damaged, or not a GeoTIFF, PNG or JPEG</source>
        <translation>%1 no se puede leer como imagen: está dañado, o no es un GeoTIFF, PNG ni JPEG</translation>
    </message>
    <message>
        <source>%1 has no georeferencing: place it on the map by control points instead</source>
        <translation>%1 no tiene georreferencia: ubíquelo en el mapa con puntos de control</translation>
    </message>
    <message>
        <source>%1 is refused: its tiles %2 are not a plain table (CoSafe reads no view it does not know)</source>
        <translation>%1 se rechaza: sus teselas %2 no son una tabla simple (CoSafe no lee ninguna vista que no conozca)</translation>
    </message>
    <message>
        <source>%1 holds gridded values (such as elevations), not a map picture; CoSafe imports map tiles and images</source>
        <translation>%1 contiene valores en cuadrícula (como altitudes), no una imagen de mapa; CoSafe importa teselas de mapa e imágenes</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system for its tiles</source>
        <translation>%1 no tiene sistema de referencia de coordenadas para sus teselas</translation>
    </message>
    <message>
        <source>%1 is damaged: its vector tiles cannot be read</source>
        <translation>%1 está dañado: no se pueden leer sus teselas vectoriales</translation>
    </message>
    <message>
        <source>%1 lists no layers of vector tiles</source>
        <translation>%1 no enumera ninguna capa de teselas vectoriales</translation>
    </message>
    <message>
        <source>house numbers are not drawn on CoSafe&apos;s map</source>
        <translation>los números de portal no se dibujan en el mapa de CoSafe</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <source>This file does not say which coordinate system it uses. Type its EPSG code — it may be written in the file&apos;s documentation, or ask whoever made the file (for example EPSG:32737 is UTM zone 37 South).</source>
        <translation>Este archivo no indica qué sistema de coordenadas usa. Escriba su código EPSG: puede estar en la documentación del archivo, o pregunte a quien lo hizo (por ejemplo, EPSG:32737 es UTM zona 37 Sur).</translation>
    </message>
    <message>
        <source>This file does not say which coordinate system it uses. Its coordinates all lie within longitude −180…180 and latitude −90…90: if they are longitude and latitude, type EPSG:4326; if not, type the EPSG code of the system they use.</source>
        <translation>Este archivo no indica qué sistema de coordenadas usa. Todas sus coordenadas están entre −180…180 de longitud y −90…90 de latitud: si son longitud y latitud, escriba EPSG:4326; si no, escriba el código EPSG del sistema que usan.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Import Basemap</source>
        <translation>Importar mapa base</translation>
    </message>
    <message>
        <source>map file</source>
        <translation>archivo de mapa</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln layers</source>
        <comment>%1: a file, %2: its format</comment>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln capa</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln capas</numerusform>
        </translation>
    </message>
    <message>
        <source>What the layer is called in the Layers panel</source>
        <translation>Cómo se llama la capa en el panel Capas</translation>
    </message>
    <message>
        <source>Layer &amp;name:</source>
        <translation>&amp;Nombre de la capa:</translation>
    </message>
    <message>
        <source>Each layer of the file becomes its own basemap layer, named after this and the source layer.</source>
        <translation>Cada capa del archivo se convierte en su propia capa de mapa base, con un nombre formado por este y el de la capa de origen.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todas</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>Seleccionar ning&amp;una</translation>
    </message>
    <message>
        <source>Tick the layers to import, how to draw them and which field names their features:</source>
        <translation>Marque las capas que importar, cómo dibujarlas y qué campo da nombre a sus elementos:</translation>
    </message>
    <message>
        <source>e.g. EPSG:4326</source>
        <translation>p. ej. EPSG:4326</translation>
    </message>
    <message>
        <source>The file&apos;s layers: tick those to import; what they hold, how each will be drawn and which field names its features</source>
        <translation>Las capas del archivo: marque las que importar; qué contienen, cómo se dibujará cada una y qué campo da nombre a sus elementos</translation>
    </message>
    <message>
        <source>Label field</source>
        <translation>Campo de etiqueta</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Draw %1 as</source>
        <translation>Dibujar %1 como</translation>
    </message>
    <message>
        <source>How the map draws the source layer %1</source>
        <translation>Cómo dibuja el mapa la capa de origen %1</translation>
    </message>
    <message>
        <source>The file does not say how its text is stored; it reads as %1, so %1 is chosen. Look at the examples; choose another encoding if the names look wrong.</source>
        <translation>El archivo no dice cómo se guarda su texto; se lee como %1, así que se elige %1. Mire los ejemplos; elija otra codificación si los nombres se ven mal.</translation>
    </message>
    <message>
        <source>e.g. EPSG:32737</source>
        <translation>p. ej. EPSG:32737</translation>
    </message>
    <message>
        <source>&amp;Coordinate system:</source>
        <translation>&amp;Sistema de coordenadas:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Source layers</source>
        <translation>Capas de origen</translation>
    </message>
    <message>
        <source>Source layer</source>
        <translation>Capa de origen</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Geometría</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Draw as</source>
        <translation>Dibujar como</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Label field of %1</source>
        <translation>Campo de etiqueta de %1</translation>
    </message>
    <message>
        <source>The field whose value names each feature of %1 on the map</source>
        <translation>El campo cuyo valor da nombre a cada elemento de %1 en el mapa</translation>
    </message>
    <message>
        <source>As the file declares (%1)</source>
        <translation>Como declara el archivo (%1)</translation>
    </message>
    <message>
        <source>As the file declares</source>
        <translation>Como declara el archivo</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Codificación del texto</translation>
    </message>
    <message>
        <source>How the letters of the file&apos;s attributes are stored; the examples show the names as they will read</source>
        <translation>Cómo se guardan las letras de los atributos del archivo; los ejemplos muestran los nombres tal como se leerán</translation>
    </message>
    <message>
        <source>The file says its text is %1, but it reads as %2, so %2 is chosen. Look at the examples; choose another encoding if the names look wrong.</source>
        <translation>El archivo dice que su texto está en %1, pero se lee como %2, así que se elige %2. Mire los ejemplos; elija otra codificación si los nombres se ven mal.</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>&amp;Codificación del texto:</translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <comment>layers</comment>
        <translation>%1 de %2 elegidas</translation>
    </message>
    <message>
        <source>“%1” is not a coordinate system CoSafe knows. Type an EPSG code such as EPSG:32737.</source>
        <translation>«%1» no es un sistema de coordenadas que CoSafe conozca. Escriba un código EPSG como EPSG:32737.</translation>
    </message>
</context>
<context>
    <name>IncidentImportDialog</name>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>Importar incidentes registrados</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Where the records come from; every incident is labelled with it</source>
        <translation>De dónde vienen los registros; cada incidente queda etiquetado con ella</translation>
    </message>
    <message>
        <source>Required, e.g. Police records 2023</source>
        <translation>Obligatorio, p. ej. Registros policiales 2023</translation>
    </message>
    <message>
        <source>&amp;Longitude or x</source>
        <translation>&amp;Longitud o x</translation>
    </message>
    <message>
        <source>L&amp;atitude or y</source>
        <translation>L&amp;atitud o y</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Time of day</source>
        <translation>&amp;Hora del día</translation>
    </message>
    <message>
        <source>Catego&amp;ry</source>
        <translation>Catego&amp;ría</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escripción</translation>
    </message>
    <message>
        <source>The column holding each incident&apos;s longitude (or projected x)</source>
        <translation>La columna con la longitud de cada incidente (o la x proyectada)</translation>
    </message>
    <message>
        <source>The column holding each incident&apos;s latitude (or projected y)</source>
        <translation>La columna con la latitud de cada incidente (o la y proyectada)</translation>
    </message>
    <message>
        <source>The column holding the date each incident happened</source>
        <translation>La columna con la fecha en que ocurrió cada incidente</translation>
    </message>
    <message>
        <source>The column holding the time of day, when the date has none</source>
        <translation>La columna con la hora del día, cuando la fecha no la trae</translation>
    </message>
    <message>
        <source>The column holding the kind of incident (robbery, assault…)</source>
        <translation>La columna con el tipo de incidente (robo, agresión…)</translation>
    </message>
    <message>
        <source>A column describing each incident, kept with it (shown when you identify it; left out of public exports)</source>
        <translation>Una columna que describe cada incidente; se guarda con él (se muestra al identificarlo; no va en las exportaciones públicas)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Fuente</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Sistema de coordenadas</translation>
    </message>
    <message>
        <source>Only for projected x/y columns, e.g. EPSG:32737 or EPSG:2272</source>
        <translation>Solo para columnas x/y proyectadas, p. ej. EPSG:32737 o EPSG:2272</translation>
    </message>
    <message>
        <source>e.g. EPSG:32737</source>
        <translation>p. ej. EPSG:32737</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>How the dates are written; detected from the column</source>
        <translation>Cómo están escritas las fechas; se detecta a partir de la columna</translation>
    </message>
    <message>
        <source>&amp;Coordinate system</source>
        <translation>&amp;Sistema de coordenadas</translation>
    </message>
    <message>
        <source>Date f&amp;ormat</source>
        <translation>F&amp;ormato de fecha</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <source>The first rows of the file, as they are written in it</source>
        <translation>Las primeras filas del archivo, tal como están escritas en él</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>elegida</translation>
    </message>
    <message>
        <source>guessed: %1</source>
        <translation>deducida: %1</translation>
    </message>
    <message>
        <source>none needed: the dates carry the time</source>
        <translation>no hace falta: las fechas traen la hora</translation>
    </message>
    <message>
        <source>no column found</source>
        <translation>no se encontró ninguna columna</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a control&apos;s tip (why its value)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose day/month or month/day…</source>
        <translation>Elija día/mes o mes/día…</translation>
    </message>
    <message>
        <source>Dates such as %1 could be day/month or month/day: choose which</source>
        <translation>Fechas como %1 pueden ser día/mes o mes/día: elija cuál</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>Detect from the column</source>
        <translation>Detectar a partir de la columna</translation>
    </message>
    <message>
        <source>detected from the column&apos;s values</source>
        <translation>detectado a partir de los valores de la columna</translation>
    </message>
    <message>
        <source>no date column</source>
        <translation>no hay columna de fecha</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>no se detectó ninguno</translation>
    </message>
    <message>
        <source>chosen; it wins over what the columns look like</source>
        <translation>elegido; prevalece sobre lo que parecen las columnas</translation>
    </message>
    <message>
        <source>none needed: the coordinates are longitude and latitude</source>
        <translation>no hace falta: las coordenadas son longitud y latitud</translation>
    </message>
    <message>
        <source>needed: these x/y are not degrees; write their system</source>
        <translation>necesario: estas x/y no son grados; escriba su sistema</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows of the file read:</source>
        <translation>
            <numerusform>La %Ln fila del archivo, leída:</numerusform>
            <numerusform>Las %Ln filas del archivo, leídas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows read (the import counts the whole file):</source>
        <translation>
            <numerusform>La primera %Ln fila leída (la importación cuenta el archivo entero):</numerusform>
            <numerusform>Las primeras %Ln filas leídas (la importación cuenta el archivo entero):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be imported</source>
        <translation>
            <numerusform>%Ln se importará</numerusform>
            <numerusform>%Ln se importarán</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped without a usable location (lines %1)</source>
        <translation>
            <numerusform>%Ln omitida por no tener una ubicación utilizable (línea %1)</numerusform>
            <numerusform>%Ln omitidas por no tener una ubicación utilizable (líneas %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept without a date (theirs could not be read)</source>
        <translation>
            <numerusform>%Ln se conserva sin fecha (no se pudo leer la suya)</numerusform>
            <numerusform>%Ln se conservan sin fecha (no se pudo leer la suya)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a time of day</source>
        <translation>
            <numerusform>%Ln con hora del día</numerusform>
            <numerusform>%Ln con hora del día</numerusform>
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
        <translation>Leyendo el archivo…</translation>
    </message>
    <message numerus="yes">
        <source>Storing %Ln recorded incidents…</source>
        <translation>
            <numerusform>Guardando %Ln incidente registrado…</numerusform>
            <numerusform>Guardando %Ln incidentes registrados…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln recorded incidents from %1</source>
        <translation>
            <numerusform>Importar %Ln incidente registrado de %1</numerusform>
            <numerusform>Importar %Ln incidentes registrados de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents stored</source>
        <translation>
            <numerusform>%Ln incidente registrado guardado</numerusform>
            <numerusform>%Ln incidentes registrados guardados</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing recorded incidents from %1…</source>
        <translation>Importando incidentes registrados de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln recorded incidents (“%1”), shown apart from perceptions</source>
        <translation>
            <numerusform>Se importó %Ln incidente registrado («%1»), que se muestra aparte de las percepciones</numerusform>
            <numerusform>Se importaron %Ln incidentes registrados («%1»), que se muestran aparte de las percepciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>Importar incidentes registrados</translation>
    </message>
</context>
<context>
    <name>IncidentOptionsDialog</name>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>Importar incidentes registrados</translation>
    </message>
    <message>
        <source>Required, e.g. Police records 2023</source>
        <translation>Obligatorio, p. ej. Registros policiales 2023</translation>
    </message>
    <message>
        <source>Only for x/y columns, e.g. EPSG:32737</source>
        <translation>Solo para columnas x/y, p. ej. EPSG:32737</translation>
    </message>
    <message>
        <source>Found by name (category, type, offence…) when blank</source>
        <translation>Si se deja en blanco, se busca por nombre (category, type, offence…)</translation>
    </message>
    <message>
        <source>Found by name (date, occurred_on…) when blank</source>
        <translation>Si se deja en blanco, se busca por nombre (date, occurred_on…)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Fuente</translation>
    </message>
    <message>
        <source>&amp;CRS</source>
        <translation>&amp;SRC</translation>
    </message>
    <message>
        <source>Ca&amp;tegory column</source>
        <translation>Columna de ca&amp;tegoría</translation>
    </message>
    <message>
        <source>&amp;Date column</source>
        <translation>&amp;Columna de fecha</translation>
    </message>
</context>
<context>
    <name>IncidentTimesView</name>
    <message>
        <source>Recorded incidents by time of day (imported data, not perceptions)</source>
        <translation>Incidentes registrados por momento del día (datos importados, no percepciones)</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Momento del día</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Recorded incidents</source>
        <translation>Incidentes registrados</translation>
    </message>
    <message>
        <source>People&apos;s mean safety score (0–5)</source>
        <translation>Puntaje de seguridad medio de la gente (0–5)</translation>
    </message>
    <message>
        <source>Pins marked unsafe</source>
        <translation>Marcadores de inseguridad</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>clock hours, from–to</comment>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>Time unknown: %Ln recorded incidents have no time of day in their data; they are counted here, not put in a band.</source>
        <translation>
            <numerusform>Hora desconocida: %Ln incidente registrado no tiene hora del día en sus datos; se cuenta aquí, no se asigna a una franja.</numerusform>
            <numerusform>Hora desconocida: %Ln incidentes registrados no tienen hora del día en sus datos; se cuentan aquí, no se asignan a una franja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every recorded incident here has its time of day.</source>
        <translation>Cada incidente registrado aquí tiene su hora del día.</translation>
    </message>
    <message>
        <source>Incidents are put in a band by their recorded clock time; walks and pins by what was recorded for them.</source>
        <translation>Los incidentes se asignan a una franja por la hora registrada; los recorridos y marcadores, por lo que se anotó para ellos.</translation>
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
        <translation>%1 tiene columnas x/y pero no un sistema de referencia de coordenadas; indique cuál usa (p. ej. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 holds no incidents</source>
        <translation>%1 no contiene incidentes</translation>
    </message>
    <message>
        <source>%1 has no dates: column %2 is empty</source>
        <translation>%1 no tiene fechas: la columna %2 está vacía</translation>
    </message>
    <message>
        <source>%1: column %2 mixes day/month and month/day dates; write them as 2024-03-14</source>
        <translation>%1: la columna %2 mezcla fechas día/mes y mes/día; escríbalas como 2024-03-14</translation>
    </message>
    <message numerus="yes">
        <source>its date column %1 is blank in every row, so all %Ln incidents were kept without a date</source>
        <translation>
            <numerusform>su columna de fecha %1 está vacía en todas las filas, así que su %Ln incidente se conservó sin fecha</numerusform>
            <numerusform>su columna de fecha %1 está vacía en todas las filas, así que sus %Ln incidentes se conservaron sin fecha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file has no date column, so all %Ln incidents were kept without a date</source>
        <translation>
            <numerusform>el archivo no tiene columna de fecha, así que su %Ln incidente se conservó sin fecha</numerusform>
            <numerusform>el archivo no tiene columna de fecha, así que sus %Ln incidentes se conservaron sin fecha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %Ln rows without a location (lines %1)</source>
        <translation>
            <numerusform>se omitió %Ln fila sin ubicación (línea %1)</numerusform>
            <numerusform>se omitieron %Ln filas sin ubicación (líneas %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept %Ln rows without a date because theirs could not be read</source>
        <translation>
            <numerusform>se conservó %Ln fila sin fecha porque no se pudo leer la suya</numerusform>
            <numerusform>se conservaron %Ln filas sin fecha porque no se pudieron leer las suyas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>a summary and what was left out of it</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1: no row has a usable location</source>
        <translation>%1: ninguna fila tiene una ubicación utilizable</translation>
    </message>
    <message>
        <source>%1 has no column %2 (its columns: %3)</source>
        <translation>%1 no tiene la columna %2 (sus columnas: %3)</translation>
    </message>
    <message>
        <source>%1 has no coordinates: no longitude/latitude or x/y columns found; name the columns that hold them</source>
        <translation>%1 no tiene coordenadas: no se encontraron columnas de longitud/latitud ni x/y; nombre las columnas que las contienen</translation>
    </message>
    <message>
        <source>%1: no row has a usable location: the values of %2 and %3 (such as %4, %5) lie outside longitude/latitude&apos;s range; if they are projected x/y, say which coordinate reference system they use (e.g. EPSG:32737)</source>
        <translation>%1: ninguna fila tiene una ubicación utilizable: los valores de %2 y %3 (como %4, %5) están fuera del rango de longitud/latitud; si son x/y proyectadas, indique qué sistema de referencia de coordenadas usan (p. ej. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 cannot be read as a table of incidents</source>
        <translation>%1 no se puede leer como una tabla de incidentes</translation>
    </message>
    <message>
        <source>%1: unknown coordinate reference system %2 (write it as EPSG:32737, for example)</source>
        <translation>%1: sistema de referencia de coordenadas desconocido %2 (escríbalo como EPSG:32737, por ejemplo)</translation>
    </message>
    <message>
        <source>%1: dates such as %2 in column %3 could be day/month or month/day; choose the date format (e.g. %4)</source>
        <translation>%1: fechas como %2 en la columna %3 podrían ser día/mes o mes/día; elija el formato de fecha (p. ej. %4)</translation>
    </message>
    <message>
        <source>%1: column %2 holds no date CoSafe can read (such as %3); choose the date format</source>
        <translation>%1: la columna %2 no contiene ninguna fecha que CoSafe pueda leer (como %3); elija el formato de fecha</translation>
    </message>
    <message>
        <source>%1 has no column %2 (it has no columns)</source>
        <translation>%1 no tiene la columna %2 (no tiene columnas)</translation>
    </message>
    <message>
        <source>%1 has no layer %2 (its layers: %3)</source>
        <translation>%1 no tiene la capa %2 (sus capas: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln layers (%2); say which one holds the incidents</source>
        <translation>
            <numerusform>%1 tiene %Ln capa (%2); indique cuál contiene los incidentes</numerusform>
            <numerusform>%1 tiene %Ln capas (%2); indique cuál contiene los incidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>elegida</translation>
    </message>
    <message>
        <source>named like one</source>
        <translation>por su nombre</translation>
    </message>
    <message>
        <source>its values are degrees</source>
        <translation>sus valores son grados</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>ninguna elegida</translation>
    </message>
    <message>
        <source>year-month-day (2024-03-14)</source>
        <translation>año-mes-día (2024-03-14)</translation>
    </message>
    <message>
        <source>month only (2022-12), stored as the month&apos;s first day</source>
        <translation>solo el mes (2022-12), guardado como el primer día del mes</translation>
    </message>
    <message>
        <source>day.month.year (14.03.2024)</source>
        <translation>día.mes.año (14.03.2024)</translation>
    </message>
    <message>
        <source>day/month/year (14/03/2024)</source>
        <translation>día/mes/año (14/03/2024)</translation>
    </message>
    <message>
        <source>month/day/year (03/14/2024)</source>
        <translation>mes/día/año (03/14/2024)</translation>
    </message>
    <message>
        <source>weekday month day time year (Thu Apr 01 15:30:00 UTC 2010)</source>
        <translation>día de la semana, mes, día, hora, año (Thu Apr 01 15:30:00 UTC 2010)</translation>
    </message>
    <message>
        <source>written month (14 March 2024)</source>
        <translation>mes en letras (14 March 2024)</translation>
    </message>
    <message>
        <source>the chosen format %1</source>
        <translation>el formato elegido %1</translation>
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
        <translation>Usar CoSafe en %1 (a partir del próximo inicio)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>CoSafe will speak %1 the next time it starts. Every change to the project is already saved. Restart now?</source>
        <translation>CoSafe usará %1 la próxima vez que se inicie. Todos los cambios del proyecto ya están guardados. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Reiniciar ahora</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>CoSafe does not speak “%1”; choose one of: %2</source>
        <translation>CoSafe no está disponible en «%1»; elija uno de: %2</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Show layer “%1”</source>
        <translation>Mostrar capa «%1»</translation>
    </message>
    <message>
        <source>Hide layer “%1”</source>
        <translation>Ocultar capa «%1»</translation>
    </message>
    <message>
        <source>Rename layer “%1” to “%2”</source>
        <translation>Cambiar el nombre de la capa «%1» a «%2»</translation>
    </message>
    <message>
        <source>Set opacity of “%1” to %2%</source>
        <translation>Poner la opacidad de «%1» en %2 %</translation>
    </message>
    <message>
        <source>Remove layer “%1”</source>
        <translation>Quitar capa «%1»</translation>
    </message>
    <message>
        <source>Move layer “%1” up</source>
        <translation>Subir capa «%1»</translation>
    </message>
    <message>
        <source>Move layer “%1” down</source>
        <translation>Bajar capa «%1»</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>Vectorial</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Teselas</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tiles</source>
        <translation>
            <numerusform>%Ln tesela</numerusform>
            <numerusform>%Ln teselas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayersExportDialog</name>
    <message>
        <source>Export Layers</source>
        <translation>Exportar capas</translation>
    </message>
    <message>
        <source>&amp;GeoPackage (one file, opens in QGIS)</source>
        <translation>&amp;GeoPackage (un archivo, se abre en QGIS)</translation>
    </message>
    <message>
        <source>Geo&amp;JSON (a file per layer, tables as CSV)</source>
        <translation>Geo&amp;JSON (un archivo por capa, tablas como CSV)</translation>
    </message>
    <message>
        <source>&amp;Public version</source>
        <translation>Versión &amp;pública</translation>
    </message>
    <message>
        <source>Public: perception pins are moved to the centre of a %1 m grid square and stories, comments and notes are emptied, so the files can be shared openly.</source>
        <translation>Pública: los marcadores de percepción se mueven al centro de un cuadro de cuadrícula de %1 m y se vacían los relatos, comentarios y notas, para que los archivos se puedan compartir abiertamente.</translation>
    </message>
    <message>
        <source>Untick for the project team: pins at their places, with their stories. Contacts are never exported.</source>
        <translation>Desmarque para el equipo del proyecto: marcadores en sus lugares, con sus relatos. Los contactos nunca se exportan.</translation>
    </message>
    <message>
        <source>Choose a folder for the files</source>
        <translation>Elija una carpeta para los archivos</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Export Layers to Folder</source>
        <translation>Exportar capas a una carpeta</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <source>Basemap layers</source>
        <translation>Capas del mapa base</translation>
    </message>
    <message>
        <source>The map&apos;s layers, top to bottom; tick to show, drag to reorder</source>
        <translation>Las capas del mapa, de arriba abajo; marque para mostrar, arrastre para reordenar</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>No basemap yet. Import a street map (OpenStreetMap, GeoJSON, Shapefile…), MBTiles, or a photo of a paper map.</source>
        <translation>Aún no hay mapa base. Importe un mapa de calles (OpenStreetMap, GeoJSON, Shapefile…), MBTiles o una foto de un mapa en papel.</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Up: draw the selected layer above the one over it</source>
        <translation>Subir: dibujar la capa seleccionada por encima de la que tiene arriba</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move Down: draw the selected layer below the one under it</source>
        <translation>Bajar: dibujar la capa seleccionada por debajo de la que tiene abajo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected layer (Undo brings it back)</source>
        <translation>Quitar la capa seleccionada (Deshacer la recupera)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a map file, MBTiles or a photo of a paper map (Ctrl+I)</source>
        <translation>Importar un archivo de mapa, MBTiles o una foto de un mapa en papel (Ctrl+I)</translation>
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
        <translation>Zoom a la capa</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>opacity</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Quitar capa</translation>
    </message>
    <message>
        <source>Remove “%1” from the project? Undo (Ctrl+Z) brings it back until the project is closed.</source>
        <translation>¿Quitar «%1» del proyecto? Deshacer (Ctrl+Z) la recupera hasta que se cierre el proyecto.</translation>
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
        <translation>Las propuestas, marcadores y puntos de auditoría a los que responde esta acción; Delete quita los seleccionados</translation>
    </message>
    <message>
        <source>Pick on &amp;Map</source>
        <translation>Elegir en el &amp;mapa</translation>
    </message>
    <message>
        <source>Then click proposals, audit points or pins on the map to link them</source>
        <translation>Luego haga clic en propuestas, puntos de auditoría o marcadores en el mapa para vincularlos</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>No places linked yet: press Pick on Map and click proposals, audit points or pins.</source>
        <translation>Aún no hay lugares vinculados: pulse Elegir en el mapa y haga clic en propuestas, puntos de auditoría o marcadores.</translation>
    </message>
    <message>
        <source>Pick on Map adds more; select a place and press Remove to unlink it.</source>
        <translation>Elegir en el mapa agrega más; seleccione un lugar y pulse Quitar para desvincularlo.</translation>
    </message>
    <message>
        <source>That place is linked already</source>
        <translation>Ese lugar ya está vinculado</translation>
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
        <translation>Resumen del proyecto</translation>
    </message>
    <message>
        <source>Project opened</source>
        <translation>Proyecto abierto</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Every change since the project was opened; click one to go back to it</source>
        <translation>Todos los cambios desde que se abrió el proyecto; haga clic en uno para volver a él</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identificar</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>No hay proyectos recientes</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Borrar lista</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>How CoSafe saves</source>
        <translation>Cómo guarda CoSafe</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Basemap point features</source>
        <translation>Elementos puntuales del mapa base</translation>
    </message>
    <message>
        <source>Basemap line features</source>
        <translation>Elementos lineales del mapa base</translation>
    </message>
    <message>
        <source>Basemap polygon features</source>
        <translation>Elementos poligonales del mapa base</translation>
    </message>
    <message>
        <source>Polygon proposals</source>
        <translation>Propuestas de área</translation>
    </message>
    <message>
        <source>Line proposals</source>
        <translation>Propuestas de línea</translation>
    </message>
    <message>
        <source>Point proposals</source>
        <translation>Propuestas de punto</translation>
    </message>
    <message>
        <source>Basemap: project data</source>
        <translation>Mapa base: datos del proyecto</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>No hay ningún proyecto abierto</translation>
    </message>
    <message>
        <source>No basemap yet</source>
        <translation>Aún no hay mapa base</translation>
    </message>
    <message>
        <source>Image size must be 1 to %1 pixels a side, not %2x%3</source>
        <translation>El tamaño de la imagen debe ser de 1 a %1 píxeles por lado, no %2x%3</translation>
    </message>
    <message>
        <source>DPI must be between 10 and 2400, not %1</source>
        <translation>Los DPI deben estar entre 10 y 2400, no %1</translation>
    </message>
    <message>
        <source>Nothing to draw: the project has no visible basemap layer and nothing to show in the chosen overlays</source>
        <translation>Nada que dibujar: el proyecto no tiene ninguna capa de mapa base visible ni nada que mostrar en las capas superpuestas elegidas</translation>
    </message>
    <message>
        <source>Nothing to draw: the project has no visible basemap layer</source>
        <translation>Nada que dibujar: el proyecto no tiene ninguna capa de mapa base visible</translation>
    </message>
    <message>
        <source>Unknown map overlay %1; choose from %2</source>
        <translation>Capa superpuesta desconocida %1; elija entre %2</translation>
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
        <translation>El mapa está en la pantalla de presentación.
Pulse F5 o Escape para traerlo de vuelta aquí.</translation>
    </message>
    <message>
        <source>End Presentation</source>
        <translation>Terminar presentación</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>What Is &amp;Here?</source>
        <translation>¿Qué hay &amp;aquí?</translation>
    </message>
</context>
<context>
    <name>MapExportDialog</name>
    <message>
        <source>Export Map Image</source>
        <translation>Exportar imagen del mapa</translation>
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
        <translation>Vista &amp;actual</translation>
    </message>
    <message>
        <source>&amp;Whole project</source>
        <translation>&amp;Todo el proyecto</translation>
    </message>
    <message>
        <source>Choose where to save the image</source>
        <translation>Elija dónde guardar la imagen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>A&amp;ncho:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>A&amp;lto:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>Extent:</source>
        <translation>Extensión:</translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation>Dibujar:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>The heat map as the Perception Map panel sets it: source and radius</source>
        <translation>El mapa de calor tal como lo define el panel Mapa de percepción: fuente y radio</translation>
    </message>
    <message>
        <source>Blur pin locations for &amp;public sharing, to a grid of</source>
        <translation>Difuminar las ubicaciones de los marcadores para compartir en &amp;público, en una cuadrícula de</translation>
    </message>
    <message>
        <source>Each pin (and the heat made from pins) is drawn at the centre of its grid square, so no one&apos;s exact spot can be read from the map</source>
        <translation>Cada marcador (y el calor generado por los marcadores) se dibuja en el centro de su cuadro de la cuadrícula, para que no se pueda leer en el mapa el lugar exacto de nadie</translation>
    </message>
    <message>
        <source> m</source>
        <comment>after a number of metres</comment>
        <translation> m</translation>
    </message>
    <message>
        <source>Blur grid size</source>
        <translation>Tamaño de la cuadrícula de difuminado</translation>
    </message>
    <message>
        <source>The side of the grid squares pins are blurred to, in metres</source>
        <translation>El lado de los cuadros de la cuadrícula en que se difuminan los marcadores, en metros</translation>
    </message>
    <message>
        <source>Prints %1 × %2 cm at this resolution</source>
        <translation>Se imprime a %1 × %2 cm con esta resolución</translation>
    </message>
    <message>
        <source>map</source>
        <comment>a file name</comment>
        <translation>mapa</translation>
    </message>
    <message>
        <source>PNG images (%1)</source>
        <translation>Imágenes PNG (%1)</translation>
    </message>
    <message>
        <source>Map not exported</source>
        <translation>El mapa no se exportó</translation>
    </message>
    <message>
        <source>%1 could not be written (check that the folder exists and that you may write to it)</source>
        <translation>No se pudo escribir %1 (compruebe que la carpeta existe y que tiene permiso para escribir en ella)</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Toolbar: Open, Export, Undo, Zoom</source>
        <translation>Barra de herramientas: Abrir, Exportar, Deshacer, Zoom</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a command and its key</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;High-Contrast Map</source>
        <translation>Mapa de &amp;alto contraste</translation>
    </message>
    <message>
        <source>Black ink on white for bright rooms and weak projectors: only the groups are in colour</source>
        <translation>Tinta negra sobre blanco para salas luminosas y proyectores débiles: solo los grupos van en color</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Pa&amp;ntalla completa</translation>
    </message>
    <message>
        <source>The window fills the screen</source>
        <translation>La ventana ocupa toda la pantalla</translation>
    </message>
    <message>
        <source>Presentation &amp;Mode</source>
        <translation>&amp;Modo presentación</translation>
    </message>
    <message>
        <source>The map for the room: full screen on the projector, large text, only the tools the room uses</source>
        <translation>El mapa para la sala: pantalla completa en el proyector, texto grande y solo las herramientas que usa la sala</translation>
    </message>
    <message>
        <source>Leave Full Screen or Presentation</source>
        <translation>Salir de pantalla completa o presentación</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a text size</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Crear un archivo de proyecto vacío</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open a CoSafe project file</source>
        <translation>Abrir un archivo de proyecto de CoSafe</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>Abrir proyecto de e&amp;jemplo</translation>
    </message>
    <message>
        <source>Open a fresh copy of the sample project to explore CoSafe</source>
        <translation>Abrir una copia nueva del proyecto de ejemplo para explorar CoSafe</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Write a copy of the project to another file and continue there</source>
        <translation>Escribir una copia del proyecto en otro archivo y seguir trabajando en ella</translation>
    </message>
    <message>
        <source>Remove &amp;Traces of Deleted Records…</source>
        <translation>Eliminar ras&amp;tros de registros borrados…</translation>
    </message>
    <message>
        <source>Rewrite the project file so nothing deleted records held can be recovered</source>
        <translation>Reescribir el archivo del proyecto para que no se pueda recuperar nada de lo que contenían los registros borrados</translation>
    </message>
    <message>
        <source>E&amp;xport Map Image…</source>
        <translation>Exportar imagen del &amp;mapa…</translation>
    </message>
    <message>
        <source>Save the map as a PNG image for slides, posters and reports</source>
        <translation>Guardar el mapa como imagen PNG para diapositivas, afiches e informes</translation>
    </message>
    <message>
        <source>Zoom to &amp;Project</source>
        <translation>Zoom al &amp;proyecto</translation>
    </message>
    <message>
        <source>Show the workshop area: the proposals, pins, walks and the project area set</source>
        <translation>Mostrar la zona del taller: propuestas, marcadores, recorridos y el área del proyecto definida</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Project &amp;Properties…</source>
        <translation>&amp;Propiedades del proyecto…</translation>
    </message>
    <message>
        <source>Name, place, description, privacy threshold, currency and report language</source>
        <translation>Nombre, lugar, descripción, umbral de privacidad, moneda e idioma de los informes</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Restablecer disposición</translation>
    </message>
    <message>
        <source>Put the panels back where they started</source>
        <translation>Devolver los paneles a su posición inicial</translation>
    </message>
    <message>
        <source>Ne&amp;xt Panel</source>
        <translation>Panel si&amp;guiente</translation>
    </message>
    <message>
        <source>Move the keyboard to the next panel: the map, the workshop bar, each open panel</source>
        <translation>Llevar el teclado al panel siguiente: el mapa, la barra del taller, cada panel abierto</translation>
    </message>
    <message>
        <source>Previous Panel</source>
        <translation>Panel anterior</translation>
    </message>
    <message>
        <source>Move the keyboard to the panel before</source>
        <translation>Llevar el teclado al panel anterior</translation>
    </message>
    <message>
        <source>&amp;About CoSafe</source>
        <translation>&amp;Acerca de CoSafe</translation>
    </message>
    <message>
        <source>How CoSafe &amp;Saves</source>
        <translation>&amp;Cómo guarda CoSafe</translation>
    </message>
    <message>
        <source>&amp;Workshop Guide</source>
        <translation>&amp;Guía del taller</translation>
    </message>
    <message>
        <source>Preparing a workshop, running it and what comes after, illustrated (offline)</source>
        <translation>Cómo preparar un taller, realizarlo y qué viene después, con ilustraciones (sin conexión)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Every key CoSafe answers to, by menu</source>
        <translation>Todas las teclas que reconoce CoSafe, por menú</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Presentation &amp;Text Size</source>
        <translation>&amp;Tamaño de texto de la presentación</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Show or hide the toolbar with Open Project, Export Map Image, Undo, Redo and Zoom to Project</source>
        <translation>Mostrar u ocultar la barra de herramientas con Abrir proyecto, Exportar imagen del mapa, Deshacer, Rehacer y Zoom al proyecto</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Backing up the project…</source>
        <translation>Haciendo copia de seguridad del proyecto…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pin stories</source>
        <translation>
            <numerusform>%Ln relato de marcador</numerusform>
            <numerusform>%Ln relatos de marcadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comments and notes</source>
        <translation>
            <numerusform>%Ln comentario o nota</numerusform>
            <numerusform>%Ln comentarios y notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln facilitators&apos; names</source>
        <translation>
            <numerusform>%Ln nombre de facilitador/a</numerusform>
            <numerusform>%Ln nombres de facilitadores</numerusform>
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
            <numerusform>%Ln participante fuera de %1</numerusform>
            <numerusform>%Ln participantes fuera de %1</numerusform>
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
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Left out, and kept only in this project: %1.</source>
        <translation>Omitido, y guardado solo en este proyecto: %1.</translation>
    </message>
    <message>
        <source>Left out: nothing, since the project holds no contact, story, comment, note, name or photo.</source>
        <translation>Omitido: nada, ya que el proyecto no contiene ningún contacto, relato, comentario, nota, nombre ni foto.</translation>
    </message>
    <message>
        <source>Left out: nothing, since the project holds no contact, story, comment, note, name or photo and no participant outside %1.</source>
        <translation>Omitido: nada, ya que el proyecto no contiene ningún contacto, relato, comentario, nota, nombre ni foto, ni participantes fuera de %1.</translation>
    </message>
    <message>
        <source>Left out: nothing, since the project holds no contact, story, comment, note, name or photo and no participant.</source>
        <translation>Omitido: nada, ya que el proyecto no contiene ningún contacto, relato, comentario, nota, nombre ni foto, ni participantes.</translation>
    </message>
    <message>
        <source>The copy holds who took part in every group: each participant&apos;s code, gender, age band and role (never a contact). Anyone who finds the stick can read them.</source>
        <translation>La copia contiene quiénes participaron en cada grupo: el código, género, grupo de edad y rol de cada participante (nunca un contacto). Cualquiera que encuentre la memoria puede leerlos.</translation>
    </message>
    <message>
        <source>Several workshops have a group called “%1”; name it with its workshop, such as “%2”</source>
        <translation>Varios talleres tienen un grupo llamado «%1»; nómbrelo junto con su taller, como «%2»</translation>
    </message>
    <message>
        <source>No group is called “%1”; the project has no groups</source>
        <translation>Ningún grupo se llama «%1»; el proyecto no tiene grupos</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a group&apos;s name quoted</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>No group is called “%1”; the groups are %2</source>
        <translation>Ningún grupo se llama «%1»; los grupos son %2</translation>
    </message>
    <message>
        <source>Give the field copy a name, such as “Field team 2”</source>
        <translation>Dé un nombre a la copia de campo, como «Equipo de campo 2»</translation>
    </message>
    <message>
        <source>Choose a different file name for the field copy</source>
        <translation>Elija otro nombre de archivo para la copia de campo</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the field copy</source>
        <translation>%1 ya existe; elija otro nombre para la copia de campo</translation>
    </message>
    <message>
        <source>The project is read-only (%1); a field copy needs to write to it</source>
        <translation>El proyecto es de solo lectura (%1); una copia de campo necesita escribir en él</translation>
    </message>
    <message>
        <source>The team&apos;s group is no longer in the project; choose another</source>
        <translation>El grupo del equipo ya no está en el proyecto; elija otro</translation>
    </message>
    <message>
        <source>The field copy was not written: cannot write in %1: %2</source>
        <translation>La copia de campo no se escribió: no se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>The field copy was not written: %1</source>
        <translation>La copia de campo no se escribió: %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <source>Merging %1</source>
        <translation>Combinando %1</translation>
    </message>
    <message>
        <source>%1 is damaged: a geometry in it cannot be read</source>
        <translation>%1 está dañado: no se puede leer una de sus geometrías</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>%1 holds a record this project cannot take (%2)</source>
        <translation>%1 contiene un registro que este proyecto no puede aceptar (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: its records cannot be read (%2)</source>
        <translation>%1 está dañado: no se pueden leer sus registros (%2)</translation>
    </message>
    <message>
        <source>The merge was cancelled; nothing was changed</source>
        <translation>La combinación se canceló; no se cambió nada</translation>
    </message>
    <message>
        <source>%1 is the project you are merging into; choose another file</source>
        <translation>%1 es el proyecto en el que está combinando; elija otro archivo</translation>
    </message>
    <message>
        <source>laptop of %1</source>
        <comment>a laptop never named, called after a file merged from it</comment>
        <translation>computadora de %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a file and the laptop it came from: “field2.gpkg (Field team 2)”</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 skipped, %5 in conflict</source>
        <translation>%1: %2 agregados, %3 actualizados, %4 omitidos, %5 en conflicto</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Este proyecto</translation>
    </message>
    <message>
        <source>%1 is a field copy, so it leaves out of %2 what a field copy may not hold: here, nothing.</source>
        <translation>%1 es una copia de campo, así que deja fuera de %2 lo que una copia de campo no puede contener: en este caso, nada.</translation>
    </message>
    <message>
        <source>%1 is a field copy, so it leaves out of %2 what a field copy may not hold: %3.</source>
        <translation>%1 es una copia de campo, así que deja fuera de %2 lo que una copia de campo no puede contener: %3.</translation>
    </message>
    <message>
        <source>No conflict on that %1 is waiting to be resolved</source>
        <comment>%1 is a kind of record</comment>
        <translation>No hay ningún conflicto pendiente sobre ese registro (%1)</translation>
    </message>
    <message>
        <source>Two %1 cannot share a key; keep mine or theirs</source>
        <comment>%1 is a kind of record, in lower case: “reason tags”</comment>
        <translation>Dos registros (%1) no pueden compartir una clave; conserve la mía o la otra</translation>
    </message>
    <message>
        <source>Keep my %1 “%2”</source>
        <translation>Conservar mi %1 «%2»</translation>
    </message>
    <message>
        <source>Keep their %1 “%2”</source>
        <translation>Conservar la otra versión de %1 «%2»</translation>
    </message>
    <message>
        <source>Keep both versions of %1 “%2”</source>
        <translation>Conservar ambas versiones de %1 «%2»</translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation>Conservar mi %1</translation>
    </message>
    <message>
        <source>Keep their %1</source>
        <translation>Conservar la otra versión de %1</translation>
    </message>
    <message>
        <source>Keep both versions of %1</source>
        <translation>Conservar ambas versiones de %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was merged</source>
        <comment>a file, then what is wrong in it</comment>
        <translation>%1: %2; no se combinó nada</translation>
    </message>
    <message>
        <source>%1 is damaged: the list of what its field copy left out cannot be read</source>
        <translation>%1 está dañado: no se puede leer la lista de lo que omitió su copia de campo</translation>
    </message>
</context>
<context>
    <name>MergeConflicts</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Basado en</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Beneficiarios</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentimiento dado</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Costo estimado</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>Principio CPTED</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>Conjunto de criterios</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Photo or file</source>
        <translation>Foto o archivo</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>Tabla de datos</translation>
    </message>
    <message>
        <source>Day or night</source>
        <translation>Día o noche</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Hecho en</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador/a</translation>
    </message>
    <message>
        <source>Feature count</source>
        <translation>Número de elementos</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sensación</translation>
    </message>
    <message>
        <source>Translated field</source>
        <translation>Campo traducido</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Location and shape</source>
        <translation>Ubicación y forma</translation>
    </message>
    <message>
        <source>What good means</source>
        <translation>Qué significa bueno</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Realizado el</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Intervention type</source>
        <translation>Tipo de intervención</translation>
    </message>
    <message>
        <source>Is active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Outcome criterion</source>
        <translation>Criterio de resultado</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
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
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Time it occurred</source>
        <translation>Hora en que ocurrió</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Ocurrió el</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <source>Belongs to (kind)</source>
        <translation>Pertenece a (tipo)</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Pertenece a</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Punto</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Prevention approach</source>
        <translation>Enfoque de prevención</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Priority from votes</source>
        <translation>Prioridad según votos</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Traducción de</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Conjunto</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Source format</source>
        <translation>Formato de origen</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Nombre de origen</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Actor clave</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Empieza el</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Story approval</source>
        <translation>Aprobación del relato</translation>
    </message>
    <message>
        <source>Style class</source>
        <translation>Clase de estilo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>Tabla de destino</translation>
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
        <translation>Momento del día</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Votes per participant</source>
        <translation>Votos por participante</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Walked on</source>
        <translation>Recorrido el</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>(deleted on this laptop)</source>
        <translation>(eliminado en esta computadora)</translation>
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
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the labels of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>(not in this project)</source>
        <translation>(no está en este proyecto)</translation>
    </message>
    <message>
        <source>Point %1</source>
        <comment>an audit point by its number</comment>
        <translation>Punto %1</translation>
    </message>
    <message>
        <source>Untitled %1</source>
        <comment>%1: a kind of record</comment>
        <translation>%1 sin título</translation>
    </message>
    <message>
        <source>A shape with no points</source>
        <translation>Una forma sin puntos</translation>
    </message>
    <message>
        <source>Point at %1, %2</source>
        <comment>longitude, latitude</comment>
        <translation>Punto en %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Line of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Línea de %Ln punto cerca de %1, %2</numerusform>
            <numerusform>Línea de %Ln puntos cerca de %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Area of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Área de %Ln punto cerca de %1, %2</numerusform>
            <numerusform>Área de %Ln puntos cerca de %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Areas of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Áreas de %Ln punto cerca de %1, %2</numerusform>
            <numerusform>Áreas de %Ln puntos cerca de %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Líneas de %Ln punto cerca de %1, %2</numerusform>
            <numerusform>Líneas de %Ln puntos cerca de %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln points around %2, %3</source>
        <comment>%1: a kind of shape</comment>
        <translation>
            <numerusform>%1 de %Ln punto cerca de %2, %3</numerusform>
            <numerusform>%1 de %Ln puntos cerca de %2, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <comment>%1: a kind of record, %2: its name</comment>
        <translation>%1 «%2»</translation>
    </message>
</context>
<context>
    <name>MergeFeature</name>
    <message>
        <source>Merge Conflicts</source>
        <translation>Conflictos de combinación</translation>
    </message>
    <message>
        <source>&amp;Merge Projects…</source>
        <translation>Combinar pro&amp;yectos…</translation>
    </message>
    <message>
        <source>Bring in the records of project files from other laptops</source>
        <translation>Incorporar los registros de archivos de proyecto de otras computadoras</translation>
    </message>
    <message>
        <source>Resolve Merge Con&amp;flicts…</source>
        <translation>Resolver con&amp;flictos de combinación…</translation>
    </message>
    <message>
        <source>Compare records changed on two laptops and choose which to keep</source>
        <translation>Comparar los registros cambiados en dos computadoras y elegir cuál conservar</translation>
    </message>
    <message>
        <source>&amp;Hand Out Field Copy…</source>
        <translation>&amp;Entregar copia de campo…</translation>
    </message>
    <message>
        <source>Write a copy of the project for a field team&apos;s laptop</source>
        <translation>Escribir una copia del proyecto para la computadora de un equipo de campo</translation>
    </message>
    <message>
        <source>Merge Histor&amp;y…</source>
        <translation>&amp;Historial de combinaciones…</translation>
    </message>
    <message>
        <source>Which files were merged into this project, and when</source>
        <translation>Qué archivos se combinaron en este proyecto y cuándo</translation>
    </message>
    <message>
        <source>Merge Conflicts (%1)</source>
        <translation>Conflictos de combinación (%1)</translation>
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
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Merge cancelled; nothing was changed</source>
        <translation>Combinación cancelada; no se cambió nada</translation>
    </message>
    <message>
        <source>Nothing was merged</source>
        <translation>No se combinó nada</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <comment>%1: file names</comment>
        <translation>Combinando %1…</translation>
    </message>
    <message>
        <source>The merge did not happen</source>
        <translation>La combinación no se realizó</translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 updated, %4 in conflict. Backup: %5</source>
        <translation>Combinado %1: %2 agregados, %3 actualizados, %4 en conflicto. Copia de seguridad: %5</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Merge History</source>
        <translation>Historial de combinaciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files merged into “%1”&lt;/b&gt;, newest first</source>
        <translation>&lt;b&gt;Archivos combinados en «%1»&lt;/b&gt;, los más recientes primero</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files merged into this project&lt;/b&gt;, newest first</source>
        <translation>&lt;b&gt;Archivos combinados en este proyecto&lt;/b&gt;, los más recientes primero</translation>
    </message>
    <message>
        <source>No files have been merged into this project yet.</source>
        <translation>Aún no se ha combinado ningún archivo en este proyecto.</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>Merge Projects</source>
        <translation>Combinar proyectos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workshops</source>
        <translation>
            <numerusform>%Ln taller</numerusform>
            <numerusform>%Ln talleres</numerusform>
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
            <numerusform>%Ln capa de mapa base</numerusform>
            <numerusform>%Ln capas de mapa base</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals</source>
        <translation>
            <numerusform>%Ln propuesta</numerusform>
            <numerusform>%Ln propuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln criteria sets</source>
        <translation>
            <numerusform>%Ln conjunto de criterios</numerusform>
            <numerusform>%Ln conjuntos de criterios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln criteria</source>
        <translation>
            <numerusform>%Ln criterio</numerusform>
            <numerusform>%Ln criterios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit walks</source>
        <translation>
            <numerusform>%Ln recorrido de auditoría</numerusform>
            <numerusform>%Ln recorridos de auditoría</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln walk participants</source>
        <translation>
            <numerusform>%Ln participante de recorrido</numerusform>
            <numerusform>%Ln participantes de recorridos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit points</source>
        <translation>
            <numerusform>%Ln punto de auditoría</numerusform>
            <numerusform>%Ln puntos de auditoría</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit scores</source>
        <translation>
            <numerusform>%Ln puntaje de auditoría</numerusform>
            <numerusform>%Ln puntajes de auditoría</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checklist answers</source>
        <translation>
            <numerusform>%Ln respuesta de lista de verificación</numerusform>
            <numerusform>%Ln respuestas de lista de verificación</numerusform>
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
            <numerusform>%Ln marcador de percepción</numerusform>
            <numerusform>%Ln marcadores de percepción</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents</source>
        <translation>
            <numerusform>%Ln incidente registrado</numerusform>
            <numerusform>%Ln incidentes registrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln actor clave</numerusform>
            <numerusform>%Ln actores clave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions</source>
        <translation>
            <numerusform>%Ln acción</numerusform>
            <numerusform>%Ln acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action partners</source>
        <translation>
            <numerusform>%Ln socio de acción</numerusform>
            <numerusform>%Ln socios de acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action links</source>
        <translation>
            <numerusform>%Ln vínculo de acción</numerusform>
            <numerusform>%Ln vínculos de acciones</numerusform>
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
            <numerusform>%Ln foto o archivo</numerusform>
            <numerusform>%Ln fotos y archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln laptop names</source>
        <translation>
            <numerusform>%Ln nombre de computadora</numerusform>
            <numerusform>%Ln nombres de computadoras</numerusform>
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
            <numerusform>• Se agregará %Ln registro nuevo (%1).</numerusform>
            <numerusform>• Se agregarán %Ln registros nuevos (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records changed only on that laptop will be updated to its version (%1).</source>
        <translation>
            <numerusform>• %Ln registro cambiado solo en esa computadora se actualizará a su versión (%1).</numerusform>
            <numerusform>• %Ln registros cambiados solo en esa computadora se actualizarán a su versión (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records were changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts.</source>
        <translation>
            <numerusform>• %Ln registro se cambió en ambas computadoras: este proyecto conserva su versión y la otra se guarda aparte para que elija en Conflictos de combinación.</numerusform>
            <numerusform>• %Ln registros se cambiaron en ambas computadoras: este proyecto conserva su versión y la otra se guarda aparte para que elija en Conflictos de combinación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records were changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts (%1).</source>
        <translation>
            <numerusform>• %Ln registro se cambió en ambas computadoras: este proyecto conserva su versión y la otra se guarda aparte para que elija en Conflictos de combinación (%1).</numerusform>
            <numerusform>• %Ln registros se cambiaron en ambas computadoras: este proyecto conserva su versión y la otra se guarda aparte para que elija en Conflictos de combinación (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records already waiting in Merge Conflicts from an earlier merge.</source>
        <translation>
            <numerusform>• %Ln registro ya pendiente en Conflictos de combinación de una combinación anterior.</numerusform>
            <numerusform>• %Ln registros ya pendientes en Conflictos de combinación de una combinación anterior.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records are the same in both, or newer here, and are skipped.</source>
        <translation>
            <numerusform>• %Ln registro es igual en ambos, o más reciente aquí, y se omite.</numerusform>
            <numerusform>• %Ln registros son iguales en ambos, o más recientes aquí, y se omiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>• Nothing new: everything in this file is already in the project.</source>
        <translation>• Nada nuevo: todo lo de este archivo ya está en el proyecto.</translation>
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
        <translation>Combinar proyectos</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Merging %Ln files into “%1”&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Combinando %Ln archivo en «%1»&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Combinando %Ln archivos en «%1»&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>A merge cannot be undone with Undo; the file is backed up first, to %1 beside it (open that copy to go back). The undo history is cleared, so that no earlier step can overwrite what came in.</source>
        <translation>Una combinación no se puede deshacer con Deshacer; antes se hace una copia de seguridad del archivo en %1, a su lado (abra esa copia para volver atrás). El historial de cambios se borra, para que ningún paso anterior pueda sobrescribir lo que entró.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Combinar</translation>
    </message>
</context>
<context>
    <name>OpenRoomDialog</name>
    <message>
        <source>Open the Room</source>
        <translation>Abrir la sala</translation>
    </message>
    <message>
        <source>Phones on the same network as this computer (its hotspot, or the local router) join by scanning the code shown. Nothing goes to the internet.</source>
        <translation>Los teléfonos en la misma red que este ordenador (su punto de acceso o el router local) se unen escaneando el código que se muestra. Nada va a internet.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>The network the phones are on: this computer listens on it only</source>
        <translation>La red en la que están los teléfonos: este ordenador escucha solo en ella</translation>
    </message>
    <message>
        <source>This computer only (%1): no phone can reach it</source>
        <translation>Solo este ordenador (%1): ningún teléfono puede llegar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a network&apos;s name and this computer&apos;s address on it</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>The port phones connect to; 0 picks a free one</source>
        <translation>El puerto al que se conectan los teléfonos; 0 elige uno libre</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Cualquier puerto libre</translation>
    </message>
    <message>
        <source>This computer is on no network: start its hotspot or join the room&apos;s Wi-Fi, then open the room again. Only this computer can reach the room now.</source>
        <translation>Este ordenador no está en ninguna red: active su punto de acceso o únase al Wi-Fi de la sala y vuelva a abrir la sala. Ahora solo este ordenador puede llegar a la sala.</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Safety audits</source>
        <translation>Auditorías de seguridad</translation>
    </message>
    <message>
        <source>Perceptions and incidents</source>
        <translation>Percepciones e incidentes</translation>
    </message>
    <message>
        <source>Proposals and action plan</source>
        <translation>Propuestas y plan de acción</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>Mapa base</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>No hay ningún proyecto abierto</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Proyecto sin título</translation>
    </message>
    <message>
        <source>Created %1
Last changed %2</source>
        <translation>Creado el %1
Último cambio el %2</translation>
    </message>
    <message>
        <source>Privacy: counts and means for groups smaller than %1 are hidden, and so is any count from which one could be worked out</source>
        <translation>Privacidad: los conteos y promedios de grupos de menos de %1 se ocultan, al igual que cualquier conteo a partir del cual se pudieran deducir</translation>
    </message>
</context>
<context>
    <name>PaperFeature</name>
    <message>
        <source>Print &amp;Group Maps…</source>
        <translation>Imprimir &amp;mapas de grupo…</translation>
    </message>
    <message>
        <source>Print a map for each group to mark with dot stickers, and read a photo of it back later</source>
        <translation>Imprimir un mapa por grupo para marcarlo con pegatinas de puntos y leer después una foto de él</translation>
    </message>
    <message>
        <source>Read &amp;Paper Sheets…</source>
        <translation>Leer &amp;hojas de papel…</translation>
    </message>
    <message>
        <source>Add the dot stickers on photos of printed group maps to the project</source>
        <translation>Añadir al proyecto las pegatinas de las fotos de mapas de grupo impresos</translation>
    </message>
    <message>
        <source>Print Audit S&amp;heets…</source>
        <translation>Imprimir hojas de &amp;auditoría…</translation>
    </message>
    <message>
        <source>Print tick-box sheets for an audit walk&apos;s points, and read a photo of them back later</source>
        <translation>Imprimir hojas con casillas para los puntos de un recorrido de auditoría y leer después una foto de ellas</translation>
    </message>
</context>
<context>
    <name>PaperMap</name>
    <message numerus="yes">
        <source>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %Ln points. Three points always fit exactly: add a fourth to check them.</source>
        <translation>
            <numerusform>&lt;b&gt;Ajuste: error RMS %1 m&lt;/b&gt; con %Ln punto. Tres puntos siempre se ajustan exactamente: agregue un cuarto para comprobarlos.</numerusform>
            <numerusform>&lt;b&gt;Ajuste: error RMS %1 m&lt;/b&gt; con %Ln puntos. Tres puntos siempre se ajustan exactamente: agregue un cuarto para comprobarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %Ln points. A point far off the others was probably clicked in the wrong place.</source>
        <translation>
            <numerusform>&lt;b&gt;Ajuste: error RMS %1 m&lt;/b&gt; con %Ln punto. Un punto muy alejado de los demás probablemente se marcó en el lugar equivocado.</numerusform>
            <numerusform>&lt;b&gt;Ajuste: error RMS %1 m&lt;/b&gt; con %Ln puntos. Un punto muy alejado de los demás probablemente se marcó en el lugar equivocado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperMapDialog</name>
    <message>
        <source>Place Paper Map</source>
        <translation>Ubicar mapa en papel</translation>
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
        <translation>Punto</translation>
    </message>
    <message>
        <source>On the photo (pixels)</source>
        <translation>En la foto (píxeles)</translation>
    </message>
    <message>
        <source>On the map (lon, lat)</source>
        <translation>En el mapa (lon, lat)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Remove Point</source>
        <translation>&amp;Quitar punto</translation>
    </message>
    <message>
        <source>&amp;Undo Last</source>
        <translation>&amp;Deshacer último</translation>
    </message>
    <message>
        <source>Backspace</source>
        <comment>the key</comment>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>opacity</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Layer &amp;name:</source>
        <translation>&amp;Nombre de la capa:</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>&amp;Opacidad:</translation>
    </message>
    <message>
        <source>Place Map</source>
        <translation>Ubicar mapa</translation>
    </message>
    <message>
        <source>Click the place on the photo first, then the same place on the map.</source>
        <translation>Primero haga clic en el lugar en la foto, luego en el mismo lugar en el mapa.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence without its full stop</comment>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln more points to place the map.</source>
        <translation>
            <numerusform>Agregue %Ln punto más para ubicar el mapa.</numerusform>
            <numerusform>Agregue %Ln puntos más para ubicar el mapa.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 m</source>
        <comment>metres</comment>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Now click the same place on the map (point %1). Drag to move the map, scroll to zoom.</source>
        <translation>Ahora haga clic en el mismo lugar en el mapa (punto %1). Arrastre para mover el mapa, use la rueda para hacer zoom.</translation>
    </message>
    <message>
        <source>Click a place you can recognise on the photo — a corner, a bridge, a junction.</source>
        <translation>Haga clic en un lugar que pueda reconocer en la foto: una esquina, un puente, un cruce.</translation>
    </message>
    <message>
        <source>The map was not placed: %1.</source>
        <translation>El mapa no se ubicó: %1.</translation>
    </message>
</context>
<context>
    <name>PaperReview</name>
    <message>
        <source>two stickers touching</source>
        <translation>dos pegatinas que se tocan</translation>
    </message>
    <message>
        <source>a sticker half off the map</source>
        <translation>una pegatina medio fuera del mapa</translation>
    </message>
    <message>
        <source>a sticker cut by the photo&apos;s edge</source>
        <translation>una pegatina cortada por el borde de la foto</translation>
    </message>
    <message>
        <source>its number is not sure (%1?)</source>
        <translation>su número no es seguro (¿%1?)</translation>
    </message>
    <message>
        <source>writing beside it that is no number</source>
        <translation>algo escrito al lado que no es un número</translation>
    </message>
    <message>
        <source>smaller than a sticker: maybe a pen&apos;s mark</source>
        <translation>más pequeña que una pegatina: quizá una marca de bolígrafo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dots</source>
        <translation>
            <numerusform>%Ln punto</numerusform>
            <numerusform>%Ln puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pen lines</source>
        <translation>
            <numerusform>%Ln línea de bolígrafo</numerusform>
            <numerusform>%Ln líneas de bolígrafo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pen shapes</source>
        <comment>a closed pen line: an area</comment>
        <translation>
            <numerusform>%Ln forma de bolígrafo</numerusform>
            <numerusform>%Ln formas de bolígrafo</numerusform>
        </translation>
    </message>
    <message>
        <source>no marks</source>
        <translation>ninguna marca</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>two counts of a list: 3 dots, 1 pen line</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>a faint or irregular mark</source>
        <translation>una marca débil o irregular</translation>
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
        <translation>Género</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Private contact</source>
        <translation>Contacto privado</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Contacts are never exported by default. Add one only when the person asks to be contacted.</source>
        <translation>Los contactos nunca se exportan de forma predeterminada. Agregue uno solo cuando la persona pida que la contacten.</translation>
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
        <translation>Los participantes del taller: edite una celda directamente; cada cambio es un paso de deshacer</translation>
    </message>
    <message>
        <source>Keys as on the sign-in sheet — &lt;b&gt;Gender&lt;/b&gt; %1 · &lt;b&gt;Age&lt;/b&gt; 1–6 · &lt;b&gt;Role&lt;/b&gt; first letter(s) · &lt;b&gt;Group&lt;/b&gt; 1–9, 0 none · &lt;b&gt;Space&lt;/b&gt; consent · double-click for a list. Every change is saved at once and can be undone (Ctrl+Z).</source>
        <translation>Teclas como en la hoja de registro — &lt;b&gt;Género&lt;/b&gt; %1 · &lt;b&gt;Edad&lt;/b&gt; 1–6 · &lt;b&gt;Rol&lt;/b&gt; primera(s) letra(s) · &lt;b&gt;Grupo&lt;/b&gt; 1–9, 0 ninguno · &lt;b&gt;Space&lt;/b&gt; consentimiento · doble clic para una lista. Cada cambio se guarda al instante y se puede deshacer (Ctrl+Z).</translation>
    </message>
    <message>
        <source>This project is open read-only: participants can be viewed, not changed.</source>
        <translation>Este proyecto está abierto en solo lectura: se pueden ver los participantes, no cambiarlos.</translation>
    </message>
    <message>
        <source>Show private contact column</source>
        <translation>Mostrar la columna de contacto privado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Private:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Privado:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected participants and their votes (Undo brings them back)</source>
        <translation>Eliminar los participantes seleccionados y sus votos (Deshacer los recupera)</translation>
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
        <translation>Cada participante necesita un código.</translation>
    </message>
    <message>
        <source>%1 is already used in this workshop — codes must be unique.</source>
        <translation>%1 ya se usa en este taller: los códigos deben ser únicos.</translation>
    </message>
    <message>
        <source>Change code of %1 to %2</source>
        <translation>Cambiar el código de %1 a %2</translation>
    </message>
    <message>
        <source>Change gender of %1</source>
        <translation>Cambiar el género de %1</translation>
    </message>
    <message>
        <source>Change age band of %1</source>
        <translation>Cambiar el grupo de edad de %1</translation>
    </message>
    <message>
        <source>Change role of %1</source>
        <translation>Cambiar el rol de %1</translation>
    </message>
    <message>
        <source>Change group of %1</source>
        <translation>Cambiar el grupo de %1</translation>
    </message>
    <message>
        <source>Change disability of %1</source>
        <translation>Cambiar la discapacidad de %1</translation>
    </message>
    <message>
        <source>Change consent of %1</source>
        <translation>Cambiar el consentimiento de %1</translation>
    </message>
    <message>
        <source>Change private contact of %1</source>
        <translation>Cambiar el contacto privado de %1</translation>
    </message>
    <message>
        <source>Change code of %1</source>
        <translation>Cambiar el código de %1</translation>
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
            <numerusform>¿Eliminar %Ln participante (%1) y sus %2? Deshacer (Ctrl+Z) los recupera.</numerusform>
            <numerusform>¿Eliminar %Ln participantes (%1) y sus %2? Deshacer (Ctrl+Z) los recupera.</numerusform>
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
            <numerusform>¿Eliminar %Ln participante (%1)? Deshacer (Ctrl+Z) lo recupera.</numerusform>
            <numerusform>¿Eliminar %Ln participantes (%1)? Deshacer (Ctrl+Z) los recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete participants</source>
        <translation>Eliminar participantes</translation>
    </message>
    <message numerus="yes">
        <source>Delete participants %1</source>
        <translation>
            <numerusform>Eliminar participante %1</numerusform>
            <numerusform>Eliminar participantes %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln participants</source>
        <translation>
            <numerusform>Eliminar %Ln participante</numerusform>
            <numerusform>Eliminar %Ln participantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersField</name>
    <message>
        <source>Responsible for this action</source>
        <translation>Responsable de esta acción</translation>
    </message>
</context>
<context>
    <name>PdfPathRow</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
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
        <translation>Taller:</translation>
    </message>
    <message>
        <source>Show only some workshop choices</source>
        <translation>Mostrar solo algunos talleres</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>Show only some group choices</source>
        <translation>Mostrar solo algunos grupos</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Género:</translation>
    </message>
    <message>
        <source>Show only some gender choices</source>
        <translation>Mostrar solo algunos géneros</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Edad:</translation>
    </message>
    <message>
        <source>Show only some age choices</source>
        <translation>Mostrar solo algunos grupos de edad</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Show only some role choices</source>
        <translation>Mostrar solo algunos roles</translation>
    </message>
    <message>
        <source>Time of day:</source>
        <translation>Momento del día:</translation>
    </message>
    <message>
        <source>Show only some time of day choices</source>
        <translation>Mostrar solo algunos momentos del día</translation>
    </message>
    <message>
        <source>Only these dates:</source>
        <translation>Solo estas fechas:</translation>
    </message>
    <message>
        <source>Only these dates</source>
        <translation>Solo estas fechas</translation>
    </message>
    <message>
        <source>Keep only audits and pins from the dates below</source>
        <translation>Conservar solo las auditorías y marcadores de las fechas de abajo</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Primera fecha</translation>
    </message>
    <message>
        <source>The first date to keep</source>
        <translation>La primera fecha que se conserva</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Última fecha</translation>
    </message>
    <message>
        <source>The last date to keep</source>
        <translation>La última fecha que se conserva</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Show every audit and pin again</source>
        <translation>Volver a mostrar todas las auditorías y marcadores</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Aún no hay nada registrado</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no choice of a filter</comment>
        <translation>Ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln elegido</numerusform>
            <numerusform>%Ln elegidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerceptionMap</name>
    <message>
        <source>Perceptions</source>
        <translation>Percepciones</translation>
    </message>
    <message>
        <source>Recorded incidents (imported data)</source>
        <translation>Incidentes registrados (datos importados)</translation>
    </message>
    <message>
        <source>Recorded incident: %1</source>
        <translation>Incidente registrado: %1</translation>
    </message>
    <message>
        <source>Recorded incident: unspecified</source>
        <translation>Incidente registrado: sin especificar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a recorded time of day (its band: day, dusk or night)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a time of day</comment>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Recorded incident</source>
        <translation>Incidente registrado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a date</comment>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Safety score</source>
        <translation>Puntaje de seguridad</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntaje</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>a walk&apos;s title (time of day, date)</comment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Untitled walk</source>
        <translation>Recorrido sin título</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>%1 of 3</source>
        <translation>%1 de 3</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Audit point %1 — dark spot</source>
        <translation>Punto de auditoría %1 — punto oscuro</translation>
    </message>
    <message>
        <source>Audit point %1</source>
        <translation>Punto de auditoría %1</translation>
    </message>
    <message>
        <source>Audit point</source>
        <translation>Punto de auditoría</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Momento del día</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>%1 of 5 (1 very unsafe, 5 very safe)</source>
        <translation>%1 de 5 (1 muy inseguro, 5 muy seguro)</translation>
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
        <translation>Puesto por</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Sent from a phone: awaiting approval in the Room panel</source>
        <translation>Enviado desde un teléfono: pendiente de aprobación en el panel Sala</translation>
    </message>
    <message>
        <source>Feels safe</source>
        <translation>Se siente seguro</translation>
    </message>
    <message>
        <source>Feels unsafe</source>
        <translation>Se siente inseguro</translation>
    </message>
    <message>
        <source>Perception pin</source>
        <translation>Marcador de percepción</translation>
    </message>
    <message>
        <source>Audit walk by day</source>
        <translation>Recorrido de auditoría de día</translation>
    </message>
    <message>
        <source>Audit walk at dusk</source>
        <translation>Recorrido de auditoría al atardecer</translation>
    </message>
    <message>
        <source>Audit walk at night</source>
        <translation>Recorrido de auditoría de noche</translation>
    </message>
    <message>
        <source>Heat of unsafe pins (%1 m): fewer → more</source>
        <translation>Calor de marcadores inseguros (%1 m): menos → más</translation>
    </message>
    <message>
        <source>Heat of low audit scores (%1 m): fewer → more</source>
        <translation>Calor de puntajes de auditoría bajos (%1 m): menos → más</translation>
    </message>
    <message>
        <source>Heat of recorded incidents (%1 m): fewer → more</source>
        <translation>Calor de incidentes registrados (%1 m): menos → más</translation>
    </message>
    <message>
        <source>Heat map (%1 m): fewer → more</source>
        <translation>Mapa de calor (%1 m): menos → más</translation>
    </message>
    <message>
        <source>Pin and incident locations blurred to a %1 m grid</source>
        <translation>Ubicaciones de marcadores e incidentes difuminadas en una cuadrícula de %1 m</translation>
    </message>
    <message>
        <source>Pin locations blurred to a %1 m grid</source>
        <translation>Ubicaciones de marcadores difuminadas en una cuadrícula de %1 m</translation>
    </message>
    <message>
        <source>Incident locations blurred to a %1 m grid</source>
        <translation>Ubicaciones de incidentes difuminadas en una cuadrícula de %1 m</translation>
    </message>
    <message>
        <source>Audit points (safety score)</source>
        <translation>Puntos de auditoría (puntaje de seguridad)</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>Marcadores de percepción</translation>
    </message>
    <message>
        <source>Audit walk routes</source>
        <translation>Rutas de recorridos de auditoría</translation>
    </message>
    <message>
        <source>Recorded incidents</source>
        <translation>Incidentes registrados</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Show audit points (safety score) on the map</source>
        <translation>Mostrar puntos de auditoría (puntaje de seguridad) en el mapa</translation>
    </message>
    <message>
        <source>Show perception pins on the map</source>
        <translation>Mostrar marcadores de percepción en el mapa</translation>
    </message>
    <message>
        <source>Show audit walk routes on the map</source>
        <translation>Mostrar rutas de recorridos de auditoría en el mapa</translation>
    </message>
    <message>
        <source>Show recorded incidents on the map</source>
        <translation>Mostrar incidentes registrados en el mapa</translation>
    </message>
    <message>
        <source>Show heat map on the map</source>
        <translation>Mostrar mapa de calor en el mapa</translation>
    </message>
    <message>
        <source>Safety score 0–1 poor</source>
        <translation>Puntaje de seguridad 0–1 malo</translation>
    </message>
    <message>
        <source>Safety score 1–2</source>
        <translation>Puntaje de seguridad 1–2</translation>
    </message>
    <message>
        <source>Safety score 2–3</source>
        <translation>Puntaje de seguridad 2–3</translation>
    </message>
    <message>
        <source>Safety score 3–4</source>
        <translation>Puntaje de seguridad 3–4</translation>
    </message>
    <message>
        <source>Safety score 4–5 good</source>
        <translation>Puntaje de seguridad 4–5 bueno</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sin puntaje</translation>
    </message>
    <message>
        <source>Dark spot (lighting scored 0)</source>
        <translation>Punto oscuro (iluminación con puntaje 0)</translation>
    </message>
    <message>
        <source>Recorded incident (imported data)</source>
        <translation>Incidente registrado (datos importados)</translation>
    </message>
    <message>
        <source>Make the heat map from unsafe pins</source>
        <translation>Hacer el mapa de calor con los marcadores inseguros</translation>
    </message>
    <message>
        <source>Make the heat map from low audit scores</source>
        <translation>Hacer el mapa de calor con los puntajes de auditoría bajos</translation>
    </message>
    <message>
        <source>Make the heat map from recorded incidents</source>
        <translation>Hacer el mapa de calor con los incidentes registrados</translation>
    </message>
    <message>
        <source>Unsafe pins</source>
        <translation>Marcadores inseguros</translation>
    </message>
    <message>
        <source>Low audit scores</source>
        <translation>Puntajes de auditoría bajos</translation>
    </message>
</context>
<context>
    <name>PerceptionMapPanel</name>
    <message>
        <source>Walked by day</source>
        <translation>Recorrido de día</translation>
    </message>
    <message>
        <source>Walked at dusk</source>
        <translation>Recorrido al atardecer</translation>
    </message>
    <message>
        <source>Walked at night</source>
        <translation>Recorrido de noche</translation>
    </message>
    <message>
        <source>Imported police or other records, not perceptions: only the date filter applies.</source>
        <translation>Registros importados de la policía u otros, no percepciones: solo se aplica el filtro de fechas.</translation>
    </message>
    <message>
        <source>Heat map of</source>
        <comment>followed by the heat map&apos;s source</comment>
        <translation>Mapa de calor de</translation>
    </message>
    <message>
        <source>Heat map source</source>
        <translation>Fuente del mapa de calor</translation>
    </message>
    <message>
        <source>What the heat map is made of</source>
        <translation>Con qué se hace el mapa de calor</translation>
    </message>
    <message>
        <source>Heat radius</source>
        <translation>Radio de calor</translation>
    </message>
    <message>
        <source> m</source>
        <comment>metres after a number</comment>
        <translation> m</translation>
    </message>
    <message>
        <source>How far each point&apos;s heat reaches</source>
        <translation>Hasta dónde llega el calor de cada punto</translation>
    </message>
    <message>
        <source>Heat radius slider</source>
        <translation>Control deslizante del radio de calor</translation>
    </message>
    <message>
        <source>Radius:</source>
        <translation>Radio:</translation>
    </message>
    <message>
        <source>fewer</source>
        <comment>heat map scale</comment>
        <translation>menos</translation>
    </message>
    <message>
        <source>more</source>
        <comment>heat map scale</comment>
        <translation>más</translation>
    </message>
    <message>
        <source>On the map: %1 · %2 · %3 · %4</source>
        <translation>En el mapa: %1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit points</source>
        <translation>
            <numerusform>%Ln punto de auditoría</numerusform>
            <numerusform>%Ln puntos de auditoría</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins</source>
        <translation>
            <numerusform>%Ln marcador</numerusform>
            <numerusform>%Ln marcadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln routes</source>
        <translation>
            <numerusform>%Ln ruta</numerusform>
            <numerusform>%Ln rutas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents</source>
        <translation>
            <numerusform>%Ln incidente registrado</numerusform>
            <numerusform>%Ln incidentes registrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerceptionTools</name>
    <message>
        <source>&amp;Finish Route</source>
        <translation>&amp;Terminar ruta</translation>
    </message>
    <message>
        <source>&amp;Remove Last Point</source>
        <translation>&amp;Quitar último punto</translation>
    </message>
    <message>
        <source>&amp;Cancel Route</source>
        <translation>&amp;Cancelar ruta</translation>
    </message>
</context>
<context>
    <name>PhotoSection</name>
    <message>
        <source>Add Photo…</source>
        <translation>Agregar foto…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected photo (Undo brings it back)</source>
        <translation>Quitar la foto seleccionada (Deshacer la recupera)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Add photo to “%1”</source>
        <translation>Agregar foto a «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln photos to “%1”</source>
        <translation>
            <numerusform>Agregar %Ln foto a «%1»</numerusform>
            <numerusform>Agregar %Ln fotos a «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo from “%1”</source>
        <translation>Quitar foto de «%1»</translation>
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
Doble clic para ver más grande</translation>
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
        <translation>1 — muy inseguro</translation>
    </message>
    <message>
        <source>2 — unsafe</source>
        <translation>2 — inseguro</translation>
    </message>
    <message>
        <source>3 — neither</source>
        <translation>3 — ni seguro ni inseguro</translation>
    </message>
    <message>
        <source>4 — safe</source>
        <translation>4 — seguro</translation>
    </message>
    <message>
        <source>5 — very safe</source>
        <translation>5 — muy seguro</translation>
    </message>
    <message>
        <source>Edit Perception Pin</source>
        <translation>Editar marcador de percepción</translation>
    </message>
    <message>
        <source>New Perception Pin</source>
        <translation>Nuevo marcador de percepción</translation>
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
        <translation>Sin calificar</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retirado)</translation>
    </message>
    <message>
        <source>What happened here, or why it feels this way (optional)</source>
        <translation>Qué pasó aquí o por qué se siente así (opcional)</translation>
    </message>
    <message>
        <source>Anonymous (no code)</source>
        <translation>Anónimo (sin código)</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sensación</translation>
    </message>
    <message>
        <source>Sca&amp;le</source>
        <translation>Esca&amp;la</translation>
    </message>
    <message>
        <source>&amp;Reasons</source>
        <translation>&amp;Motivos</translation>
    </message>
    <message>
        <source>S&amp;tory</source>
        <translation>&amp;Relato</translation>
    </message>
    <message>
        <source>Time of &amp;day</source>
        <translation>Momento del &amp;día</translation>
    </message>
    <message>
        <source>&amp;Placed by</source>
        <translation>&amp;Puesto por</translation>
    </message>
    <message>
        <source>Delete Pin</source>
        <translation>Eliminar marcador</translation>
    </message>
</context>
<context>
    <name>PinFlow</name>
    <message>
        <source>&amp;Edit Pin…</source>
        <translation>E&amp;ditar marcador…</translation>
    </message>
    <message>
        <source>Delete &amp;Pin</source>
        <translation>Eliminar &amp;marcador</translation>
    </message>
    <message>
        <source>Add unsafe pin</source>
        <translation>Agregar marcador inseguro</translation>
    </message>
    <message>
        <source>Add safe pin</source>
        <translation>Agregar marcador seguro</translation>
    </message>
    <message>
        <source>Edit unsafe pin</source>
        <translation>Editar marcador inseguro</translation>
    </message>
    <message>
        <source>Edit safe pin</source>
        <translation>Editar marcador seguro</translation>
    </message>
    <message>
        <source>Delete unsafe pin</source>
        <translation>Eliminar marcador inseguro</translation>
    </message>
    <message>
        <source>Delete safe pin</source>
        <translation>Eliminar marcador seguro</translation>
    </message>
</context>
<context>
    <name>PinsPanel</name>
    <message>
        <source>Edit Pin…</source>
        <translation>Editar marcador…</translation>
    </message>
    <message>
        <source>Change the selected pin</source>
        <translation>Cambiar el marcador seleccionado</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete Pin</source>
        <translation>Eliminar marcador</translation>
    </message>
    <message>
        <source>Delete the selected pin (Undo brings it back)</source>
        <translation>Eliminar el marcador seleccionado (Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>Marcadores de percepción</translation>
    </message>
    <message>
        <source>The pins placed on the map; select one to see it</source>
        <translation>Los marcadores puestos en el mapa; seleccione uno para verlo</translation>
    </message>
    <message>
        <source>%1 %2/5</source>
        <comment>a feeling and its scale</comment>
        <translation>%1 %2/5</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anónimo</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins in no workshop</source>
        <translation>
            <numerusform>%Ln marcador sin taller</numerusform>
            <numerusform>%Ln marcadores sin taller</numerusform>
        </translation>
    </message>
    <message>
        <source>No pins in no workshop yet: use the Perception Pin tool (N) on the map.</source>
        <translation>Aún no hay marcadores sin taller: use la herramienta Marcador de percepción (N) en el mapa.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins in %1</source>
        <translation>
            <numerusform>%Ln marcador en %1</numerusform>
            <numerusform>%Ln marcadores en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No pins in %1 yet: use the Perception Pin tool (N) on the map.</source>
        <translation>Aún no hay marcadores en %1: use la herramienta Marcador de percepción (N) en el mapa.</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Click proposals, audit points or pins on the map to link them; Escape when done</source>
        <translation>Haga clic en propuestas, puntos de auditoría o marcadores en el mapa para vincularlos; Escape al terminar</translation>
    </message>
    <message>
        <source>Nothing to link there: click on a proposal, an audit point or a pin</source>
        <translation>No hay nada que vincular ahí: haga clic en una propuesta, un punto de auditoría o un marcador</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>A stakeholder needs a name</source>
        <translation>Un actor clave necesita un nombre</translation>
    </message>
    <message>
        <source>Unknown sector: %1 (expected one of %2)</source>
        <translation>Sector desconocido: %1 (se esperaba uno de %2)</translation>
    </message>
    <message>
        <source>The influence must be a whole number from 1 to 5, not %1</source>
        <translation>La influencia debe ser un número entero de 1 a 5, no %1</translation>
    </message>
    <message>
        <source>The interest must be a whole number from 1 to 5, not %1</source>
        <translation>El interés debe ser un número entero de 1 a 5, no %1</translation>
    </message>
    <message>
        <source>An action needs a title</source>
        <translation>Una acción necesita un título</translation>
    </message>
    <message>
        <source>Unknown CPTED principle: %1 (expected one of %2)</source>
        <translation>Principio CPTED desconocido: %1 (se esperaba uno de %2)</translation>
    </message>
    <message>
        <source>Unknown prevention approach: %1 (expected one of %2)</source>
        <translation>Enfoque de prevención desconocido: %1 (se esperaba uno de %2)</translation>
    </message>
    <message>
        <source>Unknown timeframe: %1 (expected one of %2)</source>
        <translation>Plazo desconocido: %1 (se esperaba uno de %2)</translation>
    </message>
    <message>
        <source>Unknown action status: %1 (expected one of %2)</source>
        <translation>Estado de acción desconocido: %1 (se esperaba uno de %2)</translation>
    </message>
    <message>
        <source>The start date must be a date like 2026-03-17, not %1</source>
        <translation>La fecha de inicio debe ser una fecha como 2026-03-17, no %1</translation>
    </message>
    <message>
        <source>The end date must be a date like 2026-03-17, not %1</source>
        <translation>La fecha de fin debe ser una fecha como 2026-03-17, no %1</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2</source>
        <translation>La fecha de fin %1 es anterior a la fecha de inicio %2</translation>
    </message>
    <message>
        <source>The estimated cost cannot be negative (%1)</source>
        <translation>El costo estimado no puede ser negativo (%1)</translation>
    </message>
    <message>
        <source>A priority is 1 (highest) or more, not %1</source>
        <translation>Una prioridad es 1 (la más alta) o más, no %1</translation>
    </message>
    <message>
        <source>No stakeholder with id %1 in the register</source>
        <translation>No hay ningún actor clave con id %1 en el registro</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>Propuesta sin título</translation>
    </message>
    <message>
        <source>Proposal “%1”</source>
        <translation>Propuesta «%1»</translation>
    </message>
    <message>
        <source>Proposal (deleted)</source>
        <translation>Propuesta (eliminada)</translation>
    </message>
    <message>
        <source>Audit point (deleted)</source>
        <translation>Punto de auditoría (eliminado)</translation>
    </message>
    <message>
        <source>Audit point %1 of “%2”</source>
        <translation>Punto de auditoría %1 de «%2»</translation>
    </message>
    <message>
        <source>Audit point %1</source>
        <translation>Punto de auditoría %1</translation>
    </message>
    <message>
        <source>Perception pin (deleted)</source>
        <translation>Marcador de percepción (eliminado)</translation>
    </message>
    <message>
        <source>%1 pin (%2)</source>
        <comment>a feeling and a time of day: “Unsafe pin (night)”</comment>
        <translation>Marcador %1 (%2)</translation>
    </message>
    <message>
        <source>Recorded incident (deleted)</source>
        <translation>Incidente registrado (eliminado)</translation>
    </message>
    <message>
        <source>Recorded incident: %1</source>
        <translation>Incidente registrado: %1</translation>
    </message>
    <message>
        <source>uncategorised</source>
        <translation>sin categoría</translation>
    </message>
    <message>
        <source>No audit scores at the linked places yet</source>
        <translation>Aún no hay puntajes de auditoría en los lugares vinculados</translation>
    </message>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %Ln audit points</source>
        <translation>
            <numerusform>Puntaje de seguridad promedio %1 / 5 en %Ln punto de auditoría</numerusform>
            <numerusform>Puntaje de seguridad promedio %1 / 5 en %Ln puntos de auditoría</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %Ln audit points (%2)</source>
        <translation>
            <numerusform>Puntaje de seguridad promedio %1 / 5 en %Ln punto de auditoría (%2)</numerusform>
            <numerusform>Puntaje de seguridad promedio %1 / 5 en %Ln puntos de auditoría (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %Ln audit points (%2 to %3)</source>
        <translation>
            <numerusform>Puntaje de seguridad promedio %1 / 5 en %Ln punto de auditoría (%2 a %3)</numerusform>
            <numerusform>Puntaje de seguridad promedio %1 / 5 en %Ln puntos de auditoría (%2 a %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed proposal</source>
        <translation>Propuesta eliminada</translation>
    </message>
    <message>
        <source>Removed audit point</source>
        <translation>Punto de auditoría eliminado</translation>
    </message>
    <message>
        <source>Removed perception pin</source>
        <translation>Marcador de percepción eliminado</translation>
    </message>
    <message>
        <source>Removed recorded incident</source>
        <translation>Incidente registrado eliminado</translation>
    </message>
    <message>
        <source>That proposal is linked already</source>
        <translation>Esa propuesta ya está vinculada</translation>
    </message>
    <message>
        <source>That audit point is linked already</source>
        <translation>Ese punto de auditoría ya está vinculado</translation>
    </message>
    <message>
        <source>That perception pin is linked already</source>
        <translation>Ese marcador de percepción ya está vinculado</translation>
    </message>
    <message>
        <source>That recorded incident is linked already</source>
        <translation>Ese incidente registrado ya está vinculado</translation>
    </message>
    <message>
        <source>Safe pin (%1)</source>
        <translation>Marcador seguro (%1)</translation>
    </message>
    <message>
        <source>Unsafe pin (%1)</source>
        <translation>Marcador inseguro (%1)</translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation>Propuesta: %1</translation>
    </message>
    <message>
        <source>Audit point %1 · %2</source>
        <comment>%1: its number; %2: its walk&apos;s title</comment>
        <translation>Punto de auditoría %1 · %2</translation>
    </message>
    <message>
        <source>untitled walk</source>
        <translation>recorrido sin título</translation>
    </message>
    <message>
        <source>%1 pin (%2)</source>
        <comment>%1: how people feel there; %2: the time of day</comment>
        <translation>Marcador %1 (%2)</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <comment>%1: its category and date</comment>
        <translation>Incidente: %1</translation>
    </message>
    <message>
        <source>— (no votes yet)</source>
        <translation>— (aún sin votos)</translation>
    </message>
    <message>
        <source>%1 (votes)</source>
        <comment>a priority taken from the votes</comment>
        <translation>%1 (votos)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no supporting partners</comment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1
Responsible: %2
Supporting: %3</source>
        <comment>%1: an action&apos;s title; %2, %3: partners&apos; names</comment>
        <translation>%1
Responsable: %2
Apoyo: %3</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a timeline card: an action&apos;s status · its responsible partner</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>nobody responsible yet</source>
        <translation>aún sin responsable</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <source>Export Plan (PDF)</source>
        <translation>Exportar plan (PDF)</translation>
    </message>
    <message>
        <source>&amp;A4</source>
        <translation>&amp;A4</translation>
    </message>
    <message>
        <source>&amp;Letter (US)</source>
        <translation>&amp;Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Public version</source>
        <translation>Versión &amp;pública</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Elija dónde guardar el PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Arc&amp;hivo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>For anyone: the website, a notice board, the press. Perception pins are moved to the centre of a %1 m grid square so no one&apos;s spot can be found, and stories, comments and notes are left out.</source>
        <translation>Para cualquier público: el sitio web, un tablón de anuncios, la prensa. Los marcadores de percepción se mueven al centro de un cuadro de cuadrícula de %1 m para que no se pueda encontrar el lugar de nadie, y se omiten relatos, comentarios y notas.</translation>
    </message>
    <message>
        <source>Untick for the partners who carry out the plan: pins at their places, with stories and comments. Contacts are never printed in either version.</source>
        <translation>Desmarque para los socios que ejecutan el plan: marcadores en sus lugares, con relatos y comentarios. Los contactos nunca se imprimen en ninguna de las dos versiones.</translation>
    </message>
    <message>
        <source>The plan was not exported</source>
        <translation>El plan no se exportó</translation>
    </message>
    <message>
        <source>PDF documents (%1)</source>
        <translation>Documentos PDF (%1)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>La carpeta %1 no existe</translation>
    </message>
    <message>
        <source>Drawing the maps…</source>
        <translation>Dibujando los mapas…</translation>
    </message>
    <message>
        <source>The maps could not be drawn (%1)</source>
        <translation>No se pudieron dibujar los mapas (%1)</translation>
    </message>
    <message>
        <source>Gathering the plan</source>
        <translation>Reuniendo el plan</translation>
    </message>
    <message>
        <source>Writing the plan</source>
        <translation>Escribiendo el plan</translation>
    </message>
    <message>
        <source>Exporting the plan…</source>
        <translation>Exportando el plan…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Plan exported</source>
        <translation>Plan exportado</translation>
    </message>
    <message>
        <source>The plan was saved as %1.</source>
        <translation>El plan se guardó como %1.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
</context>
<context>
    <name>PlanExports</name>
    <message>
        <source>Export Actions (CSV)</source>
        <translation>Exportar acciones (CSV)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (%1)</source>
        <translation>Hojas de cálculo CSV (%1)</translation>
    </message>
    <message>
        <source>Writing the actions</source>
        <translation>Escribiendo las acciones</translation>
    </message>
    <message>
        <source>Exporting the actions…</source>
        <translation>Exportando las acciones…</translation>
    </message>
    <message>
        <source>The actions were not exported</source>
        <translation>Las acciones no se exportaron</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions written to %1 (linked pins and incidents at %2 m, not their exact places)</source>
        <translation>
            <numerusform>%Ln acción escrita en %1 (marcadores e incidentes vinculados a %2 m, no en sus lugares exactos)</numerusform>
            <numerusform>%Ln acciones escritas en %1 (marcadores e incidentes vinculados a %2 m, no en sus lugares exactos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the layers…</source>
        <translation>Exportando las capas…</translation>
    </message>
    <message>
        <source>The layers were not exported</source>
        <translation>Las capas no se exportaron</translation>
    </message>
    <message numerus="yes">
        <source>%Ln public files written to %1</source>
        <translation>
            <numerusform>%Ln archivo público escrito en %1</numerusform>
            <numerusform>%Ln archivos públicos escritos en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files written to %1</source>
        <translation>
            <numerusform>%Ln archivo escrito en %1</numerusform>
            <numerusform>%Ln archivos escritos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Exportación cancelada; no se escribió ningún archivo</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a finished export&apos;s message, as a sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
</context>
<context>
    <name>PlanFeature</name>
    <message>
        <source>Stakeholders</source>
        <translation>Actores clave</translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>&amp;New Action…</source>
        <translation>&amp;Nueva acción…</translation>
    </message>
    <message>
        <source>Add an action to the plan from scratch</source>
        <translation>Agregar una acción nueva al plan desde cero</translation>
    </message>
    <message>
        <source>&amp;Create Action from Proposal</source>
        <translation>&amp;Crear acción a partir de la propuesta</translation>
    </message>
    <message>
        <source>Turn the selected proposal into an action, linked to it</source>
        <translation>Convertir la propuesta seleccionada en una acción vinculada a ella</translation>
    </message>
    <message>
        <source>Add &amp;Stakeholder…</source>
        <translation>Agregar &amp;actor clave…</translation>
    </message>
    <message>
        <source>Add a department, business, community group or NGO</source>
        <translation>Agregar un departamento, empresa, grupo comunitario u ONG</translation>
    </message>
    <message>
        <source>Export &amp;Plan (PDF)…</source>
        <translation>Exportar &amp;plan (PDF)…</translation>
    </message>
    <message>
        <source>Write the action plan as a PDF to print or share</source>
        <translation>Escribir el plan de acción como PDF para imprimir o compartir</translation>
    </message>
    <message>
        <source>Export &amp;Actions (CSV)…</source>
        <translation>Exportar acci&amp;ones (CSV)…</translation>
    </message>
    <message>
        <source>Write the actions as a spreadsheet (CSV)</source>
        <translation>Escribir las acciones como hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>Export &amp;Layers…</source>
        <translation>Exportar capa&amp;s…</translation>
    </message>
    <message>
        <source>Write every layer as GeoJSON or a GeoPackage for GIS</source>
        <translation>Escribir todas las capas como GeoJSON o GeoPackage para SIG</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>The action was not created</source>
        <translation>La acción no se creó</translation>
    </message>
    <message>
        <source>%1: edit it in the Action Plan panel</source>
        <comment>%1: the edit just made</comment>
        <translation>%1: edítela en el panel Plan de acción</translation>
    </message>
</context>
<context>
    <name>PlanMaps</name>
    <message>
        <source>solid by day</source>
        <translation>continua de día</translation>
    </message>
    <message>
        <source>dash-dot at dusk</source>
        <translation>raya y punto al atardecer</translation>
    </message>
    <message>
        <source>dashed at night</source>
        <translation>discontinua de noche</translation>
    </message>
    <message>
        <source>Heat map: unsafe pins</source>
        <translation>Mapa de calor: marcadores inseguros</translation>
    </message>
    <message>
        <source>Heat map: low audit scores</source>
        <translation>Mapa de calor: puntajes de auditoría bajos</translation>
    </message>
    <message>
        <source>Heat map: recorded incidents</source>
        <translation>Mapa de calor: incidentes registrados</translation>
    </message>
    <message>
        <source>Heat map of where participants marked feeling unsafe.</source>
        <translation>Mapa de calor de dónde las personas participantes marcaron que se sienten inseguras.</translation>
    </message>
    <message>
        <source>Heat map of where audit points scored low for safety (a score of 0 weighs most, 5 nothing).</source>
        <translation>Mapa de calor de dónde los puntos de auditoría tuvieron bajo puntaje de seguridad (un puntaje de 0 pesa más, 5 nada).</translation>
    </message>
    <message>
        <source>Heat map of where incidents were recorded (imported data, not perceptions).</source>
        <translation>Mapa de calor de dónde se registraron incidentes (datos importados, no percepciones).</translation>
    </message>
    <message>
        <source>Pin locations blurred to a %1 m grid: each pin is drawn at the centre of its %1 m square, so pins in one square are drawn on top of each other.</source>
        <translation>Ubicaciones de marcadores difuminadas en una cuadrícula de %1 m: cada marcador se dibuja en el centro de su cuadro de %1 m, así que los marcadores de un mismo cuadro se dibujan uno encima de otro.</translation>
    </message>
    <message>
        <source>Grey squares were not scored.</source>
        <translation>Los cuadrados grises no tienen puntaje.</translation>
    </message>
    <message>
        <source>Black rings: lighting scored 0 (dark spots).</source>
        <translation>Anillos negros: iluminación con puntaje 0 (puntos oscuros).</translation>
    </message>
    <message>
        <source>Pink lines: the audit walk routes (%1).</source>
        <comment>%1: how each time of day is drawn</comment>
        <translation>Líneas rosadas: las rutas de los recorridos de auditoría (%1).</translation>
    </message>
    <message>
        <source>Safety audit: scores along the walks</source>
        <translation>Auditoría de seguridad: puntajes a lo largo de los recorridos</translation>
    </message>
    <message>
        <source>Audit points coloured by their mean safety score, 0 (poor, dark purple) to 5 (good, yellow).</source>
        <translation>Puntos de auditoría coloreados según su puntaje de seguridad promedio, de 0 (malo, morado oscuro) a 5 (bueno, amarillo).</translation>
    </message>
    <message>
        <source>Where people feel safe and unsafe</source>
        <translation>Dónde la gente se siente segura e insegura</translation>
    </message>
    <message>
        <source>Perception pins placed by workshop participants: green diamonds where they feel safe, orange triangles where they feel unsafe.</source>
        <translation>Marcadores de percepción puestos por participantes del taller: rombos verdes donde se sienten seguros, triángulos naranjas donde se sienten inseguros.</translation>
    </message>
    <message>
        <source>Each point spreads over %1 m; the darker the red, the more of them close together. Pale or no colour: few or none.</source>
        <translation>Cada punto se extiende %1 m; cuanto más oscuro el rojo, más puntos juntos. Pálido o sin color: pocos o ninguno.</translation>
    </message>
    <message>
        <source>Workshop proposals</source>
        <translation>Propuestas del taller</translation>
    </message>
    <message>
        <source>Proposals drawn by the workshop groups: markers mark a place, lines a route, shaded areas an area to change. Each group has its colour and also its own marker shape, line dash and area hatch (see the legend), so groups can be told apart without colour. The action plan links its actions to them.</source>
        <translation>Propuestas dibujadas por los grupos del taller: los símbolos marcan un lugar, las líneas una ruta y las áreas sombreadas una zona que cambiar. Cada grupo tiene su color y además su propia forma de símbolo, tipo de línea y trama de área (vea la leyenda), para distinguir los grupos sin color. El plan de acción vincula sus acciones a ellas.</translation>
    </message>
    <message>
        <source>the map image could not be encoded as PNG</source>
        <translation>la imagen del mapa no se pudo codificar como PNG</translation>
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
        <translation>puntaje 0 malo</translation>
    </message>
    <message>
        <source>score 1</source>
        <translation>puntaje 1</translation>
    </message>
    <message>
        <source>score 2</source>
        <translation>puntaje 2</translation>
    </message>
    <message>
        <source>score 3 good</source>
        <translation>puntaje 3 bueno</translation>
    </message>
    <message>
        <source>%1 people: not shown</source>
        <comment>%1: fewer than N, as &lt;5</comment>
        <translation>%1 personas: no se muestra</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>de día</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>de noche</translation>
    </message>
    <message>
        <source>Safety score 0–5; places numbered west to east</source>
        <translation>Puntaje de seguridad 0–5; lugares numerados de oeste a este</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Mantener satisfecho</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Gestionar de cerca</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitorear</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Mantener informado</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Interés →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>Influencia →</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>clock hours, from–to</comment>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents (imported data, kept apart from what people felt): %1 by day (%2), %3 at dusk (%4), %5 at night (%6), %7 at a time not recorded.</source>
        <translation>
            <numerusform>%Ln incidente registrado (datos importados, separados de lo que la gente sintió): %1 de día (%2), %3 al atardecer (%4), %5 de noche (%6), %7 a una hora no registrada.</numerusform>
            <numerusform>%Ln incidentes registrados (datos importados, separados de lo que la gente sintió): %1 de día (%2), %3 al atardecer (%4), %5 de noche (%6), %7 a una hora no registrada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit points scored; mean safety score %1 out of 5 (lowest %2, highest %3).</source>
        <translation>
            <numerusform>%Ln punto de auditoría puntuado; puntaje de seguridad promedio %1 de 5 (mínimo %2, máximo %3).</numerusform>
            <numerusform>%Ln puntos de auditoría puntuados; puntaje de seguridad promedio %1 de 5 (mínimo %2, máximo %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dark spots: points where lighting scored 0 (poor).</source>
        <translation>
            <numerusform>%Ln punto oscuro: punto donde la iluminación obtuvo 0 (malo).</numerusform>
            <numerusform>%Ln puntos oscuros: puntos donde la iluminación obtuvo 0 (malo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln places walked both by day and at night: %1 scored lower at night; mean %2 by day, %3 at night.</source>
        <translation>
            <numerusform>%Ln lugar recorrido de día y de noche: %1 con puntaje más bajo de noche; promedio %2 de día, %3 de noche.</numerusform>
            <numerusform>%Ln lugares recorridos de día y de noche: %1 con puntaje más bajo de noche; promedio %2 de día, %3 de noche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln perception pins, %1 of them marking a place where people feel unsafe.</source>
        <translation>
            <numerusform>%Ln marcador de percepción; %1 marca un lugar donde la gente se siente insegura.</numerusform>
            <numerusform>%Ln marcadores de percepción; %1 de ellos marcan un lugar donde la gente se siente insegura.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where %1 scored low, people felt less safe (rank correlation with the feeling score of at least 0.3: a link, not proof of a cause).</source>
        <comment>%1: criteria</comment>
        <translation>Donde %1 obtuvo puntajes bajos, la gente se sintió menos segura (correlación de rangos con el puntaje de sensación de al menos 0,3: una relación, no prueba de causa).</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Public version</source>
        <translation>Versión pública</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Maquetando las páginas</translation>
    </message>
    <message>
        <source>The plan was not written: the folder %1 does not exist</source>
        <translation>El plan no se escribió: la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>Preparing the plan</source>
        <translation>Preparando el plan</translation>
    </message>
    <message>
        <source>%1 · Action plan · %2</source>
        <comment>the foot of every page: the project&apos;s name, the date</comment>
        <translation>%1 · Plan de acción · %2</translation>
    </message>
    <message>
        <source>The plan was not written: %1</source>
        <translation>El plan no se escribió: %1</translation>
    </message>
    <message>
        <source>Community safety action plan, %1</source>
        <translation>Plan de acción comunitario de seguridad, %1</translation>
    </message>
    <message>
        <source>Community safety action plan</source>
        <translation>Plan de acción comunitario de seguridad</translation>
    </message>
    <message>
        <source>%1 — action plan</source>
        <comment>the PDF&apos;s title</comment>
        <translation>%1 — plan de acción</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>Guardando el archivo</translation>
    </message>
    <message>
        <source>The plan was not written: something in it is too large to fit on a page</source>
        <translation>El plan no se escribió: algo en él es demasiado grande para caber en una página</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>“%1” — perception pin, %2, %3</source>
        <comment>%2: how it felt, %3: time of day</comment>
        <translation>«%1» — marcador de percepción, %2, %3</translation>
    </message>
    <message>
        <source>“%1” — audit point %2, %3</source>
        <comment>%3: the walk&apos;s title</comment>
        <translation>«%1» — punto de auditoría %2, %3</translation>
    </message>
    <message>
        <source>“%1” — audit point %2</source>
        <translation>«%1» — punto de auditoría %2</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Proyecto sin título</translation>
    </message>
    <message>
        <source>Other or not stated</source>
        <translation>Otro o no indicado</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Taller sin título</translation>
    </message>
    <message>
        <source>Audit walk</source>
        <translation>Recorrido de auditoría</translation>
    </message>
    <message>
        <source>Untitled walk</source>
        <translation>Recorrido sin título</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Audit walks</source>
        <translation>Recorridos de auditoría</translation>
    </message>
    <message>
        <source>Audit points scored</source>
        <translation>Puntos de auditoría puntuados</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>audit points scored of those recorded</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>Marcadores de percepción</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Voting dots placed</source>
        <translation>Puntos de votación colocados</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>Propuesta sin título</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>an action&apos;s first and last day</comment>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>an action&apos;s first day</comment>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>an action&apos;s last day</comment>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>Audit point %1: %2</source>
        <comment>%2: the walk</comment>
        <translation>Punto de auditoría %1: %2</translation>
    </message>
    <message>
        <source>Audit points %1: %2</source>
        <comment>%1: their numbers, %2: the walk</comment>
        <translation>Puntos de auditoría %1: %2</translation>
    </message>
    <message>
        <source>Audit point %1</source>
        <translation>Punto de auditoría %1</translation>
    </message>
    <message>
        <source>Audit points %1</source>
        <comment>%1: their numbers</comment>
        <translation>Puntos de auditoría %1</translation>
    </message>
    <message>
        <source>Proposal %1: %2</source>
        <comment>%1: its number, %2: its title</comment>
        <translation>Propuesta %1: %2</translation>
    </message>
    <message>
        <source>Proposal %1: untitled</source>
        <translation>Propuesta %1: sin título</translation>
    </message>
    <message>
        <source>Perception pin: %1, %2</source>
        <comment>%1: how it felt, %2: time of day</comment>
        <translation>Marcador de percepción: %1, %2</translation>
    </message>
    <message>
        <source>Recorded incident: %1</source>
        <comment>%1: its category, as imported</comment>
        <translation>Incidente registrado: %1</translation>
    </message>
    <message>
        <source>Recorded incident: uncategorised</source>
        <translation>Incidente registrado: sin categoría</translation>
    </message>
    <message>
        <source>untitled walk</source>
        <translation>recorrido sin título</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a walk&apos;s title (its time of day)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <comment>a criteria set&apos;s name and version</comment>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>The diagnosis was made together with the people who use these streets. Small groups walked agreed routes by day and again after dark and scored each stop on a fixed set of criteria (0 = poor to 3 = good); participants marked where they feel safe or unsafe on a map and said why; groups then sketched proposals and placed voting dots on those they thought most important. The actions below were drawn from those proposals and agreed with the partners who will carry them out.</source>
        <translation>El diagnóstico se hizo junto con las personas que usan estas calles. Grupos pequeños recorrieron rutas acordadas de día y de nuevo después del anochecer, y puntuaron cada parada según un conjunto fijo de criterios (0 = malo a 3 = bueno); las personas participantes marcaron en un mapa dónde se sienten seguras o inseguras y explicaron por qué; luego los grupos dibujaron propuestas y pusieron puntos de votación en las que consideraron más importantes. Las acciones que siguen surgieron de esas propuestas y se acordaron con los socios que las llevarán a cabo.</translation>
    </message>
    <message>
        <source>Counts of fewer than %1 people, and counts from which one could be worked out, are hidden. This plan names no participant and gives no contact details. This public version leaves out every story, comment and note.</source>
        <translation>Los conteos de menos de %1 personas, y los conteos a partir de los cuales se podrían deducir, se ocultan. Este plan no nombra a ningún participante ni da datos de contacto. Esta versión pública omite todos los relatos, comentarios y notas.</translation>
    </message>
    <message>
        <source>Counts of fewer than %1 people, and counts from which one could be worked out, are hidden. This plan names no participant and gives no contact details.</source>
        <translation>Los conteos de menos de %1 personas, y los conteos a partir de los cuales se podrían deducir, se ocultan. Este plan no nombra a ningún participante ni da datos de contacto.</translation>
    </message>
    <message>
        <source>Prepared with CoSafe on %1.</source>
        <translation>Preparado con CoSafe el %1.</translation>
    </message>
    <message>
        <source>participants</source>
        <comment>under a big number on the cover</comment>
        <translation>participantes</translation>
    </message>
    <message>
        <source>audit points scored</source>
        <comment>under a big number on the cover</comment>
        <translation>puntos de auditoría puntuados</translation>
    </message>
    <message>
        <source>perception pins</source>
        <comment>under a big number on the cover</comment>
        <translation>marcadores de percepción</translation>
    </message>
    <message>
        <source>proposals</source>
        <comment>under a big number on the cover</comment>
        <translation>propuestas</translation>
    </message>
    <message>
        <source>actions</source>
        <comment>under a big number on the cover</comment>
        <translation>acciones</translation>
    </message>
    <message>
        <source>partners</source>
        <comment>under a big number on the cover</comment>
        <translation>socios</translation>
    </message>
    <message>
        <source>1  Method and participation</source>
        <translation>1  Método y participación</translation>
    </message>
    <message>
        <source>Workshops and walks</source>
        <translation>Talleres y recorridos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants signed in, recorded only by gender, age band and role. Categories with fewer than %1 people are counted together as “Other or not stated”; a count that is still below %1, or from which one could be worked out, is “hidden”.</source>
        <translation>
            <numerusform>%Ln participante registrado, anotado solo por género, grupo de edad y rol. Las categorías con menos de %1 personas se cuentan juntas como «Otro o no indicado»; un conteo que siga por debajo de %1, o a partir del cual se pudiera deducir otro, aparece como «oculto».</numerusform>
            <numerusform>%Ln participantes registrados, anotados solo por género, grupo de edad y rol. Las categorías con menos de %1 personas se cuentan juntas como «Otro o no indicado»; un conteo que siga por debajo de %1, o a partir del cual se pudiera deducir otro, aparece como «oculto».</numerusform>
        </translation>
    </message>
    <message>
        <source>%2 participants signed in, recorded only by gender, age band and role. Categories with fewer than %1 people are counted together as “Other or not stated”; a count that is still below %1, or from which one could be worked out, is “hidden”.</source>
        <comment>%2: “hidden”, as the count is too small to show</comment>
        <translation>Participantes registrados: %2, anotados solo por género, grupo de edad y rol. Las categorías con menos de %1 personas se cuentan juntas como «Otro o no indicado»; un conteo que siga por debajo de %1, o a partir del cual se pudiera deducir otro, aparece como «oculto».</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Quiénes participaron</translation>
    </message>
    <message>
        <source>2  Diagnosis</source>
        <translation>2  Diagnóstico</translation>
    </message>
    <message>
        <source>No audit scores or perception pins were recorded yet.</source>
        <translation>Aún no se registraron puntajes de auditoría ni marcadores de percepción.</translation>
    </message>
    <message>
        <source>Scores by criterion</source>
        <translation>Puntajes por criterio</translation>
    </message>
    <message>
        <source>Share of audit scores from 0 (poor) to 3 (good) for each criterion; n = scores given. Feeling is the outcome the other criteria are read against.</source>
        <translation>Proporción de puntajes de auditoría de 0 (malo) a 3 (bueno) para cada criterio; n = puntajes dados. La sensación es el resultado con el que se comparan los demás criterios.</translation>
    </message>
    <message>
        <source>Mean 0–5 safety score of the audit points walked by each group. Groups of fewer than %1 people are not shown.</source>
        <translation>Puntaje de seguridad promedio (0–5) de los puntos de auditoría recorridos por cada grupo. No se muestran los grupos de menos de %1 personas.</translation>
    </message>
    <message>
        <source>Mean safety score by gender</source>
        <translation>Puntaje de seguridad promedio por género</translation>
    </message>
    <message>
        <source>Mean safety score by age band</source>
        <translation>Puntaje de seguridad promedio por grupo de edad</translation>
    </message>
    <message>
        <source>Mean safety score</source>
        <translation>Puntaje de seguridad promedio</translation>
    </message>
    <message>
        <source>Share of pins marked unsafe</source>
        <translation>Proporción de marcadores inseguros</translation>
    </message>
    <message>
        <source>Day and night</source>
        <translation>Día y noche</translation>
    </message>
    <message>
        <source>By the time of day of the walk or pin.</source>
        <translation>Según el momento del día del recorrido o del marcador.</translation>
    </message>
    <message>
        <source>The same places by day and at night</source>
        <translation>Los mismos lugares de día y de noche</translation>
    </message>
    <message>
        <source>Each place walked both by day (circle) and after dark (square); the line shows how much its safety score changes.</source>
        <translation>Cada lugar recorrido de día (círculo) y después del anochecer (cuadrado); la línea muestra cuánto cambia su puntaje de seguridad.</translation>
    </message>
    <message>
        <source>What people said</source>
        <translation>Lo que dijo la gente</translation>
    </message>
    <message>
        <source>3  Proposals</source>
        <translation>3  Propuestas</translation>
    </message>
    <message>
        <source>No proposals were recorded.</source>
        <translation>No se registraron propuestas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals; the %1 with the most voting dots (and %2 more on the map). No. is the number beside the proposal on the map above.</source>
        <translation>
            <numerusform>%Ln propuesta; las %1 con más puntos de votación (y %2 más en el mapa). N.º es el número junto a la propuesta en el mapa de arriba.</numerusform>
            <numerusform>%Ln propuestas; las %1 con más puntos de votación (y %2 más en el mapa). N.º es el número junto a la propuesta en el mapa de arriba.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals; the %1 with the most voting dots. No. is the number beside the proposal on the map above.</source>
        <translation>
            <numerusform>%Ln propuesta; las %1 con más puntos de votación. N.º es el número junto a la propuesta en el mapa de arriba.</numerusform>
            <numerusform>%Ln propuestas; las %1 con más puntos de votación. N.º es el número junto a la propuesta en el mapa de arriba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most voted proposals</source>
        <translation>Propuestas más votadas</translation>
    </message>
    <message>
        <source>4  Action plan</source>
        <translation>4  Plan de acción</translation>
    </message>
    <message>
        <source>No actions have been agreed yet.</source>
        <translation>Aún no se ha acordado ninguna acción.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions in priority order (1 = highest, from the community&apos;s votes or agreed). Estimated cost of those costed: %1.</source>
        <translation>
            <numerusform>%Ln acción por orden de prioridad (1 = la más alta, según los votos de la comunidad o acordada). Costo estimado de las que tienen costo: %1.</numerusform>
            <numerusform>%Ln acciones por orden de prioridad (1 = la más alta, según los votos de la comunidad o acordada). Costo estimado de las que tienen costo: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions in priority order (1 = highest, from the community&apos;s votes or agreed).</source>
        <translation>
            <numerusform>%Ln acción por orden de prioridad (1 = la más alta, según los votos de la comunidad o acordada).</numerusform>
            <numerusform>%Ln acciones por orden de prioridad (1 = la más alta, según los votos de la comunidad o acordada).</numerusform>
        </translation>
    </message>
    <message>
        <source>5  Stakeholders</source>
        <translation>5  Actores clave</translation>
    </message>
    <message>
        <source>No stakeholders are registered yet.</source>
        <translation>Aún no hay actores clave registrados.</translation>
    </message>
    <message>
        <source>Who can make the actions happen: each stakeholder&apos;s influence over the outcome and interest in it, scored 1–5. Numbers refer to the table below.</source>
        <translation>Quién puede hacer realidad las acciones: la influencia de cada actor clave sobre el resultado y su interés en él, de 1 a 5. Los números remiten a la tabla de abajo.</translation>
    </message>
    <message>
        <source>Influence and interest</source>
        <translation>Influencia e interés</translation>
    </message>
    <message>
        <source>Register</source>
        <comment>the list of stakeholders</comment>
        <translation>Registro</translation>
    </message>
    <message>
        <source>6  Monitoring</source>
        <translation>6  Seguimiento</translation>
    </message>
    <message>
        <source>No actions to monitor yet.</source>
        <translation>Aún no hay acciones que monitorear.</translation>
    </message>
    <message>
        <source>How each action will be judged: its indicator, where it starts (the baseline, often the mean safety score at its places today) and the target. Re-audit the same places after the work to compare.</source>
        <translation>Cómo se evaluará cada acción: su indicador, su punto de partida (la línea de base, a menudo el puntaje de seguridad promedio actual en sus lugares) y la meta. Vuelva a auditar los mismos lugares después de las obras para comparar.</translation>
    </message>
    <message>
        <source>Appendix: audit criteria and the safety score</source>
        <translation>Anexo: criterios de auditoría y puntaje de seguridad</translation>
    </message>
    <message>
        <source>Criteria set: %1.</source>
        <translation>Conjunto de criterios: %1.</translation>
    </message>
    <message>
        <source>The safety score</source>
        <translation>El puntaje de seguridad</translation>
    </message>
    <message>
        <source>The formula is CoSafe&apos;s own and is stated here so that anyone can recompute the scores.</source>
        <translation>La fórmula es propia de CoSafe y se indica aquí para que cualquiera pueda recalcular los puntajes.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <comment>places or partners not listed</comment>
        <translation>
            <numerusform>y %Ln más</numerusform>
            <numerusform>y %Ln más</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Responsible / supporting</source>
        <translation>Responsable / apoyo</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>no one yet</source>
        <comment>no partner responsible for the action</comment>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>with %1</source>
        <comment>%1: the supporting partners</comment>
        <translation>con %1</translation>
    </message>
    <message>
        <source>Total estimated cost</source>
        <translation>Costo estimado total</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea de base</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Actor clave</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <comment>a score out of 5</comment>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>the number of a proposal on the map</comment>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>Principio CPTED</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>Dots</source>
        <comment>voting dots</comment>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Place / time of day</source>
        <translation>Lugar / momento del día</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>A score of 3 (good) means</source>
        <translation>Un puntaje de 3 (bueno) significa</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>Se usa como</translation>
    </message>
    <message>
        <source>outcome (not in the score)</source>
        <translation>resultado (no entra en el puntaje)</translation>
    </message>
    <message>
        <source>part of the safety score</source>
        <translation>parte del puntaje de seguridad</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Voting is on the presentation screen.</source>
        <translation>La votación está en la pantalla de presentación.</translation>
    </message>
</context>
<context>
    <name>PresentationLegend</name>
    <message>
        <source>Feels safe (pin)</source>
        <translation>Se siente seguro (marcador)</translation>
    </message>
    <message>
        <source>Feels unsafe (pin)</source>
        <translation>Se siente inseguro (marcador)</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>rombo</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>triángulo</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — drawing now</source>
        <comment>the active group</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; — dibujando ahora</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>CoSafe — Presentation</source>
        <translation>CoSafe — Presentación</translation>
    </message>
    <message>
        <source>Workshop and Group</source>
        <translation>Taller y grupo</translation>
    </message>
    <message>
        <source>End Presentation (Esc)</source>
        <translation>Terminar presentación (Esc)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Votación</translation>
    </message>
    <message>
        <source>Show the dot voting and the ranking beside the map</source>
        <translation>Mostrar la votación con puntos y la clasificación junto al mapa</translation>
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
        <translation>Imprimir hojas de auditoría</translation>
    </message>
    <message>
        <source>A sheet is printed for every three points of the walk (five on A3)</source>
        <translation>Se imprime una hoja por cada tres puntos del recorrido (cinco en A3)</translation>
    </message>
    <message>
        <source>A4 (a clipboard)</source>
        <translation>A4 (una tabla con pinza)</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>audit sheets</source>
        <translation>hojas de auditoría</translation>
    </message>
    <message>
        <source>Audit walk:</source>
        <translation>Recorrido de auditoría:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Print to PDF</source>
        <translation>&amp;Imprimir en PDF</translation>
    </message>
    <message>
        <source>Save Audit Sheets As</source>
        <translation>Guardar hojas de auditoría como</translation>
    </message>
    <message>
        <source>The audit sheets were not printed</source>
        <translation>Las hojas de auditoría no se imprimieron</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit sheets written to %1</source>
        <translation>
            <numerusform>%Ln hoja de auditoría escrita en %1</numerusform>
            <numerusform>%Ln hojas de auditoría escritas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit sheets printed</source>
        <translation>Hojas de auditoría impresas</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
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
        <translation>Se imprime una hoja por cada grupo marcado</translation>
    </message>
    <message>
        <source>A3 (a table of 4–6 people)</source>
        <translation>A3 (una mesa de 4–6 personas)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A2 (a large table)</source>
        <translation>A2 (una mesa grande)</translation>
    </message>
    <message>
        <source>group maps</source>
        <translation>mapas de grupo</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Taller:</translation>
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
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>&amp;Print to PDF</source>
        <translation>&amp;Imprimir en PDF</translation>
    </message>
    <message>
        <source>Save Group Maps As</source>
        <translation>Guardar mapas de grupo como</translation>
    </message>
    <message>
        <source>The group maps were not printed</source>
        <translation>Los mapas de grupo no se imprimieron</translation>
    </message>
    <message numerus="yes">
        <source>Writing %Ln group maps</source>
        <translation>
            <numerusform>Escribiendo %Ln mapa de grupo</numerusform>
            <numerusform>Escribiendo %Ln mapas de grupo</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing group maps…</source>
        <translation>Imprimiendo mapas de grupo…</translation>
    </message>
    <message>
        <source>Printing cancelled; no file was written</source>
        <translation>Impresión cancelada; no se escribió ningún archivo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group maps written to %1</source>
        <translation>
            <numerusform>%Ln mapa de grupo escrito en %1</numerusform>
            <numerusform>%Ln mapas de grupo escritos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Group maps printed</source>
        <translation>Mapas de grupo impresos</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
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
        <translation>El umbral de ocultación debe estar entre %1 y %2 personas: una cifra para menos de %1 podría identificarlas</translation>
    </message>
    <message>
        <source>The blur grid must be more than 0 m, not %1</source>
        <translation>La cuadrícula de difuminado debe ser mayor que 0 m, no %1</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>“%1” is not a currency code: use an ISO 4217 code such as KES, BRL, EUR or XOF</source>
        <translation>«%1» no es un código de moneda: use un código ISO 4217 como KES, BRL, EUR o XOF</translation>
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
        <translation>application_id es %1, no GPKG</translation>
    </message>
    <message>
        <source>user_version is %1, expected %2 or later</source>
        <translation>user_version es %1; se esperaba %2 o posterior</translation>
    </message>
    <message>
        <source>required table is missing</source>
        <translation>falta una tabla obligatoria</translation>
    </message>
    <message>
        <source>SRS %1 is not defined</source>
        <translation>el SRS %1 no está definido</translation>
    </message>
    <message>
        <source>registered in gpkg_contents but missing</source>
        <translation>registrada en gpkg_contents pero no existe</translation>
    </message>
    <message>
        <source>feature table has no geometry column registered</source>
        <translation>la tabla de elementos no tiene ninguna columna de geometría registrada</translation>
    </message>
    <message>
        <source>geometry uses undefined SRS %1</source>
        <translation>la geometría usa el SRS %1, que no está definido</translation>
    </message>
    <message>
        <source>its registered geometry column is not a column of a table</source>
        <translation>su columna de geometría registrada no es una columna de ninguna tabla</translation>
    </message>
    <message>
        <source>spatial index (R-tree) is missing</source>
        <translation>falta el índice espacial (R-tree)</translation>
    </message>
    <message>
        <source>R-tree trigger %1 is missing</source>
        <translation>falta el disparador R-tree %1</translation>
    </message>
    <message numerus="yes">
        <source>spatial index holds %1 entries for %Ln geometries</source>
        <translation>
            <numerusform>el índice espacial tiene %1 entradas para %Ln geometría</numerusform>
            <numerusform>el índice espacial tiene %1 entradas para %Ln geometrías</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file</source>
        <translation>%1 es una carpeta, no un archivo de proyecto</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a CoSafe project: it is not an SQLite/GeoPackage file</source>
        <translation>%1 no es un proyecto de CoSafe: no es un archivo SQLite/GeoPackage</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a GeoPackage, so not a CoSafe project</source>
        <translation>%1 es una base de datos SQLite pero no un GeoPackage, así que no es un proyecto de CoSafe</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: the SQLite integrity check failed</source>
        <translation>%1 está dañado: falló la comprobación de integridad de SQLite</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a GeoPackage with %Ln layers: %2, but not a CoSafe project</source>
        <translation>
            <numerusform>%1 es un GeoPackage con %Ln capa: %2, pero no un proyecto de CoSafe</numerusform>
            <numerusform>%1 es un GeoPackage con %Ln capas: %2, pero no un proyecto de CoSafe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a GeoPackage, but not a CoSafe project</source>
        <translation>%1 es un GeoPackage, pero no un proyecto de CoSafe</translation>
    </message>
    <message>
        <source>%1 took too long to read, so it was refused</source>
        <translation>%1 tardó demasiado en leerse, así que se rechazó</translation>
    </message>
    <message>
        <source>%1 is damaged: its tables cannot be read</source>
        <translation>%1 está dañado: no se pueden leer sus tablas</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no CoSafe schema version</source>
        <translation>%1 está dañado: no tiene versión de esquema de CoSafe</translation>
    </message>
    <message>
        <source>%1 was made by a newer CoSafe (project format %2; this version reads up to %3): update CoSafe to open it</source>
        <translation>%1 se creó con un CoSafe más reciente (formato de proyecto %2; esta versión lee hasta el %3): actualice CoSafe para abrirlo</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>su carpeta es de solo lectura</translation>
    </message>
    <message>
        <source>Folder %1 does not exist</source>
        <translation>La carpeta %1 no existe</translation>
    </message>
    <message>
        <source>Could not write the new project</source>
        <translation>No se pudo escribir el nuevo proyecto</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>abierto en solo lectura</translation>
    </message>
    <message>
        <source>%1 is already open in another CoSafe window; it can be opened read-only</source>
        <translation>%1 ya está abierto en otra ventana de CoSafe; se puede abrir en solo lectura</translation>
    </message>
    <message>
        <source>%1; an older format, upgraded in memory only</source>
        <comment>%1 is why the file is read-only</comment>
        <translation>%1; un formato anterior, actualizado solo en memoria</translation>
    </message>
    <message>
        <source>The project is read-only (%1); nothing was changed</source>
        <translation>El proyecto es de solo lectura (%1); no se cambió nada</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>El cambio no se guardó: %1</translation>
    </message>
    <message>
        <source>The project file was moved or deleted while open, so the change was not saved; use File › Save As to keep a copy</source>
        <translation>El archivo del proyecto se movió o se eliminó mientras estaba abierto, así que el cambio no se guardó; use Archivo › Guardar como para conservar una copia</translation>
    </message>
    <message>
        <source>Choose a different file name to save a copy</source>
        <translation>Elija otro nombre de archivo para guardar una copia</translation>
    </message>
    <message>
        <source>The photos were cleaned, but the file was not rewritten</source>
        <translation>Las fotos se limpiaron, pero el archivo no se reescribió</translation>
    </message>
    <message>
        <source>The traces were not removed</source>
        <translation>Los rastros no se eliminaron</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <comment>a problem SQLite&apos;s integrity check found</comment>
        <translation>integridad: %1</translation>
    </message>
    <message>
        <source>GeoPackage: %1</source>
        <comment>a problem of the GeoPackage structure</comment>
        <translation>GeoPackage: %1</translation>
    </message>
    <message>
        <source>schema: version %1, expected %2</source>
        <translation>esquema: versión %1, se esperaba %2</translation>
    </message>
    <message>
        <source>records: %1</source>
        <comment>a record that is not one CoSafe writes</comment>
        <translation>registros: %1</translation>
    </message>
    <message numerus="yes">
        <source>records: checking stopped after %Ln bad records</source>
        <translation>
            <numerusform>registros: la comprobación se detuvo tras %Ln registro erróneo</numerusform>
            <numerusform>registros: la comprobación se detuvo tras %Ln registros erróneos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <source>%1 is open in another CoSafe window; close it there first</source>
        <translation>%1 está abierto en otra ventana de CoSafe; ciérrelo allí primero</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>La copia no se guardó</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read to upgrade it in memory: %2</source>
        <translation>No se pudo leer %1 para actualizarlo en memoria: %2</translation>
    </message>
    <message>
        <source>Could not make a backup before upgrading</source>
        <translation>No se pudo hacer una copia de seguridad antes de actualizar</translation>
    </message>
    <message>
        <source>Upgrading the project failed and was undone (the file is as it was, and no backup was kept): %1</source>
        <translation>La actualización del proyecto falló y se revirtió (el archivo está como estaba y no se guardó ninguna copia de seguridad): %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what failed, then why: “The copy was not saved: the disk is full”</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the file cannot be written (read-only)</source>
        <translation>no se puede escribir el archivo (solo lectura)</translation>
    </message>
    <message>
        <source>the file is locked by another program</source>
        <translation>el archivo está bloqueado por otro programa</translation>
    </message>
    <message>
        <source>the disk could not be written (I/O error; was the USB stick removed?)</source>
        <translation>no se pudo escribir en el disco (error de E/S; ¿se quitó la memoria USB?)</translation>
    </message>
    <message>
        <source>a value is out of its allowed range (%1)</source>
        <translation>un valor está fuera de su rango permitido (%1)</translation>
    </message>
    <message>
        <source>a record with the same identity already exists</source>
        <translation>ya existe un registro con la misma identidad</translation>
    </message>
    <message>
        <source>%1 record feature %2: %3</source>
        <comment>a table, a basemap feature&apos;s number, what is wrong in it</comment>
        <translation>%1, elemento %2: %3</translation>
    </message>
    <message>
        <source>%1 record %2: %3</source>
        <comment>a table, a record&apos;s UUID, what is wrong in it</comment>
        <translation>%1, registro %2: %3</translation>
    </message>
    <message>
        <source>its geometry is not a GeoPackage geometry</source>
        <translation>su geometría no es una geometría GeoPackage</translation>
    </message>
    <message>
        <source>its layer or style class is not text</source>
        <translation>su capa o clase de estilo no es texto</translation>
    </message>
    <message>
        <source>its name is not text</source>
        <translation>su nombre no es texto</translation>
    </message>
    <message>
        <source>its columns are not the ones CoSafe declares, so its records cannot be read</source>
        <translation>sus columnas no son las que declara CoSafe, así que no se pueden leer sus registros</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 o 1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>datos binarios</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last two kinds of value a column takes: “a whole number or text”</comment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between kinds of value</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <comment>a column, the value it holds, what it should hold</comment>
        <translation>%1 es %2, no %3</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>a date and time (YYYY-MM-DDTHH:MM:SS.SSSZ)</source>
        <translation>una fecha y hora (AAAA-MM-DDTHH:MM:SS.SSSZ)</translation>
    </message>
    <message>
        <source>it does not have the columns of its table</source>
        <translation>no tiene las columnas de su tabla</translation>
    </message>
    <message>
        <source>JSON text</source>
        <translation>texto JSON</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <comment>%1 is a column</comment>
        <translation>%1 no es JSON válido</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <comment>%1 is a column</comment>
        <translation>%1 no es un objeto JSON</translation>
    </message>
    <message>
        <source>%1 is not a JSON list</source>
        <comment>%1 is a column</comment>
        <translation>%1 no es una lista JSON</translation>
    </message>
    <message>
        <source>%1 holds something other than text</source>
        <comment>%1 is a column</comment>
        <translation>%1 contiene algo que no es texto</translation>
    </message>
    <message>
        <source>empty (NULL)</source>
        <translation>vacío (NULL)</translation>
    </message>
    <message>
        <source>its geometry cannot be read</source>
        <translation>no se puede leer su geometría</translation>
    </message>
    <message>
        <source>its geometry is not a %1</source>
        <comment>%1 is a GeoPackage geometry type: “multipolygon”</comment>
        <translation>su geometría no es de tipo %1</translation>
    </message>
    <message>
        <source>%1 is empty (NULL) where a value is needed</source>
        <comment>%1 is a column</comment>
        <translation>%1 está vacío (NULL) donde se necesita un valor</translation>
    </message>
    <message>
        <source>a value is empty (NULL) where a value is needed</source>
        <translation>un valor está vacío (NULL) donde se necesita un valor</translation>
    </message>
    <message>
        <source>a value breaks the rule %1</source>
        <comment>%1 is an SQL rule of the table</comment>
        <translation>un valor incumple la regla %1</translation>
    </message>
    <message>
        <source>a value breaks a rule of its table</source>
        <translation>un valor incumple una regla de su tabla</translation>
    </message>
    <message>
        <source>a view “%1” where a table belongs</source>
        <translation>una vista «%1» donde corresponde una tabla</translation>
    </message>
    <message>
        <source>a trigger “%1” on %2</source>
        <translation>un disparador «%1» en %2</translation>
    </message>
    <message>
        <source>an index “%1” on %2</source>
        <translation>un índice «%1» en %2</translation>
    </message>
    <message>
        <source>a view “%1”</source>
        <translation>una vista «%1»</translation>
    </message>
    <message>
        <source>a virtual table “%1”</source>
        <translation>una tabla virtual «%1»</translation>
    </message>
    <message>
        <source>%1 was refused: it holds %2, which neither CoSafe nor the GeoPackage standard makes (SQL of a file&apos;s own could change records unseen or never finish)</source>
        <comment>%2 names what it holds: “a trigger “x” on proposals”</comment>
        <translation>%1 se rechazó: contiene %2, que no crean ni CoSafe ni el estándar GeoPackage (el SQL propio de un archivo podría cambiar registros sin que se vea o no terminar nunca)</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 ya está abierto</translation>
    </message>
    <message>
        <source>Not a CoSafe project</source>
        <translation>No es un proyecto de CoSafe</translation>
    </message>
    <message>
        <source>%1. Start a new project with its layers as the basemap?</source>
        <translation>%1. ¿Empezar un proyecto nuevo con sus capas como mapa base?</translation>
    </message>
    <message>
        <source>Start New Project</source>
        <translation>Empezar proyecto nuevo</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>%1; it was removed from the recent projects</source>
        <translation>%1; se quitó de los proyectos recientes</translation>
    </message>
    <message>
        <source>Upgraded %1 to the current project format; the file as it was is kept as %2 (a full copy: remove it in File › Project Properties)</source>
        <translation>%1 se actualizó al formato de proyecto actual; el archivo tal como estaba se conserva como %2 (una copia completa: elimínela en Archivo › Propiedades del proyecto)</translation>
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
        <translation>Limpiando las fotos guardadas…</translation>
    </message>
    <message>
        <source>Photos not cleaned</source>
        <translation>Fotos sin limpiar</translation>
    </message>
    <message>
        <source>Stored photos were not cleaned of camera data (cancelled); CoSafe cleans them the next time</source>
        <translation>No se limpiaron los datos de cámara de las fotos guardadas (cancelado); CoSafe las limpiará la próxima vez</translation>
    </message>
    <message>
        <source>%1 project.gpkg</source>
        <comment>a file name</comment>
        <translation>%1 proyecto.gpkg</translation>
    </message>
    <message>
        <source>New project.gpkg</source>
        <comment>a file name</comment>
        <translation>Nuevo proyecto.gpkg</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>No se puede crear el proyecto</translation>
    </message>
    <message>
        <source>%1 is open in CoSafe; choose another file name</source>
        <translation>%1 está abierto en CoSafe; elija otro nombre de archivo</translation>
    </message>
    <message>
        <source>%1 copy.gpkg</source>
        <comment>a file name</comment>
        <translation>%1 copia.gpkg</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>No se puede guardar una copia</translation>
    </message>
    <message>
        <source>Choose a different file name to save a copy</source>
        <translation>Elija otro nombre de archivo para guardar una copia</translation>
    </message>
    <message>
        <source>Saved a copy as %1; you are now working in the copy</source>
        <translation>Se guardó una copia como %1; ahora está trabajando en la copia</translation>
    </message>
    <message>
        <source>Remove traces of deleted records?</source>
        <translation>¿Eliminar los rastros de registros borrados?</translation>
    </message>
    <message>
        <source>CoSafe rewrites the project file so that nothing that deleted records held can be recovered from it, and stores every photo and paper map without camera data, under a neutral name. Do this for a file that came from another laptop or an older CoSafe: what this CoSafe deletes is overwritten already. Your records and the undo history stay as they are.</source>
        <translation>CoSafe reescribe el archivo del proyecto para que no se pueda recuperar de él nada de lo que contenían los registros borrados, y guarda cada foto y mapa en papel sin datos de cámara, con un nombre neutro. Hágalo con un archivo que vino de otra computadora o de un CoSafe anterior: lo que borra este CoSafe ya se sobrescribe. Sus registros y el historial de cambios quedan como están.</translation>
    </message>
    <message>
        <source>Remove Traces</source>
        <translation>Eliminar rastros</translation>
    </message>
    <message>
        <source>Traces not removed</source>
        <translation>Rastros no eliminados</translation>
    </message>
    <message>
        <source>Removed the traces of deleted records from the project file. %1</source>
        <translation>Se eliminaron del archivo del proyecto los rastros de registros borrados. %1</translation>
    </message>
    <message>
        <source>No sample project</source>
        <translation>No hay proyecto de ejemplo</translation>
    </message>
    <message>
        <source>This installation of CoSafe has no sample project</source>
        <translation>Esta instalación de CoSafe no tiene proyecto de ejemplo</translation>
    </message>
    <message>
        <source>Cannot write the sample project</source>
        <translation>No se puede escribir el proyecto de ejemplo</translation>
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
        <translation>Los conteos y promedios de grupos más pequeños que esto, y las cifras a partir de las cuales se podrían deducir, se ocultan para proteger a las personas participantes.</translation>
    </message>
    <message>
        <source>The currency of every cost in the project: shown beside costs and printed in the plan</source>
        <translation>La moneda de todos los costos del proyecto: se muestra junto a los costos y se imprime en el plan</translation>
    </message>
    <message>
        <source>The language the plan and the exports are written in, whatever language the window speaks</source>
        <translation>El idioma en que se escriben el plan y las exportaciones, sea cual sea el idioma de la ventana</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Project Properties</source>
        <translation>Propiedades del proyecto</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nombre del proyecto</translation>
    </message>
    <message>
        <source>The project&apos;s name, on the window title and the plan&apos;s cover (required)</source>
        <translation>El nombre del proyecto, en el título de la ventana y en la portada del plan (obligatorio)</translation>
    </message>
    <message>
        <source>Required, e.g. Riverside safety audit 2026</source>
        <translation>Obligatorio, p. ej. Auditoría de seguridad Ribera 2026</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>The neighbourhood, town or city the project is about</source>
        <translation>El barrio, pueblo o ciudad del proyecto</translation>
    </message>
    <message>
        <source>Neighbourhood, town or city</source>
        <translation>Barrio, pueblo o ciudad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What this project is for and who takes part; printed on the plan&apos;s cover</source>
        <translation>Para qué es este proyecto y quiénes participan; se imprime en la portada del plan</translation>
    </message>
    <message>
        <source>What this project is for, who takes part</source>
        <translation>Para qué es este proyecto, quiénes participan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Small groups threshold</source>
        <translation>Umbral de grupos pequeños</translation>
    </message>
    <message>
        <source> people</source>
        <comment>after the smallest number of people a group may have</comment>
        <translation> personas</translation>
    </message>
    <message>
        <source>Small &amp;groups:</source>
        <translation>&amp;Grupos pequeños:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma de los informes</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <comment>the plan&apos;s language</comment>
        <translation>El mismo que la ventana</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Idioma de los informes:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>Untitled project</source>
        <translation>Proyecto sin título</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>El cambio no se hizo</translation>
    </message>
    <message>
        <source>The project is read-only (%1)</source>
        <translation>El proyecto es de solo lectura (%1)</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>El cambio no se guardó</translation>
    </message>
    <message>
        <source>Undo of “%1” failed</source>
        <translation>No se pudo deshacer «%1»</translation>
    </message>
    <message>
        <source>Redo of “%1” failed</source>
        <translation>No se pudo rehacer «%1»</translation>
    </message>
    <message>
        <source>%1. The undo history was cleared.</source>
        <translation>%1. Se borró el historial de cambios.</translation>
    </message>
</context>
<context>
    <name>ProposalPropertiesPanel</name>
    <message>
        <source>Name this proposal, e.g. Lights on Soko St</source>
        <translation>Ponga nombre a esta propuesta, p. ej. Luces en la calle Soko</translation>
    </message>
    <message>
        <source>What should change, and why it would feel safer</source>
        <translation>Qué debería cambiar y por qué se sentiría más seguro</translation>
    </message>
    <message>
        <source>Choose, or type a new type</source>
        <translation>Elija o escriba un tipo nuevo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>Principio CPTED</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Rough cost</source>
        <translation>Costo aproximado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Create Action from Proposal</source>
        <translation>Crear acción a partir de la propuesta</translation>
    </message>
    <message>
        <source>Add an action to the plan from this proposal, linked to it</source>
        <translation>Agregar al plan una acción a partir de esta propuesta, vinculada a ella</translation>
    </message>
    <message>
        <source>Select a proposal on the map or in the Proposals list to describe it here.</source>
        <translation>Seleccione una propuesta en el mapa o en la lista de Propuestas para describirla aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals are selected. Select one to describe it here.</source>
        <translation>
            <numerusform>Hay %Ln propuesta seleccionada. Seleccione una para describirla aquí.</numerusform>
            <numerusform>Hay %Ln propuestas seleccionadas. Seleccione una para describirla aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>Set title of “%1”</source>
        <translation>Cambiar título de «%1»</translation>
    </message>
    <message>
        <source>Set description of “%1”</source>
        <translation>Cambiar descripción de «%1»</translation>
    </message>
    <message>
        <source>Set principle of “%1”</source>
        <translation>Cambiar principio de «%1»</translation>
    </message>
    <message>
        <source>Set intervention of “%1”</source>
        <translation>Cambiar intervención de «%1»</translation>
    </message>
    <message>
        <source>Set who it is for of “%1”</source>
        <translation>Cambiar para quién es «%1»</translation>
    </message>
    <message>
        <source>Set day/night of “%1”</source>
        <translation>Cambiar día/noche de «%1»</translation>
    </message>
    <message>
        <source>Set cost of “%1”</source>
        <translation>Cambiar costo de «%1»</translation>
    </message>
    <message>
        <source>Set status of “%1”</source>
        <translation>Cambiar estado de «%1»</translation>
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
        <translation>Principio</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
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
        <translation>Aún no hay propuestas. Los grupos las dibujan en el mapa con las herramientas de dibujo.</translation>
    </message>
    <message>
        <source>Filter by workshop</source>
        <translation>Filtrar por taller</translation>
    </message>
    <message>
        <source>Show only this workshop&apos;s proposals</source>
        <translation>Mostrar solo las propuestas de este taller</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Filtrar por grupo</translation>
    </message>
    <message>
        <source>Show only this group&apos;s proposals</source>
        <translation>Mostrar solo las propuestas de este grupo</translation>
    </message>
    <message>
        <source>Filter by principle</source>
        <translation>Filtrar por principio</translation>
    </message>
    <message>
        <source>Show only proposals for this CPTED principle</source>
        <translation>Mostrar solo las propuestas de este principio CPTED</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>The proposals, ranked; double-click zooms the map to one</source>
        <translation>Las propuestas, por orden; doble clic acerca el mapa a una</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>Todos los talleres</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Taller sin título</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>Unnamed group</source>
        <translation>Grupo sin nombre</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln proposals shown</source>
        <translation>
            <numerusform>Se muestran %1 de %Ln propuesta</numerusform>
            <numerusform>Se muestran %1 de %Ln propuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals</source>
        <translation>
            <numerusform>%Ln propuesta</numerusform>
            <numerusform>%Ln propuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Create Action from Proposal</source>
        <translation>Crear acción a partir de la propuesta</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Second-generation CPTED: the social side of safety</source>
        <translation>CPTED de segunda generación: el lado social de la seguridad</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <comment>no CPTED principle</comment>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <source>All principles</source>
        <translation>Todos los principios</translation>
    </message>
    <message>
        <source>12 ● 3: proposal no. 12 (as in the tables), 3 voting dots</source>
        <translation>12 ● 3: propuesta n.º 12 (como en las tablas), 3 puntos de votación</translation>
    </message>
    <message>
        <source>Proposals: %1</source>
        <comment>a legend row: a group&apos;s proposals</comment>
        <translation>Propuestas: %1</translation>
    </message>
    <message>
        <source>unnamed group</source>
        <translation>grupo sin nombre</translation>
    </message>
    <message>
        <source>Proposals (no group)</source>
        <translation>Propuestas (sin grupo)</translation>
    </message>
    <message>
        <source>Move proposal</source>
        <translation>Mover propuesta</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln proposals</source>
        <translation>
            <numerusform>Mover %Ln propuesta</numerusform>
            <numerusform>Mover %Ln propuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>Mover vértice</translation>
    </message>
    <message>
        <source>Insert vertex</source>
        <translation>Insertar vértice</translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation>Eliminar vértice</translation>
    </message>
    <message>
        <source>That change leaves the area with no inside</source>
        <translation>Ese cambio deja el área sin interior</translation>
    </message>
    <message>
        <source>Cannot remove that vertex: a shape needs at least a point</source>
        <translation>No se puede quitar ese vértice: una forma necesita al menos un punto</translation>
    </message>
    <message>
        <source>Cannot remove that vertex: a line needs at least two vertices</source>
        <translation>No se puede quitar ese vértice: una línea necesita al menos dos vértices</translation>
    </message>
    <message>
        <source>Cannot remove that vertex: a shape needs at least three vertices</source>
        <translation>No se puede quitar ese vértice: una forma necesita al menos tres vértices</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>Propuesta sin título</translation>
    </message>
</context>
<context>
    <name>ProposalsFeature</name>
    <message>
        <source>Proposal Details</source>
        <translation>Detalles de la propuesta</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Compare Groups</source>
        <translation>Comparar grupos</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Votación</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>this laptop</source>
        <translation>esta computadora</translation>
    </message>
    <message>
        <source>an unnamed laptop</source>
        <translation>una computadora sin nombre</translation>
    </message>
    <message>
        <source>Made on: %1 · %2</source>
        <comment>%1: a laptop, %2: a group</comment>
        <translation>Hecho en: %1 · %2</translation>
    </message>
    <message>
        <source>Made on: %1</source>
        <comment>%1: a laptop</comment>
        <translation>Hecho en: %1</translation>
    </message>
    <message>
        <source>From paper sheet %1 (read on %2)</source>
        <comment>%1: the sheet&apos;s number, %2: a date</comment>
        <translation>De la hoja de papel %1 (leída el %2)</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Separar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Cierra el panel</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Separa el panel de la ventana o lo vuelve a unir a ella</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
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
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Sí a &amp;todo</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a todo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abortar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Guardar todo</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Desplazar a la izquierda</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Desplazar a la derecha</translation>
    </message>
</context>
<context>
    <name>RankingList</name>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 dots from %Ln voters</source>
        <translation>
            <numerusform>%1: %2 puntos de %Ln votante</numerusform>
            <numerusform>%1: %2 puntos de %Ln votantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1. Use File › Save As to make an editable copy.</source>
        <translation>&lt;b&gt;Solo lectura:&lt;/b&gt; %1. Use Archivo › Guardar como para crear una copia editable.</translation>
    </message>
</context>
<context>
    <name>ReadSheetsDialog</name>
    <message>
        <source>Read Paper Sheets</source>
        <translation>Leer hojas de papel</translation>
    </message>
    <message>
        <source>Add Photos…</source>
        <translation>Añadir fotos…</translation>
    </message>
    <message>
        <source>Choose a read sheet in the list to check what was found on it.</source>
        <translation>Elija una hoja leída en la lista para revisar lo que se encontró en ella.</translation>
    </message>
    <message>
        <source>&amp;Store Sheet</source>
        <translation>&amp;Guardar hoja</translation>
    </message>
    <message>
        <source>Add the ticked dots to the project as one step you can undo</source>
        <translation>Añadir los puntos marcados al proyecto en un solo paso que se puede deshacer</translation>
    </message>
    <message>
        <source>Photos of Paper Sheets</source>
        <translation>Fotos de hojas de papel</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <source>Reading paper sheets…</source>
        <translation>Leyendo hojas de papel…</translation>
    </message>
    <message>
        <source>Reading cancelled; the photos read so far are not listed</source>
        <translation>Lectura cancelada; las fotos leídas hasta ahora no se muestran</translation>
    </message>
    <message>
        <source>The photos were not read</source>
        <translation>Las fotos no se leyeron</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a photo&apos;s file name, then why it cannot be read</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: sheet %2 (%3), stored</source>
        <translation>%1: hoja %2 (%3), guardada</translation>
    </message>
    <message>
        <source>%1: sheet %2 (%3): %4</source>
        <comment>%4: how many dots, how many to check</comment>
        <translation>%1: hoja %2 (%3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln to check</source>
        <comment>%1: the marks found (3 dots, 1 pen line)</comment>
        <translation>
            <numerusform>%1, %Ln por revisar</numerusform>
            <numerusform>%1, %Ln por revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: audit sheet %2 (%3), stored</source>
        <translation>%1: hoja de auditoría %2 (%3), guardada</translation>
    </message>
    <message>
        <source>%1: audit sheet %2 (%3): %4</source>
        <comment>%4: how many scores, how many to check</comment>
        <translation>%1: hoja de auditoría %2 (%3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scores, %1 to check</source>
        <translation>
            <numerusform>%Ln puntaje, %1 por revisar</numerusform>
            <numerusform>%Ln puntajes, %1 por revisar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the scores ticked to store</source>
        <translation>
            <numerusform>%Ln de los puntajes marcado para guardar</numerusform>
            <numerusform>%Ln de los puntajes marcados para guardar</numerusform>
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
        <translation>Hoja %1 guardada: añadido %2 (Editar › Deshacer lo quita)</translation>
    </message>
    <message>
        <source>%1. Storing it again replaces its points&apos; scores with those ticked now.</source>
        <translation>%1. Guardarla otra vez reemplaza los puntajes de sus puntos por los marcados ahora.</translation>
    </message>
    <message>
        <source>Read Before</source>
        <translation>Ya leída</translation>
    </message>
    <message>
        <source>%1. Storing it again adds its dots a second time.</source>
        <translation>%1. Guardarla otra vez añade sus puntos por segunda vez.</translation>
    </message>
    <message>
        <source>Photos of printed group maps or audit sheets: drop them here or add them. Check what was read, then store the sheet.</source>
        <translation>Fotos de mapas de grupo o de hojas de auditoría impresos: suéltelas aquí o añádalas. Revise lo leído y luego guarde la hoja.</translation>
    </message>
    <message>
        <source>Store Again</source>
        <translation>Guardar otra vez</translation>
    </message>
    <message>
        <source>Photo of audit sheet %1</source>
        <translation>Foto de la hoja de auditoría %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit sheet %1 stored: %Ln scores (Edit › Undo takes them away)</source>
        <translation>
            <numerusform>Hoja de auditoría %1 guardada: %Ln puntaje (Editar › Deshacer lo quita)</numerusform>
            <numerusform>Hoja de auditoría %1 guardada: %Ln puntajes (Editar › Deshacer los quita)</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet was not stored</source>
        <translation>La hoja no se guardó</translation>
    </message>
    <message>
        <source>Photo of paper sheet %1</source>
        <translation>Foto de la hoja de papel %1</translation>
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
        <translation>Los motivos que puede indicar un marcador; F2 o doble clic cambia el nombre de uno</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Nuevo motivo</translation>
    </message>
    <message>
        <source>Type a new reason and press Enter to add it</source>
        <translation>Escriba un motivo nuevo y pulse Enter para agregarlo</translation>
    </message>
    <message>
        <source>New reason, e.g. No toilets</source>
        <translation>Nuevo motivo, p. ej. Sin baños</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Stop offering this reason for new pins; pins that have it keep it</source>
        <translation>Dejar de ofrecer este motivo para marcadores nuevos; los marcadores que lo tienen lo conservan</translation>
    </message>
    <message>
        <source>Translations…</source>
        <translation>Traducciones…</translation>
    </message>
    <message>
        <source>This reason in other languages</source>
        <translation>Este motivo en otros idiomas</translation>
    </message>
    <message>
        <source>Double-click a reason (or F2) to rename it. Reasons are retired, never deleted, so pins keep their meaning.</source>
        <translation>Haga doble clic en un motivo (o F2) para cambiarle el nombre. Los motivos se retiran, nunca se eliminan, así los marcadores conservan su significado.</translation>
    </message>
    <message>
        <source>Retired: not offered for new pins</source>
        <translation>Retirados: no se ofrecen para marcadores nuevos</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Type the new reason first</source>
        <translation>Primero escriba el nuevo motivo</translation>
    </message>
    <message>
        <source>“%1” is already a reason; nothing was added</source>
        <translation>«%1» ya es un motivo; no se agregó nada</translation>
    </message>
    <message>
        <source>Add reason tag “%1”</source>
        <translation>Agregar etiqueta de motivo «%1»</translation>
    </message>
    <message>
        <source>“%1” is already a reason; the name was kept</source>
        <translation>«%1» ya es un motivo; se mantuvo el nombre</translation>
    </message>
    <message>
        <source>A reason needs a name; the name was kept</source>
        <translation>Un motivo necesita un nombre; se mantuvo el nombre</translation>
    </message>
    <message>
        <source>Rename reason tag “%1” to “%2”</source>
        <translation>Cambiar el nombre de la etiqueta de motivo «%1» a «%2»</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Translate reason tag “%1”</source>
        <translation>Traducir la etiqueta de motivo «%1»</translation>
    </message>
    <message>
        <source>Restore reason tag “%1”</source>
        <translation>Restaurar etiqueta de motivo «%1»</translation>
    </message>
    <message>
        <source>Retire reason tag “%1”</source>
        <translation>Retirar etiqueta de motivo «%1»</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>taller</translation>
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
        <translation>Capas del mapa base</translation>
    </message>
    <message>
        <source>basemap layer</source>
        <translation>capa del mapa base</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>Criteria sets</source>
        <translation>Conjuntos de criterios</translation>
    </message>
    <message>
        <source>criteria set</source>
        <translation>conjunto de criterios</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>criterio</translation>
    </message>
    <message>
        <source>Audit walks</source>
        <translation>Recorridos de auditoría</translation>
    </message>
    <message>
        <source>audit walk</source>
        <translation>recorrido de auditoría</translation>
    </message>
    <message>
        <source>Walk participants</source>
        <translation>Participantes de recorridos</translation>
    </message>
    <message>
        <source>walk participant</source>
        <translation>participante de recorrido</translation>
    </message>
    <message>
        <source>Audit points</source>
        <translation>Puntos de auditoría</translation>
    </message>
    <message>
        <source>audit point</source>
        <translation>punto de auditoría</translation>
    </message>
    <message>
        <source>Audit scores</source>
        <translation>Puntajes de auditoría</translation>
    </message>
    <message>
        <source>audit score</source>
        <translation>puntaje de auditoría</translation>
    </message>
    <message>
        <source>Checklist answers</source>
        <translation>Respuestas de la lista de verificación</translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation>respuesta de la lista de verificación</translation>
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
        <translation>Traducciones de etiquetas</translation>
    </message>
    <message>
        <source>label translation</source>
        <translation>traducción de etiqueta</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>Marcadores de percepción</translation>
    </message>
    <message>
        <source>perception pin</source>
        <translation>marcador de percepción</translation>
    </message>
    <message>
        <source>Recorded incidents</source>
        <translation>Incidentes registrados</translation>
    </message>
    <message>
        <source>recorded incident</source>
        <translation>incidente registrado</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Actores clave</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>actor clave</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>Action partners</source>
        <translation>Socios de acciones</translation>
    </message>
    <message>
        <source>action partner</source>
        <translation>socio de acción</translation>
    </message>
    <message>
        <source>Action links</source>
        <translation>Vínculos de acciones</translation>
    </message>
    <message>
        <source>action link</source>
        <translation>vínculo de acción</translation>
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
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>adjunto</translation>
    </message>
    <message>
        <source>Paper sheets read</source>
        <translation>Hojas de papel leídas</translation>
    </message>
    <message>
        <source>paper sheet read</source>
        <translation>hoja de papel leída</translation>
    </message>
    <message>
        <source>Records read from paper</source>
        <translation>Registros leídos del papel</translation>
    </message>
    <message>
        <source>record read from paper</source>
        <translation>registro leído del papel</translation>
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
        <translation>Registro de combinaciones</translation>
    </message>
    <message>
        <source>merge log</source>
        <translation>registro de combinaciones</translation>
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
        <translation>Idea</translation>
    </message>
    <message>
        <source>The photo, straightened: drag a dot to where the sticker is</source>
        <translation>La foto, enderezada: arrastre un punto hasta donde está la pegatina</translation>
    </message>
    <message>
        <source>The map: drag a dot to where it belongs</source>
        <translation>El mapa: arrastre un punto hasta su lugar</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Revisar: %1</translation>
    </message>
    <message>
        <source>Looks sure (%1 %)</source>
        <translation>Parece seguro (%1 %)</translation>
    </message>
    <message>
        <source>Pen line: %1</source>
        <translation>Línea de bolígrafo: %1</translation>
    </message>
    <message>
        <source>Pen shape (an area): %1</source>
        <translation>Forma de bolígrafo (un área): %1</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no numbered note</comment>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Note number</source>
        <translation>Número de nota</translation>
    </message>
    <message>
        <source>The number written beside the dot: it links the dot to that note of the margin</source>
        <translation>El número escrito junto al punto: une el punto con esa nota del margen</translation>
    </message>
    <message>
        <source>Photo of sheet %1</source>
        <translation>Foto de la hoja %1</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>En el mapa</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Numbered notes</source>
        <translation>Notas numeradas</translation>
    </message>
    <message>
        <source>Type each numbered note&apos;s text as written in the sheet&apos;s margin: it is stored with the dots that carry its number</source>
        <translation>Escriba el texto de cada nota numerada tal como está en el margen de la hoja: se guarda con los puntos que llevan su número</translation>
    </message>
    <message>
        <source>Numbered notes on this sheet</source>
        <translation>Notas numeradas de esta hoja</translation>
    </message>
    <message>
        <source>No sticker and no pen line was found on this sheet.</source>
        <translation>No se encontró ninguna pegatina ni línea de bolígrafo en esta hoja.</translation>
    </message>
    <message>
        <source>%1: note %2</source>
        <comment>a dot&apos;s row, then the number written beside it</comment>
        <translation>%1: nota %2</translation>
    </message>
    <message>
        <source>%1?</source>
        <comment>a dot to check</comment>
        <translation>¿%1?</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>cosafe: %1 has no workshop: add one in CoSafe first (Workshop › New Workshop…).</source>
        <translation>cosafe: %1 no tiene ningún taller: añada uno antes en CoSafe (Taller › Nuevo taller…).</translation>
    </message>
    <message>
        <source>cosafe: %1 has no map area: import a basemap or set the project area first.</source>
        <translation>cosafe: %1 no tiene zona de mapa: importe antes un mapa base o fije la zona del proyecto.</translation>
    </message>
    <message>
        <source>Room open: %1</source>
        <translation>Sala abierta: %1</translation>
    </message>
    <message>
        <source>Room closed.</source>
        <translation>Sala cerrada.</translation>
    </message>
    <message>
        <source>This address is not the room&apos;s.</source>
        <translation>Esta dirección no es la de la sala.</translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation>La sala está cerrada.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests from this device: wait %Ln seconds.</source>
        <translation>
            <numerusform>Demasiadas solicitudes desde este dispositivo: espere %Ln segundo.</numerusform>
            <numerusform>Demasiadas solicitudes desde este dispositivo: espere %Ln segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room code is wrong or missing: it is shown on the projector.</source>
        <translation>El código de la sala es incorrecto o falta: aparece en el proyector.</translation>
    </message>
    <message>
        <source>Join the room first: this needs the token that joining gives.</source>
        <translation>Entre antes en la sala: esto necesita el token que se recibe al entrar.</translation>
    </message>
    <message>
        <source>This token is not valid, or the room was closed since: join again.</source>
        <translation>Este token no es válido, o la sala se cerró desde entonces: vuelva a entrar.</translation>
    </message>
    <message numerus="yes">
        <source>The request is too large: at most %Ln bytes.</source>
        <translation>
            <numerusform>La solicitud es demasiado grande: como máximo %Ln byte.</numerusform>
            <numerusform>La solicitud es demasiado grande: como máximo %Ln bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room is paused: try again in a moment.</source>
        <translation>La sala está en pausa: inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The basemap has no tile here.</source>
        <translation>El mapa base no tiene ninguna tesela aquí.</translation>
    </message>
    <message>
        <source>There is no such page in the room.</source>
        <translation>Esa página no existe en la sala.</translation>
    </message>
    <message>
        <source>This address does not take that kind of request.</source>
        <translation>Esta dirección no acepta ese tipo de solicitud.</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>La solicitud fue rechazada.</translation>
    </message>
    <message>
        <source>Something went wrong in the room; nothing was stored.</source>
        <translation>Algo falló en la sala; no se guardó nada.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation>Propuesta %1</translation>
    </message>
    <message>
        <source>This workshop has no groups: leave “group” out.</source>
        <translation>Este taller no tiene grupos: omita «group».</translation>
    </message>
    <message>
        <source>“%1” must be a JSON object.</source>
        <translation>«%1» debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Taking part needs consent: nothing was stored.</source>
        <translation>Para participar hace falta el consentimiento: no se guardó nada.</translation>
    </message>
    <message>
        <source>Participant %1 joins from a phone</source>
        <translation>Participante %1 entra desde un teléfono</translation>
    </message>
    <message>
        <source>Pin from phone %1</source>
        <translation>Marcador del teléfono %1</translation>
    </message>
    <message>
        <source>Idea from phone %1</source>
        <translation>Idea del teléfono %1</translation>
    </message>
    <message>
        <source>“proposal” must be the id of one of this workshop&apos;s proposals.</source>
        <translation>«proposal» debe ser el id de una de las propuestas de este taller.</translation>
    </message>
    <message>
        <source>Dot from phone %1</source>
        <translation>Punto del teléfono %1</translation>
    </message>
    <message>
        <source>“%1” is not an IP address; give the address of this computer on the phones&apos; network, e.g. 192.168.4.1.</source>
        <translation>«%1» no es una dirección IP; indique la dirección de este ordenador en la red de los teléfonos, p. ej. 192.168.4.1.</translation>
    </message>
    <message>
        <source>“%1” would listen on every network of this computer; give the address of the one the phones use, e.g. 192.168.4.1.</source>
        <translation>«%1» escucharía en todas las redes de este ordenador; indique la dirección de la que usan los teléfonos, p. ej. 192.168.4.1.</translation>
    </message>
    <message>
        <source>the port is in use by another program</source>
        <translation>otro programa está usando el puerto</translation>
    </message>
    <message>
        <source>this computer has no such address</source>
        <translation>este ordenador no tiene esa dirección</translation>
    </message>
    <message>
        <source>The room cannot listen on %1: %2.</source>
        <translation>La sala no puede escuchar en %1: %2.</translation>
    </message>
    <message>
        <source>The request body is not JSON.</source>
        <translation>El cuerpo de la solicitud no es JSON.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>El cuerpo de la solicitud debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>Campo desconocido: «%1».</translation>
    </message>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>Falta el campo «%1».</translation>
    </message>
    <message numerus="yes">
        <source>“%1” must be text of at most %Ln characters.</source>
        <translation>
            <numerusform>«%1» debe ser un texto de %Ln carácter como máximo.</numerusform>
            <numerusform>«%1» debe ser un texto de %Ln caracteres como máximo.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” must not be empty.</source>
        <translation>«%1» no debe estar vacío.</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2.</source>
        <translation>«%1» debe ser uno de: %2.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” must be a list of different values, at most %Ln, each one of: %2.</source>
        <translation>
            <numerusform>«%1» debe ser una lista de valores distintos, como máximo %Ln, cada uno de: %2.</numerusform>
            <numerusform>«%1» debe ser una lista de valores distintos, como máximo %Ln, cada uno de: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>«%1» debe ser true o false.</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>«%1» debe ser un número.</translation>
    </message>
    <message>
        <source>The place is outside the workshop&apos;s area.</source>
        <translation>El lugar está fuera de la zona del taller.</translation>
    </message>
    <message numerus="yes">
        <source>“geometry” must be a GeoJSON point or a line of 2 to %Ln points.</source>
        <translation>
            <numerusform>«geometry» debe ser un punto GeoJSON o una línea de 2 a %Ln puntos.</numerusform>
            <numerusform>«geometry» debe ser un punto GeoJSON o una línea de 2 a %Ln puntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Safety workshop</source>
        <translation>Taller de seguridad</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Código de la sala</translation>
    </message>
    <message>
        <source>The code is shown on the projector.</source>
        <translation>El código aparece en el proyector.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Join the workshop</source>
        <translation>Entrar en el taller</translation>
    </message>
    <message>
        <source>No name is asked. Your answers only help show how safety differs between groups.</source>
        <translation>No se pide ningún nombre. Sus respuestas solo ayudan a ver cómo cambia la seguridad entre grupos.</translation>
    </message>
    <message>
        <source>Your group</source>
        <translation>Su grupo</translation>
    </message>
    <message>
        <source>I agree that my answers, pins, ideas and dots are kept in this workshop&apos;s project, without my name.</source>
        <translation>Acepto que mis respuestas, marcadores, ideas y puntos se guarden en el proyecto de este taller, sin mi nombre.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Your code is %1</source>
        <translation>Su código es %1</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <source>Map of the workshop&apos;s area</source>
        <translation>Mapa de la zona del taller</translation>
    </message>
    <message>
        <source>Tap the map to choose a place. The arrow keys move the map; the button below chooses its centre.</source>
        <translation>Toque el mapa para elegir un lugar. Las flechas del teclado mueven el mapa; el botón de abajo elige su centro.</translation>
    </message>
    <message>
        <source>The numbers on the map are the proposals listed below.</source>
        <translation>Los números del mapa son las propuestas de la lista de abajo.</translation>
    </message>
    <message>
        <source>Choose the centre of the map</source>
        <translation>Elegir el centro del mapa</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Place chosen.</source>
        <translation>Lugar elegido.</translation>
    </message>
    <message>
        <source>This place is outside the workshop&apos;s area (the dashed line).</source>
        <translation>Este lugar está fuera de la zona del taller (la línea discontinua).</translation>
    </message>
    <message>
        <source>Tap the map to choose a place first.</source>
        <translation>Toque antes el mapa para elegir un lugar.</translation>
    </message>
    <message>
        <source>How do you feel here?</source>
        <translation>¿Cómo se siente aquí?</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>¿Cuándo?</translation>
    </message>
    <message>
        <source>Your story (if you wish)</source>
        <translation>Su relato (si quiere)</translation>
    </message>
    <message>
        <source>The facilitator reads stories before any is shown on the projector.</source>
        <translation>La persona facilitadora lee los relatos antes de que se muestre alguno en el proyector.</translation>
    </message>
    <message>
        <source>Add the pin</source>
        <translation>Añadir el marcador</translation>
    </message>
    <message>
        <source>Your pin was added.</source>
        <translation>Se añadió su marcador.</translation>
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
        <translation>Un punto</translation>
    </message>
    <message>
        <source>A line: tap the map at each of its points</source>
        <translation>Una línea: toque el mapa en cada uno de sus puntos</translation>
    </message>
    <message>
        <source>Remove the last point</source>
        <translation>Quitar el último punto</translation>
    </message>
    <message>
        <source>Points of the line: %1</source>
        <translation>Puntos de la línea: %1</translation>
    </message>
    <message>
        <source>Tap the map at two points at least for a line.</source>
        <translation>Para una línea, toque el mapa en dos puntos por lo menos.</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Principio</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Description (if you wish)</source>
        <translation>Descripción (si quiere)</translation>
    </message>
    <message>
        <source>Add the idea</source>
        <translation>Añadir la idea</translation>
    </message>
    <message>
        <source>Your idea was added.</source>
        <translation>Se añadió su idea.</translation>
    </message>
    <message>
        <source>Dots left: %1</source>
        <translation>Puntos que le quedan: %1</translation>
    </message>
    <message>
        <source>Place a dot on “%1”</source>
        <translation>Poner un punto en «%1»</translation>
    </message>
    <message>
        <source>Your dot was placed.</source>
        <translation>Se puso su punto.</translation>
    </message>
    <message>
        <source>Your dots here: %1</source>
        <translation>Sus puntos aquí: %1</translation>
    </message>
    <message>
        <source>The laptop cannot be reached. Check the Wi-Fi and try again.</source>
        <translation>No se puede contactar con el portátil. Revise el wifi e inténtelo de nuevo.</translation>
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
        <translation>Abrir la &amp;sala…</translation>
    </message>
    <message>
        <source>Let participants add pins, ideas and dots from their own phones</source>
        <translation>Que los participantes añadan marcadores, ideas y puntos desde sus propios teléfonos</translation>
    </message>
    <message>
        <source>The room cannot open</source>
        <translation>La sala no puede abrirse</translation>
    </message>
    <message>
        <source>The project is open read-only: phones could add nothing.</source>
        <translation>El proyecto está abierto en solo lectura: los teléfonos no podrían añadir nada.</translation>
    </message>
    <message>
        <source>The project has no workshop: add one first (Workshop › New Workshop…).</source>
        <translation>El proyecto no tiene taller: añada uno primero (Taller › Nuevo taller…).</translation>
    </message>
    <message>
        <source>The project has no map area: import a basemap or set the project area first.</source>
        <translation>El proyecto no tiene área de mapa: importe un mapa base o fije primero el área del proyecto.</translation>
    </message>
    <message>
        <source>The project was closed.</source>
        <translation>El proyecto se cerró.</translation>
    </message>
    <message>
        <source>Room open: %1</source>
        <translation>Sala abierta: %1</translation>
    </message>
    <message>
        <source>Room closed.</source>
        <translation>Sala cerrada.</translation>
    </message>
    <message>
        <source>Remove the contributions of phone %1</source>
        <translation>Quitar las aportaciones del teléfono %1</translation>
    </message>
    <message>
        <source>Phone %1 has added nothing to remove.</source>
        <translation>El teléfono %1 no ha añadido nada que quitar.</translation>
    </message>
    <message>
        <source>Approve the story from phone %1</source>
        <translation>Aprobar el relato del teléfono %1</translation>
    </message>
    <message>
        <source>Reject the story from phone %1</source>
        <translation>Rechazar el relato del teléfono %1</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>The room is closed. Open it to let participants add pins, ideas and dots from their own phones, on this computer&apos;s network, without internet.</source>
        <translation>La sala está cerrada. Ábrala para que los participantes añadan marcadores, ideas y puntos desde sus propios teléfonos, en la red de este ordenador, sin internet.</translation>
    </message>
    <message>
        <source>Open the Room…</source>
        <translation>Abrir la sala…</translation>
    </message>
    <message>
        <source>Let participants add pins, ideas and dots from their own phones</source>
        <translation>Que los participantes añadan marcadores, ideas y puntos desde sus propios teléfonos</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>Código QR de la dirección de la sala</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Show on the Projector</source>
        <translation>Mostrar en el proyector</translation>
    </message>
    <message>
        <source>The QR code, the address and the room code, full screen on the projector</source>
        <translation>El código QR, la dirección y el código de la sala, a pantalla completa en el proyector</translation>
    </message>
    <message>
        <source>Close the Room</source>
        <translation>Cerrar la sala</translation>
    </message>
    <message>
        <source>Connected phones</source>
        <translation>Teléfonos conectados</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Stories awaiting approval</source>
        <translation>Relatos pendientes de aprobación</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Remove This Device&apos;s Contributions</source>
        <translation>Quitar las aportaciones de este dispositivo</translation>
    </message>
    <message>
        <source>Delete the selected phone&apos;s pins, ideas and dots as one step (Undo brings them back)</source>
        <translation>Borra los marcadores, ideas y puntos del teléfono elegido en un solo paso (Deshacer los recupera)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>A story sent from a phone is shown on the projector, the panels and the plan only once you approve it.</source>
        <translation>Un relato enviado desde un teléfono se muestra en el proyector, los paneles y el plan solo cuando usted lo aprueba.</translation>
    </message>
    <message>
        <source>Room code: %1</source>
        <translation>Código de la sala: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Paused: phones can look, but nothing they send is added.</source>
        <translation>En pausa: los teléfonos pueden mirar, pero no se añade nada de lo que envían.</translation>
    </message>
    <message>
        <source>Open: phones on this network can join and add pins, ideas and dots.</source>
        <translation>Abierta: los teléfonos de esta red pueden unirse y añadir marcadores, ideas y puntos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln phones connected</source>
        <translation>
            <numerusform>%Ln teléfono conectado</numerusform>
            <numerusform>%Ln teléfonos conectados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories awaiting approval</source>
        <translation>
            <numerusform>%Ln relato pendiente de aprobación</numerusform>
            <numerusform>%Ln relatos pendientes de aprobación</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPoster</name>
    <message>
        <source>Join the room</source>
        <translation>Únase a la sala</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>Código QR de la dirección de la sala</translation>
    </message>
    <message>
        <source>Room code: %1</source>
        <translation>Código de la sala: %1</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or type the address in its browser.</source>
        <translation>Escanee el código con la cámara de su teléfono o escriba la dirección en su navegador.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>Market to river loop (day)</source>
        <translation>Circuito del mercado al río (de día)</translation>
    </message>
    <message>
        <source>Walked 10:00–11:30 on a market day.</source>
        <translation>Recorrido de 10:00 a 11:30, en día de mercado.</translation>
    </message>
    <message>
        <source>Market to river loop (night)</source>
        <translation>Circuito del mercado al río (de noche)</translation>
    </message>
    <message>
        <source>Walked 19:30–21:00, after the market closed.</source>
        <translation>Recorrido de 19:30 a 21:00, después del cierre del mercado.</translation>
    </message>
    <message>
        <source>Dark dirt path between bushes and the river; nowhere to run.</source>
        <translation>Camino de tierra oscuro entre matorrales y el río; no hay por dónde escapar.</translation>
    </message>
    <message>
        <source>No light on the footbridge; you cannot see who waits at the far end.</source>
        <translation>La pasarela no tiene luz; no se ve quién espera al otro lado.</translation>
    </message>
    <message>
        <source>No working lamp: could not see faces at 10 m.</source>
        <translation>Ningún farol funciona: no se distinguían las caras a 10 m.</translation>
    </message>
    <message>
        <source>Market frontage, crowded with stalls and buyers.</source>
        <translation>Frente del mercado, lleno de puestos y compradores.</translation>
    </message>
    <message>
        <source>Market shut; stalls make blind corners.</source>
        <translation>Mercado cerrado; los puestos forman rincones sin visibilidad.</translation>
    </message>
    <message>
        <source>Men drinking outside the bar; groups of women cross the road to avoid it.</source>
        <translation>Hombres bebiendo frente al bar; las mujeres cruzan la calle en grupo para evitarlo.</translation>
    </message>
    <message>
        <source>Bus stop close by.</source>
        <translation>Parada de autobús cerca.</translation>
    </message>
    <message>
        <source>Sign the market toilets from Soko Street.</source>
        <extracomment>“Soko Street” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Señalizar los baños del mercado desde Soko Street.</translation>
    </message>
    <message>
        <source>Trim the bushes along the bank path.</source>
        <translation>Podar los matorrales a lo largo del camino de la ribera.</translation>
    </message>
    <message>
        <source>Solar lamps at both ends of the footbridge.</source>
        <translation>Faroles solares en los dos extremos de la pasarela.</translation>
    </message>
    <message>
        <source>Open a lit path from the footbridge to the park.</source>
        <translation>Abrir un camino iluminado de la pasarela al parque.</translation>
    </message>
    <message>
        <source>Light the bank path or close it after dark with a signed, lit detour.</source>
        <translation>Iluminar el camino de la ribera o cerrarlo de noche con un desvío señalizado e iluminado.</translation>
    </message>
    <message>
        <source>Keep the stop&apos;s lamp working; add a shelter.</source>
        <translation>Mantener el farol de la parada funcionando; añadir un refugio.</translation>
    </message>
    <message>
        <source>Riverside Police Post occurrence book 2025–26 (invented sample data)</source>
        <translation>Libro de novedades del puesto de policía de Riverside 2025–26 (datos de ejemplo inventados)</translation>
    </message>
    <message>
        <source>Men touch and call out at girls in the crowded aisles.</source>
        <extracomment>Stories are what residents wrote on their pins: keep them short and spoken.</extracomment>
        <translation>En los pasillos llenos de gente, los hombres tocan a las chicas y les gritan cosas.</translation>
    </message>
    <message>
        <source>The traders know us and look out for us.</source>
        <translation>Los comerciantes nos conocen y nos cuidan.</translation>
    </message>
    <message>
        <source>The toilets are at the dark back of the market; I wait until I get home.</source>
        <translation>Los baños están al fondo del mercado, a oscuras; yo aguanto hasta llegar a casa.</translation>
    </message>
    <message>
        <source>Clean and busy in the morning.</source>
        <translation>Limpio y concurrido por la mañana.</translation>
    </message>
    <message>
        <source>Pickpockets work the queue for the last matatu.</source>
        <extracomment>A matatu is a shared minibus taxi (East Africa): say the local word for one.</extracomment>
        <translation>Los carteristas se meten en la fila del último minibús.</translation>
    </message>
    <message>
        <source>Always people and lights at the bays.</source>
        <translation>Siempre hay gente y luz en los andenes.</translation>
    </message>
    <message>
        <source>Drinkers outside the bar block the pavement and shout at women.</source>
        <translation>Los que beben frente al bar tapan la acera y les gritan a las mujeres.</translation>
    </message>
    <message>
        <source>Lively, people about.</source>
        <translation>Animado, siempre hay gente.</translation>
    </message>
    <message>
        <source>Nobody walks by the river after dark; there is not one lamp.</source>
        <translation>De noche nadie camina junto al río; no hay ni un farol.</translation>
    </message>
    <message>
        <source>Nice walk in the morning with others.</source>
        <translation>Lindo paseo por la mañana con otra gente.</translation>
    </message>
    <message>
        <source>You cannot see who waits at the other end of the footbridge.</source>
        <translation>No se ve quién espera al otro lado de la pasarela.</translation>
    </message>
    <message>
        <source>Quick way to school in daylight.</source>
        <translation>De día es el camino más corto a la escuela.</translation>
    </message>
    <message>
        <source>Bushes on both sides and the river behind: nowhere to run.</source>
        <translation>Matorrales a los dos lados y el río detrás: no hay por dónde escapar.</translation>
    </message>
    <message>
        <source>Young men sit in the dark corners smoking.</source>
        <translation>Hay muchachos sentados fumando en los rincones oscuros.</translation>
    </message>
    <message>
        <source>Families and football in the afternoon.</source>
        <translation>Por la tarde hay familias y fútbol.</translation>
    </message>
    <message>
        <source>The post is closed at night.</source>
        <translation>De noche el puesto está cerrado.</translation>
    </message>
    <message>
        <source>Police at the post; I feel safe here.</source>
        <translation>Hay policías en el puesto; aquí me siento segura.</translation>
    </message>
    <message>
        <source>Empty and dark around the school at night.</source>
        <translation>De noche, alrededor de la escuela está vacío y oscuro.</translation>
    </message>
    <message>
        <source>Teachers and parents at the gate.</source>
        <translation>Maestros y padres en la entrada.</translation>
    </message>
    <message>
        <source>The stop is dark and buses stop coming after eight.</source>
        <translation>La parada está oscura y después de las ocho ya no pasan autobuses.</translation>
    </message>
    <message>
        <source>Busy stop in the morning.</source>
        <translation>Parada concurrida por la mañana.</translation>
    </message>
    <message>
        <source>Tumaini Lane has no street lights at all.</source>
        <extracomment>“Tumaini Lane” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Tumaini Lane no tiene ni un farol.</translation>
    </message>
    <message>
        <source>Neighbours sit outside in the day.</source>
        <translation>De día los vecinos se sientan afuera.</translation>
    </message>
    <message>
        <source>Boda boda riders stop and harass girls at night.</source>
        <extracomment>Boda bodas are motorcycle taxis (East Africa): say the local word for them.</extracomment>
        <translation>De noche los mototaxistas se paran y acosan a las chicas.</translation>
    </message>
    <message>
        <source>Shops open late and well lit.</source>
        <translation>Las tiendas abren hasta tarde y están bien iluminadas.</translation>
    </message>
    <message>
        <source>Theft</source>
        <extracomment>An incident category in the police records (invented).</extracomment>
        <translation>Hurto</translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation>Robo</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>Agresión</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>Acoso sexual</translation>
    </message>
    <message>
        <source>Drug offence</source>
        <translation>Delito de drogas</translation>
    </message>
    <message>
        <source>Vandalism</source>
        <translation>Vandalismo</translation>
    </message>
    <message>
        <source>County Public Lighting Department</source>
        <translation>Departamento de Alumbrado Público del Condado</translation>
    </message>
    <message>
        <source>Installs and repairs street and public lighting; holds the lighting budget</source>
        <translation>Instala y repara el alumbrado de calles y espacios públicos; maneja el presupuesto de alumbrado</translation>
    </message>
    <message>
        <source>Eng. A. Otieno, lighting works office, 0700 100 200 (invented)</source>
        <extracomment>An invented contact person: keep the name and the phone number as they are.</extracomment>
        <translation>Ing. A. Otieno, oficina de obras de alumbrado, 0700 100 200 (ficticio)</translation>
    </message>
    <message>
        <source>County Roads and Transport Department</source>
        <translation>Departamento de Vialidad y Transporte del Condado</translation>
    </message>
    <message>
        <source>Builds stops, crossings and footpaths; licenses matatu stages</source>
        <extracomment>A matatu is a shared minibus taxi (East Africa); a stage is where they wait for passengers.</extracomment>
        <translation>Construye paradas, cruces y senderos peatonales; otorga los permisos de las paradas de minibuses</translation>
    </message>
    <message>
        <source>Riverside Police Post</source>
        <translation>Puesto de Policía de Riverside</translation>
    </message>
    <message>
        <source>Patrols and the community policing desk</source>
        <translation>Patrullajes y mesa de policía comunitaria</translation>
    </message>
    <message>
        <source>Riverside Ward Administrator&apos;s Office</source>
        <translation>Oficina de la Administración Distrital de Riverside</translation>
    </message>
    <message>
        <source>Convenes ward meetings, allocates public land and market space</source>
        <translation>Convoca las reuniones del distrito, asigna terrenos públicos y espacios en el mercado</translation>
    </message>
    <message>
        <source>Riverside Market Traders&apos; Association</source>
        <translation>Asociación de Comerciantes del Mercado de Riverside</translation>
    </message>
    <message>
        <source>Represents about 300 stallholders; runs market cleaning and the night guard</source>
        <translation>Representa a unos 300 puesteros; organiza la limpieza del mercado y la guardia nocturna</translation>
    </message>
    <message>
        <source>Chairperson M. Njeri, stall 114, traders@riverside.invalid (invented)</source>
        <extracomment>An invented contact person: keep the name and the e-mail address as they are.</extracomment>
        <translation>Presidenta M. Njeri, puesto 114, traders@riverside.invalid (ficticio)</translation>
    </message>
    <message>
        <source>Riverside Matatu Owners&apos; and Drivers&apos; Association</source>
        <extracomment>A matatu is a shared minibus taxi (East Africa): say the local word for one.</extracomment>
        <translation>Asociación de Dueños y Choferes de Minibuses de Riverside</translation>
    </message>
    <message>
        <source>Runs the routes through Riverside Interchange and Riverside Halt</source>
        <extracomment>“Riverside Halt” and “Riverside Interchange” are names on the sample&apos;s map: keep them as written.</extracomment>
        <translation>Opera las rutas que pasan por Riverside Interchange y Riverside Halt</translation>
    </message>
    <message>
        <source>Riverside Residents&apos; Association</source>
        <translation>Asociación de Vecinos de Riverside</translation>
    </message>
    <message>
        <source>Elected street representatives; organises clean-ups</source>
        <translation>Delegados de calle elegidos; organiza jornadas de limpieza</translation>
    </message>
    <message>
        <source>Mto Women&apos;s Group</source>
        <translation>Grupo de Mujeres de Mto</translation>
    </message>
    <message>
        <source>Savings group of women traders; runs the evening watch rota</source>
        <translation>Grupo de ahorro de comerciantes mujeres; organiza los turnos de la vigilancia nocturna</translation>
    </message>
    <message>
        <source>Riverside Youth Football Club</source>
        <translation>Club de Fútbol Juvenil de Riverside</translation>
    </message>
    <message>
        <source>Coaches about 120 girls and boys at Riverside Grounds</source>
        <extracomment>“Riverside Grounds” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Entrena a unos 120 chicos y chicas en Riverside Grounds</translation>
    </message>
    <message>
        <source>Riverside Safer Neighbourhoods Trust</source>
        <translation>Fundación Barrios más Seguros de Riverside</translation>
    </message>
    <message>
        <source>NGO that facilitated the safety audit; raises funds for small works</source>
        <translation>ONG que facilitó la auditoría de seguridad; recauda fondos para obras pequeñas</translation>
    </message>
    <message>
        <source>Riverside Interfaith Forum</source>
        <translation>Foro Interreligioso de Riverside</translation>
    </message>
    <message>
        <source>Mosques and churches of the ward; hosts youth and parents&apos; meetings</source>
        <translation>Mezquitas e iglesias del distrito; recibe reuniones de jóvenes y de madres y padres</translation>
    </message>
    <message>
        <source>Mean safety score of the audit points at these places (re-audit walks, day and night)</source>
        <translation>Puntaje de seguridad promedio de los puntos de auditoría en estos lugares (nuevos recorridos de auditoría, de día y de noche)</translation>
    </message>
    <message>
        <source>From the audit walks&apos; dark spots.</source>
        <extracomment>The description of an action that comes from the audit walks rather than from a proposal.</extracomment>
        <translation>A partir de los puntos oscuros de los recorridos de auditoría.</translation>
    </message>
    <message>
        <source>Shelter and lights at Riverside Halt</source>
        <extracomment>“Riverside Halt” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Refugio e iluminación en Riverside Halt</translation>
    </message>
    <message>
        <source>Women waiting at the halt after 19:00 (evening count, 2 weekdays)</source>
        <translation>Mujeres esperando en el apeadero después de las 19:00 (conteo nocturno, 2 días hábiles)</translation>
    </message>
    <message>
        <source>3 women on average (count of 20–21 March 2026)</source>
        <translation>3 mujeres en promedio (conteo del 20 y 21 de marzo de 2026)</translation>
    </message>
    <message>
        <source>At least 10 by March 2027</source>
        <translation>Al menos 10 para marzo de 2027</translation>
    </message>
    <message>
        <source>Public toilets inside the market</source>
        <translation>Baños públicos dentro del mercado</translation>
    </message>
    <message>
        <source>Market toilet block open and staffed 06:00–21:00</source>
        <translation>Baños del mercado abiertos y atendidos de 06:00 a 21:00</translation>
    </message>
    <message>
        <source>No public toilet inside the market</source>
        <translation>No hay baño público dentro del mercado</translation>
    </message>
    <message>
        <source>Open every market day by December 2027</source>
        <translation>Abiertos todos los días de mercado para diciembre de 2027</translation>
    </message>
    <message>
        <source>Solar lights on the Mto footbridge</source>
        <translation>Luces solares en la pasarela de Mto</translation>
    </message>
    <message>
        <source>2.5 / 5 at the re-audit in July 2026</source>
        <translation>2,5 / 5 en la nueva auditoría de julio de 2026</translation>
    </message>
    <message>
        <source>Light the market&apos;s back lanes</source>
        <translation>Iluminar los callejones traseros del mercado</translation>
    </message>
    <message>
        <source>3.5 / 5 by the 2027 audit</source>
        <translation>3,5 / 5 para la auditoría de 2027</translation>
    </message>
    <message>
        <source>Street lights on Tumaini Lane</source>
        <extracomment>“Tumaini Lane” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Alumbrado público en Tumaini Lane</translation>
    </message>
    <message>
        <source>Working street lamps on Tumaini Lane</source>
        <extracomment>“Tumaini Lane” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Faroles que funcionan en Tumaini Lane</translation>
    </message>
    <message>
        <source>0 of 9 lamp posts working</source>
        <translation>0 de 9 postes de luz funcionan</translation>
    </message>
    <message>
        <source>9 of 9 working, checked monthly</source>
        <translation>9 de 9 funcionando, con revisión mensual</translation>
    </message>
    <message>
        <source>Seating and shade in Mto Park</source>
        <extracomment>“Mto Park” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Bancos y sombra en Mto Park</translation>
    </message>
    <message>
        <source>Older people and carers using the park on weekday afternoons</source>
        <translation>Personas mayores y cuidadoras que usan el parque por la tarde entre semana</translation>
    </message>
    <message>
        <source>About 5 (count of 18 March 2026)</source>
        <translation>Unas 5 (conteo del 18 de marzo de 2026)</translation>
    </message>
    <message>
        <source>15 or more</source>
        <translation>15 o más</translation>
    </message>
    <message>
        <source>Upgrade the bus stop at Riverside Road South</source>
        <extracomment>“Riverside Road South” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Mejorar la parada de autobús de Riverside Road South</translation>
    </message>
    <message>
        <source>Stop has a lit shelter and a timetable board</source>
        <translation>La parada tiene un refugio iluminado y un cartel de horarios</translation>
    </message>
    <message>
        <source>Pole only, no light</source>
        <translation>Solo un poste, sin luz</translation>
    </message>
    <message>
        <source>Shelter, lamp and board installed</source>
        <translation>Refugio, farol y cartel instalados</translation>
    </message>
    <message>
        <source>Evening football league with a floodlit pitch</source>
        <translation>Liga de fútbol nocturna con cancha iluminada</translation>
    </message>
    <message>
        <source>Young people (girls counted apart) playing in the evening league</source>
        <translation>Jóvenes (las chicas contadas aparte) que juegan en la liga nocturna</translation>
    </message>
    <message>
        <source>No evening activity at the grounds</source>
        <translation>Ninguna actividad nocturna en la cancha</translation>
    </message>
    <message>
        <source>120 players, at least 40 girls</source>
        <translation>120 jugadores, al menos 40 chicas</translation>
    </message>
    <message>
        <source>Light the riverbank path, or close it after dark with a lit detour</source>
        <translation>Iluminar el camino de la ribera, o cerrarlo de noche con un desvío iluminado</translation>
    </message>
    <message>
        <source>No point below 1.5 / 5, by day or at night</source>
        <translation>Ningún punto por debajo de 1,5 / 5, ni de día ni de noche</translation>
    </message>
    <message>
        <source>Market traders&apos; evening watch</source>
        <translation>Vigilancia nocturna de los comerciantes del mercado</translation>
    </message>
    <message>
        <source>Evenings a week the watch rota is covered</source>
        <translation>Noches por semana con los turnos de vigilancia cubiertos</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>6 evenings a week</source>
        <translation>6 noches por semana</translation>
    </message>
    <message>
        <source>Gun-free zone around the school</source>
        <translation>Zona libre de armas alrededor de la escuela</translation>
    </message>
    <message>
        <source>Signs up and a parents&apos; pledge signed</source>
        <translation>Carteles colocados y un compromiso firmado por madres y padres</translation>
    </message>
    <message>
        <source>No signs</source>
        <translation>Sin carteles</translation>
    </message>
    <message>
        <source>Signs at all 4 gates; 200 pledges</source>
        <translation>Carteles en las 4 entradas; 200 compromisos</translation>
    </message>
    <message>
        <source>Safe crossing at Soko junction</source>
        <translation>Cruce seguro en la intersección de Soko Street</translation>
    </message>
    <message>
        <source>Marked crossing with a refuge island and a lamp</source>
        <translation>Paso peatonal señalizado con isla de refugio y farol</translation>
    </message>
    <message>
        <source>Unmarked, unlit junction</source>
        <translation>Cruce sin señalizar y sin luz</translation>
    </message>
    <message>
        <source>Crossing built before the 2027 rains</source>
        <translation>Cruce construido antes de las lluvias de 2027</translation>
    </message>
    <message>
        <source>Riverside Market sample</source>
        <extracomment>The name of the sample project. Riverside is the invented neighbourhood&apos;s name.</extracomment>
        <translation>Ejemplo: mercado de Riverside</translation>
    </message>
    <message>
        <source>Riverside (fictional neighbourhood)</source>
        <translation>Riverside (barrio ficticio)</translation>
    </message>
    <message>
        <source>Invented sample data for trying CoSafe. Riverside is a fictional neighbourhood: its river, market, streets, buildings and places were generated by a program and describe no real place or people. It is placed near lon 36.85, lat -1.28 only so that distances and scale bars are real.</source>
        <translation>Datos de ejemplo inventados para probar CoSafe. Riverside es un barrio ficticio: su río, su mercado, sus calles, edificios y lugares fueron generados por un programa y no describen ningún lugar ni ninguna persona reales. Está situado cerca de lon 36.85, lat -1.28 solo para que las distancias y las escalas gráficas sean reales.</translation>
    </message>
    <message>
        <source>Riverside basemap</source>
        <extracomment>The name of the sample&apos;s map layer.</extracomment>
        <translation>Mapa base de Riverside</translation>
    </message>
    <message>
        <source>Sample data, invented for CoSafe</source>
        <translation>Datos de ejemplo, inventados para CoSafe</translation>
    </message>
    <message>
        <source>Women traders</source>
        <translation>Comerciantes mujeres</translation>
    </message>
    <message>
        <source>Proposed by the women traders group.</source>
        <extracomment>The description of every proposal of the group “Women traders”.</extracomment>
        <translation>Propuesta del grupo de comerciantes mujeres.</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jóvenes</translation>
    </message>
    <message>
        <source>Proposed by the youth group.</source>
        <extracomment>The description of every proposal of the group “Youth”.</extracomment>
        <translation>Propuesta del grupo de jóvenes.</translation>
    </message>
    <message>
        <source>Residents and elders</source>
        <translation>Vecinos y personas mayores</translation>
    </message>
    <message>
        <source>Proposed by the residents and elders group.</source>
        <extracomment>The description of every proposal of the group “Residents and elders”.</extracomment>
        <translation>Propuesta del grupo de vecinos y personas mayores.</translation>
    </message>
    <message>
        <source>Riverside safety mapping workshop</source>
        <translation>Taller de mapeo de seguridad de Riverside</translation>
    </message>
    <message>
        <source>Riverside Community Hall</source>
        <translation>Salón comunitario de Riverside</translation>
    </message>
    <message>
        <source>Municipal safety officer and a community leader</source>
        <translation>Responsable municipal de seguridad y una lideresa comunitaria</translation>
    </message>
    <message>
        <source>Three groups mapped where they feel unsafe and what would help; each person had 3 dots.</source>
        <translation>Tres grupos marcaron en el mapa dónde se sienten inseguros y qué ayudaría; cada persona tuvo 3 puntos.</translation>
    </message>
    <message>
        <source>Vending bays along Soko Street</source>
        <extracomment>“Soko Street” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Puestos de venta ordenados a lo largo de Soko Street</translation>
    </message>
    <message>
        <source>Lit walkway from the market to the interchange</source>
        <translation>Camino iluminado del mercado a la terminal</translation>
    </message>
    <message>
        <source>Clear the blind corner at the market gate</source>
        <translation>Despejar el rincón sin visibilidad en la entrada del mercado</translation>
    </message>
    <message>
        <source>Repave the market&apos;s muddy walkways</source>
        <translation>Repavimentar los pasillos embarrados del mercado</translation>
    </message>
    <message>
        <source>Floodlit pitch at Riverside Grounds</source>
        <extracomment>“Riverside Grounds” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Cancha con reflectores en Riverside Grounds</translation>
    </message>
    <message>
        <source>Evening youth programme in Mto Park</source>
        <extracomment>“Mto Park” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Programa nocturno para jóvenes en Mto Park</translation>
    </message>
    <message>
        <source>Lights on the Mto footbridge</source>
        <translation>Luces en la pasarela de Mto</translation>
    </message>
    <message>
        <source>Trim the bushes along Riverside Walk</source>
        <extracomment>“Riverside Walk” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Podar los matorrales a lo largo de Riverside Walk</translation>
    </message>
    <message>
        <source>Mural on the railway wall</source>
        <translation>Mural en el muro del ferrocarril</translation>
    </message>
    <message>
        <source>Signs from the river to the interchange</source>
        <translation>Señalización del río a la terminal</translation>
    </message>
    <message>
        <source>Riverbank clean-up days</source>
        <translation>Jornadas de limpieza de la ribera</translation>
    </message>
    <message>
        <source>Neighbourhood watch by the health centre</source>
        <translation>Vigilancia comunitaria junto al centro de salud</translation>
    </message>
    <message>
        <source>Safe crossing by the primary school</source>
        <translation>Cruce seguro junto a la escuela primaria</translation>
    </message>
    <message>
        <source>Ramp and handrail at the footbridge</source>
        <translation>Rampa y pasamanos en la pasarela</translation>
    </message>
    <message>
        <source>Greening in front of the police post</source>
        <translation>Áreas verdes frente al puesto de policía</translation>
    </message>
</context>
<context>
    <name>ScoreField</name>
    <message>
        <source>%1: type %2–%3 (0 = poor, 3 = good), Space to leave it blank; a comment goes in the comment field below the scores</source>
        <translation>%1: escriba de %2 a %3 (0 = malo, 3 = bueno), Space para dejarlo en blanco; los comentarios van en el campo de comentario debajo de los puntajes</translation>
    </message>
</context>
<context>
    <name>SheetPhotos</name>
    <message>
        <source>Add Photo…</source>
        <translation>Agregar foto…</translation>
    </message>
    <message>
        <source>Photos of this point (Ctrl+P); saved with the sheet</source>
        <translation>Fotos de este punto (Ctrl+P); se guardan con la hoja</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between problems</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Remove photo from audit point %1</source>
        <translation>Quitar foto del punto de auditoría %1</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>No workshop is called %1</source>
        <translation>Ningún taller se llama %1</translation>
    </message>
    <message>
        <source>No group is called %1</source>
        <translation>Ningún grupo se llama %1</translation>
    </message>
    <message>
        <source>There is no group to print a map for: add groups to a workshop first</source>
        <translation>No hay ningún grupo para el que imprimir un mapa: primero agregue grupos a un taller</translation>
    </message>
    <message>
        <source>Nothing to print: the project has no workshop area and no basemap</source>
        <translation>Nada que imprimir: el proyecto no tiene área de taller ni mapa base</translation>
    </message>
    <message>
        <source>Orange-red dot: an unsafe place</source>
        <translation>Punto rojo anaranjado: un lugar inseguro</translation>
    </message>
    <message>
        <source>Green dot: a safe place</source>
        <translation>Punto verde: un lugar seguro</translation>
    </message>
    <message>
        <source>Blue dot: an idea for a change</source>
        <translation>Punto azul: una idea para un cambio</translation>
    </message>
    <message>
        <source>The sheets were not written: the folder %1 does not exist</source>
        <translation>No se escribieron las hojas: la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>Audit sheets</source>
        <translation>Hojas de auditoría</translation>
    </message>
    <message>
        <source>Audit walk “%1”</source>
        <comment>a printed audit sheet&apos;s title: the walk&apos;s title</comment>
        <translation>Recorrido de auditoría «%1»</translation>
    </message>
    <message>
        <source>Tick one box in each row: 0 = poor, 3 = good. Leave a row empty if you did not look.</source>
        <translation>Marque una casilla en cada fila: 0 = malo, 3 = bueno. Deje la fila vacía si no lo observó.</translation>
    </message>
    <message>
        <source>Point %1</source>
        <comment>an audit point&apos;s number on a printed sheet</comment>
        <translation>Punto %1</translation>
    </message>
    <message>
        <source>Time of day</source>
        <comment>the row of day, dusk and night boxes on an audit sheet</comment>
        <translation>Momento del día</translation>
    </message>
    <message>
        <source>3: %1</source>
        <comment>what a score of 3 means for a criterion</comment>
        <translation>3: %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Dusk</source>
        <translation>Atardecer</translation>
    </message>
    <message>
        <source>Route (points numbered along the walk)</source>
        <translation>Recorrido (puntos numerados a lo largo del recorrido)</translation>
    </message>
    <message>
        <source>Group maps</source>
        <translation>Mapas de grupo</translation>
    </message>
    <message>
        <source>The sheets were not written to %1: %2</source>
        <translation>No se escribieron las hojas en %1: %2</translation>
    </message>
    <message>
        <source>Group %1 · %2</source>
        <comment>a printed map&apos;s title: the group&apos;s name, the workshop&apos;s title</comment>
        <translation>Grupo %1 · %2</translation>
    </message>
    <message>
        <source>Sheet %1 · part %2 of %3</source>
        <comment>a tile of a large area: %1 the sheet&apos;s number</comment>
        <translation>Hoja %1 · parte %2 de %3</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <comment>the printed map&apos;s number</comment>
        <translation>Hoja %1</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <translation>Qué significan los colores</translation>
    </message>
    <message>
        <source>Pen line: a route</source>
        <translation>Línea de bolígrafo: un recorrido</translation>
    </message>
    <message>
        <source>Closed pen line: an area for an idea</source>
        <translation>Línea cerrada de bolígrafo: un área para una idea</translation>
    </message>
    <message>
        <source>Notes (write the note&apos;s number beside its dot)</source>
        <translation>Notas (escriba el número de la nota junto a su punto)</translation>
    </message>
    <message>
        <source>Group %1 · %2 · overview</source>
        <comment>the overview page of a large area&apos;s map: the group&apos;s name, the workshop&apos;s title</comment>
        <translation>Grupo %1 · %2 · vista general</translation>
    </message>
    <message numerus="yes">
        <source>The area is printed on %Ln sheets. Put the dots and lines on the numbered sheets, not on this page.</source>
        <translation>
            <numerusform>La zona está impresa en %Ln hoja. Pongan las pegatinas y las líneas en la hoja numerada, no en esta página.</numerusform>
            <numerusform>La zona está impresa en %Ln hojas. Pongan las pegatinas y las líneas en las hojas numeradas, no en esta página.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a photo CoSafe can read (JPEG, PNG, TIFF, WebP)</source>
        <translation>%1 no es una foto que CoSafe pueda leer (JPEG, PNG, TIFF, WebP)</translation>
    </message>
    <message>
        <source>This photo is not a CoSafe sheet: its corner markers were not found</source>
        <translation>Esta foto no es una hoja de CoSafe: no se encontraron sus marcas de esquina</translation>
    </message>
    <message>
        <source>This sheet&apos;s QR code and its corner markers do not agree: it cannot be read</source>
        <translation>El código QR de esta hoja y sus marcas de esquina no coinciden: no se puede leer</translation>
    </message>
    <message>
        <source>This photo shows corner markers but its QR code cannot be read: take the photo again with the whole sheet in view and in focus</source>
        <translation>Esta foto muestra las marcas de esquina, pero su código QR no se puede leer: vuelva a tomar la foto con toda la hoja a la vista y enfocada</translation>
    </message>
    <message>
        <source>This photo is not a CoSafe sheet: its QR code is not a CoSafe sheet&apos;s</source>
        <translation>Esta foto no es una hoja de CoSafe: su código QR no es el de una hoja de CoSafe</translation>
    </message>
    <message>
        <source>This is a sheet of another project, not of %1</source>
        <translation>Esta es una hoja de otro proyecto, no de %1</translation>
    </message>
    <message>
        <source>Audit sheet %1 is for an audit walk this project no longer has</source>
        <translation>La hoja de auditoría %1 es de un recorrido de auditoría que este proyecto ya no tiene</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2”, “%3” and “%4” at different points; the audit walk %5 is recorded as “%6”</source>
        <comment>%2, %3, %4: day, dusk and night; %6: the walk&apos;s time of day</comment>
        <translation>La hoja de auditoría %1 tiene marcado «%2», «%3» y «%4» en distintos puntos; el recorrido de auditoría %5 está registrado como «%6»</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked both “%2” and “%3” at different points; the audit walk %4 is recorded as “%5”</source>
        <comment>%2, %3: two of day, dusk and night; %5: the walk&apos;s time of day</comment>
        <translation>La hoja de auditoría %1 tiene marcado tanto «%2» como «%3» en distintos puntos; el recorrido de auditoría %4 está registrado como «%5»</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2” and the audit walk %3 had no scores yet: its time of day is now “%2”</source>
        <comment>%2: day, dusk or night</comment>
        <translation>La hoja de auditoría %1 tiene marcado «%2» y el recorrido de auditoría %3 aún no tenía puntajes: su momento del día es ahora «%2»</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2” and the audit walk %3 has no scores yet: storing the sheet sets its time of day to “%2”</source>
        <comment>%2: day, dusk or night</comment>
        <translation>La hoja de auditoría %1 tiene marcado «%2» y el recorrido de auditoría %3 aún no tiene puntajes: guardar la hoja pone su momento del día en «%2»</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2”, but the audit walk %3 is recorded as “%4”: its scores are stored on the walk as recorded</source>
        <comment>%2: day, dusk or night; %4: the walk&apos;s time of day</comment>
        <translation>La hoja de auditoría %1 tiene marcado «%2», pero el recorrido de auditoría %3 está registrado como «%4»: sus puntajes se guardan en el recorrido tal como está registrado</translation>
    </message>
    <message>
        <source>Audit sheet %1 of this audit walk was read on %2</source>
        <comment>%1: the sheet&apos;s number, %2: a date</comment>
        <translation>La hoja de auditoría %1 de este recorrido de auditoría se leyó el %2</translation>
    </message>
    <message>
        <source>Read audit sheet %1 (%2)</source>
        <comment>%1: the sheet&apos;s number, %2: the audit walk</comment>
        <translation>Leer hoja de auditoría %1 (%2)</translation>
    </message>
    <message>
        <source>Sheet %1 is for a group this project no longer has</source>
        <translation>La hoja %1 es de un grupo que este proyecto ya no tiene</translation>
    </message>
    <message>
        <source>This photo was read on %1</source>
        <translation>Esta foto se leyó el %1</translation>
    </message>
    <message>
        <source>Sheet %1 of this group was read on %2</source>
        <comment>%1: the sheet&apos;s number, %2: a date</comment>
        <translation>La hoja %1 de este grupo se leyó el %2</translation>
    </message>
    <message>
        <source>From paper sheet %1</source>
        <comment>a proposal read from a photo of a printed group map</comment>
        <translation>De la hoja de papel %1</translation>
    </message>
    <message>
        <source>Read paper sheet %1 (%2)</source>
        <comment>%1: the sheet&apos;s number, %2: the group</comment>
        <translation>Leer la hoja de papel %1 (%2)</translation>
    </message>
    <message>
        <source>Note %1 on paper sheet %2</source>
        <comment>a dot&apos;s number written on a printed group map</comment>
        <translation>Nota %1 de la hoja de papel %2</translation>
    </message>
    <message>
        <source>%1

From paper sheet %2, note %3</source>
        <comment>%1: the note&apos;s text typed from the paper</comment>
        <translation>%1

De la hoja de papel %2, nota %3</translation>
    </message>
    <message>
        <source>The notes in %1 cannot be read: %2</source>
        <translation>Las notas de %1 no se pueden leer: %2</translation>
    </message>
    <message>
        <source>%1 holds no numbered notes: give rows of number,text (CSV) or {&quot;number&quot;: &quot;text&quot;} (JSON)</source>
        <translation>%1 no contiene notas numeradas: dé filas de número,texto (CSV) o {&quot;número&quot;: &quot;texto&quot;} (JSON)</translation>
    </message>
    <message>
        <source>No audit walk is called %1</source>
        <translation>Ningún recorrido de auditoría se llama %1</translation>
    </message>
    <message>
        <source>The audit walk %1 has no route: draw its route first</source>
        <translation>El recorrido de auditoría %1 no tiene trayecto: dibuje primero su trayecto</translation>
    </message>
    <message>
        <source>The audit walk %1 has no criteria to score</source>
        <translation>El recorrido de auditoría %1 no tiene criterios que puntuar</translation>
    </message>
    <message>
        <source>The audit walk %1 has %2 criteria: at most %3 fit on a sheet of this paper</source>
        <translation>El recorrido de auditoría %1 tiene %2 criterios: en una hoja de este papel caben %3 como máximo</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>on the map</source>
        <translation>en el mapa</translation>
    </message>
    <message>
        <source>Elsewhere in the window</source>
        <translation>En otras partes de la ventana</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>En el mapa</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>keys of one command</comment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>in its panel</source>
        <translation>en su panel</translation>
    </message>
    <message>
        <source>Move the map</source>
        <translation>Mover el mapa</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <source>Zoom in, zoom out</source>
        <translation>Acercar, alejar</translation>
    </message>
    <message>
        <source>+ and −</source>
        <translation>+ y −</translation>
    </message>
    <message>
        <source>Click at the centre: place a point, pin or vertex, select</source>
        <translation>Clic en el centro: poner un punto, marcador o vértice, seleccionar</translation>
    </message>
    <message>
        <source>Insert, or Enter</source>
        <translation>Insert o Enter</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
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
        <translation>Dónde</translation>
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
        <translation>&lt;b&gt;Género&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Edad&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Rol&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Grupo&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Space&lt;/b&gt; consentimiento · &lt;b&gt;Tab&lt;/b&gt; celda siguiente · &lt;b&gt;Enter&lt;/b&gt; persona siguiente · &lt;b&gt;Ctrl+Enter&lt;/b&gt; guardar</translation>
    </message>
    <message>
        <source>no groups yet</source>
        <translation>aún no hay grupos</translation>
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
        <translation>CoSafe registra a las personas de forma anónima, sin nombres. Dé a cada persona el código de la izquierda (escríbalo en su gafete) para que sus votos y marcadores se vinculen a él.</translation>
    </message>
    <message>
        <source>Sign-in Sheet — %1</source>
        <translation>Hoja de registro — %1</translation>
    </message>
    <message>
        <source>Participants signed in</source>
        <translation>Participantes registrados</translation>
    </message>
    <message>
        <source>One row per participant: code, name, group and the answers; type in a row, Enter or Tab moves on</source>
        <translation>Una fila por participante: código, nombre, grupo y las respuestas; escriba en una fila, Enter o Tab avanza</translation>
    </message>
    <message>
        <source>Already signed in: %1. New codes start at %2.</source>
        <translation>Ya registrados: %1. Los códigos nuevos empiezan en %2.</translation>
    </message>
    <message>
        <source>Nobody signed in yet: codes start at P01.</source>
        <translation>Aún no hay nadie registrado: los códigos empiezan en P01.</translation>
    </message>
    <message>
        <source>A participant needs a code.</source>
        <translation>Cada participante necesita un código.</translation>
    </message>
    <message>
        <source>%1 is already signed in to this workshop — codes must be unique.</source>
        <translation>%1 ya está registrado en este taller: los códigos deben ser únicos.</translation>
    </message>
    <message>
        <source>%1 is already on this sheet (row %2) — codes must be unique.</source>
        <translation>%1 ya está en esta hoja (fila %2): los códigos deben ser únicos.</translation>
    </message>
    <message numerus="yes">
        <source>Sign In %Ln People</source>
        <translation>
            <numerusform>Registrar %Ln persona</numerusform>
            <numerusform>Registrar %Ln personas</numerusform>
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
        <translation>Descartar la hoja de registro</translation>
    </message>
    <message numerus="yes">
        <source>Close the sheet without signing in %Ln people?</source>
        <translation>
            <numerusform>¿Cerrar la hoja sin registrar a %Ln persona?</numerusform>
            <numerusform>¿Cerrar la hoja sin registrar a %Ln personas?</numerusform>
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
        <translation>Género (%1)</translation>
    </message>
    <message>
        <source>Age (1–6)</source>
        <translation>Edad (1–6)</translation>
    </message>
    <message>
        <source>Role (letter)</source>
        <translation>Rol (letra)</translation>
    </message>
    <message>
        <source>Group (1–9)</source>
        <translation>Grupo (1–9)</translation>
    </message>
    <message>
        <source>Disability (optional)</source>
        <translation>Discapacidad (opcional)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
</context>
<context>
    <name>SketchController</name>
    <message>
        <source>This project is read-only: drawing is turned off</source>
        <translation>Este proyecto es de solo lectura: el dibujo está desactivado</translation>
    </message>
    <message>
        <source>This project is read-only: nothing was drawn</source>
        <translation>Este proyecto es de solo lectura: no se dibujó nada</translation>
    </message>
    <message>
        <source>Nothing was drawn: %1</source>
        <comment>%1: why the shape was refused</comment>
        <translation>No se dibujó nada: %1</translation>
    </message>
    <message>
        <source>Draw point</source>
        <translation>Dibujar punto</translation>
    </message>
    <message>
        <source>Draw line</source>
        <translation>Dibujar línea</translation>
    </message>
    <message>
        <source>Draw area</source>
        <translation>Dibujar área</translation>
    </message>
    <message>
        <source>Delete proposal</source>
        <translation>Eliminar propuesta</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln proposals</source>
        <translation>
            <numerusform>Eliminar %Ln propuesta</numerusform>
            <numerusform>Eliminar %Ln propuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>a duplicated proposal&apos;s title</comment>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate proposal</source>
        <translation>Duplicar propuesta</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %Ln proposals</source>
        <translation>
            <numerusform>Duplicar %Ln propuesta</numerusform>
            <numerusform>Duplicar %Ln propuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Finish Area</source>
        <translation>&amp;Terminar área</translation>
    </message>
    <message>
        <source>&amp;Finish Line</source>
        <translation>&amp;Terminar línea</translation>
    </message>
    <message>
        <source>&amp;Remove Last Point</source>
        <translation>&amp;Quitar último punto</translation>
    </message>
    <message>
        <source>&amp;Cancel Area</source>
        <translation>&amp;Cancelar área</translation>
    </message>
    <message>
        <source>&amp;Cancel Line</source>
        <translation>&amp;Cancelar línea</translation>
    </message>
    <message>
        <source>Delete &amp;Vertex</source>
        <translation>Eliminar &amp;vértice</translation>
    </message>
    <message>
        <source>D&amp;uplicate Proposal</source>
        <translation>D&amp;uplicar propuesta</translation>
    </message>
    <message numerus="yes">
        <source>D&amp;uplicate %Ln Proposals</source>
        <translation>
            <numerusform>D&amp;uplicar %Ln propuesta</numerusform>
            <numerusform>D&amp;uplicar %Ln propuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete Proposal</source>
        <translation>&amp;Eliminar propuesta</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln Proposals</source>
        <translation>
            <numerusform>&amp;Eliminar %Ln propuesta</numerusform>
            <numerusform>&amp;Eliminar %Ln propuestas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sketching</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Seleccionar</translation>
    </message>
    <message>
        <source>Click a proposal to select it; Shift+click adds</source>
        <translation>Haga clic en una propuesta para seleccionarla; Shift+clic agrega</translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation>&amp;Punto</translation>
    </message>
    <message>
        <source>Click to place a point proposal</source>
        <translation>Haga clic para poner una propuesta de punto</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Línea</translation>
    </message>
    <message>
        <source>Click vertices; Enter or double-click finishes</source>
        <translation>Haga clic en los vértices; Enter o doble clic termina</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>Á&amp;rea</translation>
    </message>
    <message>
        <source>Click corners; Enter or double-click finishes</source>
        <translation>Haga clic en las esquinas; Enter o doble clic termina</translation>
    </message>
    <message>
        <source>&amp;Freehand</source>
        <translation>&amp;Mano alzada</translation>
    </message>
    <message>
        <source>Press and drag; end near the start for an area</source>
        <translation>Presione y arrastre; termine cerca del inicio para un área</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>M&amp;over</translation>
    </message>
    <message>
        <source>Drag proposals to move them</source>
        <translation>Arrastre las propuestas para moverlas</translation>
    </message>
    <message>
        <source>Edit &amp;Vertices</source>
        <translation>Editar &amp;vértices</translation>
    </message>
    <message>
        <source>Drag a vertex, click an edge to add one, Delete removes the one under the mouse</source>
        <translation>Arrastre un vértice, haga clic en un borde para agregar uno; Delete elimina el que está bajo el puntero</translation>
    </message>
    <message>
        <source>S&amp;nap to Basemap</source>
        <translation>A&amp;justar al mapa base</translation>
    </message>
    <message>
        <source>Put new vertices on the nearest street or building corner</source>
        <translation>Poner los vértices nuevos en la calle o esquina de edificio más cercana</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Dup&amp;licar</translation>
    </message>
    <message>
        <source>Copy the selected proposals</source>
        <translation>Copiar las propuestas seleccionadas</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected proposals</source>
        <translation>Eliminar las propuestas seleccionadas</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Dibujar</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Dibujar</translation>
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
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <source>Add Stakeholder</source>
        <translation>Agregar actor clave</translation>
    </message>
    <message>
        <source>Edit Stakeholder</source>
        <translation>Editar actor clave</translation>
    </message>
    <message>
        <source>1 = little say over the outcome … 5 = can make or stop it</source>
        <translation>1 = poco peso en el resultado … 5 = puede impulsarlo o detenerlo</translation>
    </message>
    <message>
        <source>1 = hardly affected or engaged … 5 = closely affected, keen to act</source>
        <translation>1 = casi no afectado ni involucrado … 5 = muy afectado, con ganas de actuar</translation>
    </message>
    <message>
        <source>e.g. Municipal Lighting Department</source>
        <translation>p. ej. Departamento Municipal de Alumbrado</translation>
    </message>
    <message>
        <source>What they do in the process, e.g. funds street lights</source>
        <translation>Qué hace en el proceso, p. ej. financia el alumbrado público</translation>
    </message>
    <message>
        <source>Name, phone or e-mail (optional)</source>
        <translation>Nombre, teléfono o correo electrónico (opcional)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Name, phone or e-mail of the contact person: private, never in an export</source>
        <translation>Nombre, teléfono o correo de la persona de contacto: privado, nunca en una exportación</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Influence (1–5)</source>
        <translation>&amp;Influencia (1–5)</translation>
    </message>
    <message>
        <source>I&amp;nterest (1–5)</source>
        <translation>In&amp;terés (1–5)</translation>
    </message>
    <message>
        <source>Influence: %1.&lt;br&gt;Interest: %2.</source>
        <translation>Influencia: %1.&lt;br&gt;Interés: %2.</translation>
    </message>
    <message>
        <source>Contact person — private</source>
        <translation>Persona de contacto — privado</translation>
    </message>
    <message>
        <source>Private: kept in this project file only. Never printed in the plan or written to any export, public or not.</source>
        <translation>Privado: se guarda solo en este archivo de proyecto. Nunca se imprime en el plan ni se escribe en ninguna exportación, pública o no.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>StakeholderGrid</name>
    <message>
        <source>Manage closely</source>
        <translation>Gestionar de cerca</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Mantener satisfecho</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Mantener informado</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitorear</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Interés →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>Influencia →</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Sin nombre</translation>
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
        <translation>contacto privado registrado</translation>
    </message>
    <message>
        <source>manage closely</source>
        <translation>gestionar de cerca</translation>
    </message>
    <message>
        <source>keep satisfied</source>
        <translation>mantener satisfecho</translation>
    </message>
    <message>
        <source>keep informed</source>
        <translation>mantener informado</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>monitorear</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influencia</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>No stakeholders yet. Add the departments, businesses, community groups and NGOs the plan needs.</source>
        <translation>Aún no hay actores clave. Agregue los departamentos, empresas, grupos comunitarios y ONG que necesita el plan.</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Actores clave</translation>
    </message>
    <message>
        <source>The stakeholder register; Enter or double-click edits one</source>
        <translation>El registro de actores clave; Enter o doble clic edita uno</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Add a stakeholder to the register</source>
        <translation>Agregar un actor clave al registro</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected stakeholder</source>
        <translation>Editar el actor clave seleccionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove the selected stakeholder; actions lose them as a partner</source>
        <translation>Quitar el actor clave seleccionado; las acciones lo pierden como socio</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a stakeholder&apos;s name: the grid&apos;s advice, e.g. keep informed</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln actor clave</numerusform>
            <numerusform>%Ln actores clave</numerusform>
        </translation>
    </message>
    <message>
        <source>The stakeholder was not saved</source>
        <translation>El actor clave no se guardó</translation>
    </message>
</context>
<context>
    <name>TranslationsDialog</name>
    <message>
        <source>Translations of “%1”</source>
        <translation>Traducciones de «%1»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and what was typed in it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>As typed (shown in every language without a label below):
%1</source>
        <translation>Tal como se escribió (se muestra en todo idioma sin etiqueta abajo):
%1</translation>
    </message>
    <message>
        <source>Labels by language</source>
        <translation>Etiquetas por idioma</translation>
    </message>
    <message>
        <source>One row per language; F2 or a double click types the label in it. An empty cell shows the text as typed</source>
        <translation>Una fila por idioma; F2 o un doble clic escribe la etiqueta en él. Una celda vacía muestra el texto tal como se escribió</translation>
    </message>
    <message>
        <source>Words of CoSafe itself are translated for you; what you typed is not. Give it here in the languages your readers speak.</source>
        <translation>Las palabras de CoSafe ya vienen traducidas; lo que usted escribió no. Escríbalo aquí en los idiomas de sus lectores.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Woman</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binario</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefiere no decirlo</translation>
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
        <translation>60 o más</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Residente</translation>
    </message>
    <message>
        <source>Trader / vendor</source>
        <translation>Comerciante / vendedor/a</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Community leader</source>
        <translation>Líder comunitario/a</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>Municipal official</source>
        <translation>Funcionario/a municipal</translation>
    </message>
    <message>
        <source>NGO / civil society</source>
        <translation>Sociedad civil / ONG</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Dueño/a de negocio</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Dusk</source>
        <translation>Atardecer</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <source>Natural surveillance</source>
        <translation>Vigilancia natural</translation>
    </message>
    <message>
        <source>Natural access control</source>
        <translation>Control natural de accesos</translation>
    </message>
    <message>
        <source>Territorial reinforcement</source>
        <translation>Refuerzo territorial</translation>
    </message>
    <message>
        <source>Maintenance and image</source>
        <translation>Mantenimiento e imagen</translation>
    </message>
    <message>
        <source>Activity support</source>
        <translation>Apoyo a las actividades</translation>
    </message>
    <message>
        <source>Target hardening</source>
        <translation>Protección de objetivos</translation>
    </message>
    <message>
        <source>Social cohesion</source>
        <translation>Cohesión social</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Conectividad</translation>
    </message>
    <message>
        <source>Community culture</source>
        <translation>Cultura comunitaria</translation>
    </message>
    <message>
        <source>Threshold capacity</source>
        <translation>Capacidad umbral</translation>
    </message>
    <message>
        <source>Street lighting</source>
        <translation>Alumbrado público</translation>
    </message>
    <message>
        <source>Clear sightlines / trim vegetation</source>
        <translation>Visibilidad despejada / poda de vegetación</translation>
    </message>
    <message>
        <source>Active frontage</source>
        <translation>Fachadas activas</translation>
    </message>
    <message>
        <source>Seating and shade</source>
        <translation>Bancas y sombra</translation>
    </message>
    <message>
        <source>Vending / market space</source>
        <translation>Espacio de venta / mercado</translation>
    </message>
    <message>
        <source>Public toilets</source>
        <translation>Baños públicos</translation>
    </message>
    <message>
        <source>Safe crossing</source>
        <translation>Cruce seguro</translation>
    </message>
    <message>
        <source>Transport stop upgrade</source>
        <translation>Mejora de parada de transporte</translation>
    </message>
    <message>
        <source>Wayfinding and signage</source>
        <translation>Orientación y señalización</translation>
    </message>
    <message>
        <source>Paths and paving</source>
        <translation>Senderos y pavimento</translation>
    </message>
    <message>
        <source>Greening</source>
        <translation>Áreas verdes</translation>
    </message>
    <message>
        <source>Lighting of a transport interchange</source>
        <translation>Iluminación de un intercambiador de transporte</translation>
    </message>
    <message>
        <source>Youth programme / activity</source>
        <translation>Programa / actividad juvenil</translation>
    </message>
    <message>
        <source>Community watch</source>
        <translation>Vigilancia comunitaria</translation>
    </message>
    <message>
        <source>Clean-up and repair</source>
        <translation>Limpieza y reparación</translation>
    </message>
    <message>
        <source>Gun-free zone</source>
        <translation>Zona libre de armas</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Niñas</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jóvenes</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niñas y niños</translation>
    </message>
    <message>
        <source>Elderly people</source>
        <translation>Personas mayores</translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation>Personas con discapacidad</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>Social development</source>
        <translation>Desarrollo social</translation>
    </message>
    <message>
        <source>Locally based (community)</source>
        <translation>Local (comunitario)</translation>
    </message>
    <message>
        <source>Situational</source>
        <translation>Situacional</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation>Reinserción</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>Corto plazo</translation>
    </message>
    <message>
        <source>Medium term</source>
        <translation>Mediano plazo</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>Largo plazo</translation>
    </message>
    <message>
        <source>Day and night</source>
        <translation>Día y noche</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Preseleccionada</translation>
    </message>
    <message>
        <source>Agreed for the plan</source>
        <translation>Aprobada para el plan</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
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
        <translation>Mala iluminación</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Acoso</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Aislado</translation>
    </message>
    <message>
        <source>Crowded</source>
        <translation>Aglomerado</translation>
    </message>
    <message>
        <source>Drugs / alcohol</source>
        <translation>Drogas / alcohol</translation>
    </message>
    <message>
        <source>No transport</source>
        <translation>Sin transporte</translation>
    </message>
    <message>
        <source>Blind corner</source>
        <translation>Esquina ciega</translation>
    </message>
    <message>
        <source>Well used</source>
        <translation>Concurrido</translation>
    </message>
    <message>
        <source>Friendly shops</source>
        <translation>Tiendas amigables</translation>
    </message>
    <message>
        <source>Good lighting</source>
        <translation>Buena iluminación</translation>
    </message>
    <message>
        <source>Major road</source>
        <translation>Vía principal</translation>
    </message>
    <message>
        <source>Minor road</source>
        <translation>Vía secundaria</translation>
    </message>
    <message>
        <source>Footway / path</source>
        <translation>Acera / sendero</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>Ferrocarril</translation>
    </message>
    <message>
        <source>River / canal</source>
        <translation>Río / canal</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Agua</translation>
    </message>
    <message>
        <source>Park / green space</source>
        <translation>Parque / área verde</translation>
    </message>
    <message>
        <source>Land use</source>
        <translation>Uso del suelo</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Edificio</translation>
    </message>
    <message>
        <source>Transport stop</source>
        <translation>Parada de transporte</translation>
    </message>
    <message>
        <source>Street lamp</source>
        <translation>Farola</translation>
    </message>
    <message>
        <source>Point of interest</source>
        <translation>Punto de interés</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Voting workshop</source>
        <translation>Taller de votación</translation>
    </message>
    <message>
        <source>The workshop whose proposals are voted on</source>
        <translation>El taller cuyas propuestas se votan</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Votante</translation>
    </message>
    <message>
        <source>Who is placing dots now</source>
        <translation>Quién está poniendo puntos ahora</translation>
    </message>
    <message>
        <source>Next Voter</source>
        <translation>Siguiente votante</translation>
    </message>
    <message>
        <source>Move on to the next voter in the list</source>
        <translation>Pasar al siguiente votante de la lista</translation>
    </message>
    <message>
        <source>Proposals to vote on</source>
        <translation>Propuestas para votar</translation>
    </message>
    <message>
        <source>Click + to give the voter&apos;s dot to a proposal, − to take it back</source>
        <translation>Haga clic en + para dar el punto del votante a una propuesta, en − para quitarlo</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>The proposals by dots received</source>
        <translation>Las propuestas según los puntos recibidos</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>&lt;b&gt;Place dots&lt;/b&gt; — click a proposal; right-click takes a dot back</source>
        <translation>&lt;b&gt;Poner puntos&lt;/b&gt; — haga clic en una propuesta; clic derecho quita un punto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ranking&lt;/b&gt; — all voters so far</source>
        <translation>&lt;b&gt;Clasificación&lt;/b&gt; — todos los votantes hasta ahora</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Taller sin título</translation>
    </message>
    <message>
        <source>Add a workshop with proposals to vote on them.</source>
        <translation>Agregue un taller con propuestas para votarlas.</translation>
    </message>
    <message>
        <source>This workshop has no proposals to vote on yet.</source>
        <translation>Este taller aún no tiene propuestas para votar.</translation>
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
        <translation>%1 (el grupo vota como uno)</translation>
    </message>
    <message>
        <source>No voters yet: sign participants in first.</source>
        <translation>Aún no hay votantes: primero registre a las personas participantes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 dots left</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: le quedan %2 de %3 puntos</translation>
    </message>
    <message>
        <source>%1: %2. Right-click a proposal to take a dot back, or go on to the next voter.</source>
        <comment>%1: the voter; %2: why the dot was refused</comment>
        <translation>%1: %2. Haga clic derecho en una propuesta para quitar un punto, o pase al siguiente votante.</translation>
    </message>
    <message>
        <source>Place a dot on “%1” (%2)</source>
        <comment>an undo step; %2: the voter</comment>
        <translation>Poner un punto en «%1» (%2)</translation>
    </message>
    <message>
        <source>%1 has no dot on “%2” to take back.</source>
        <translation>%1 no tiene ningún punto en «%2» que quitar.</translation>
    </message>
    <message>
        <source>Take a dot off “%1” (%2)</source>
        <comment>an undo step; %2: the voter</comment>
        <translation>Quitar un punto de «%1» (%2)</translation>
    </message>
</context>
<context>
    <name>WalkDialog</name>
    <message>
        <source>Edit Audit Walk</source>
        <translation>Editar recorrido de auditoría</translation>
    </message>
    <message>
        <source>New Audit Walk</source>
        <translation>Nuevo recorrido de auditoría</translation>
    </message>
    <message>
        <source>Required, e.g. Market street by night</source>
        <translation>Obligatorio, p. ej. Calle del mercado de noche</translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation>Sin taller</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>Walkers</source>
        <translation>Participantes del recorrido</translation>
    </message>
    <message>
        <source>Tick the participants who walked (Space ticks the current one)</source>
        <translation>Marque a quienes hicieron el recorrido (Space marca el actual)</translation>
    </message>
    <message>
        <source>Tick the Group</source>
        <translation>Marcar el grupo</translation>
    </message>
    <message>
        <source>Tick everyone signed in to the chosen group</source>
        <translation>Marcar a todas las personas registradas en el grupo elegido</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Time of &amp;day</source>
        <translation>Momento del &amp;día</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
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
        <translation>&lt;b&gt;Quiénes hicieron el recorrido&lt;/b&gt; (códigos anónimos)</translation>
    </message>
    <message>
        <source>Nobody is signed in to this workshop yet (Workshop › Sign-in Sheet…).</source>
        <translation>Aún no hay nadie registrado en este taller (Taller › Hoja de registro…).</translation>
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
        <translation>Planifiquen juntos calles más seguras. CoSafe guarda los recorridos de auditoría de seguridad de un barrio, los marcadores de percepción de sus residentes, las propuestas y el plan de acción acordado en un solo archivo de proyecto que funciona sin internet, para que un taller pueda realizarse en una sola computadora portátil y los equipos de campo puedan combinar su trabajo después.</translation>
    </message>
    <message>
        <source>Participatory urban-safety planning</source>
        <translation>Planificación participativa de la seguridad urbana</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open Sample Project</source>
        <translation>Abrir proyecto de ejemplo</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <source>Projects you open will be listed here.</source>
        <translation>Los proyectos que abra aparecerán aquí.</translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message>
        <source>field copy for %1 (%2)</source>
        <comment>%1 a team, %2 its group</comment>
        <translation>copia de campo para %1 (%2)</translation>
    </message>
    <message>
        <source>field copy for %1</source>
        <comment>%1 a team</comment>
        <translation>copia de campo para %1</translation>
    </message>
    <message>
        <source>field copy (%1)</source>
        <comment>%1 a group</comment>
        <translation>copia de campo (%1)</translation>
    </message>
    <message>
        <source>field copy</source>
        <translation>copia de campo</translation>
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
        <translation>%1 [solo lectura]</translation>
    </message>
</context>
<context>
    <name>WorkshopBar</name>
    <message>
        <source>Workshop and Group</source>
        <translation>Taller y grupo</translation>
    </message>
    <message>
        <source>No workshop yet</source>
        <translation>Aún no hay talleres</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>Aún no hay grupos</translation>
    </message>
    <message>
        <source> &amp;Workshop: </source>
        <translation> &amp;Taller: </translation>
    </message>
    <message>
        <source>  &amp;Group: </source>
        <translation>  &amp;Grupo: </translation>
    </message>
    <message>
        <source>The active workshop: what you draw and sign in belongs to it</source>
        <translation>El taller activo: lo que dibuje y registre pertenece a él</translation>
    </message>
    <message>
        <source>The active group: what you draw now is recorded as this group&apos;s work</source>
        <translation>El grupo activo: lo que dibuje ahora se registra como trabajo de este grupo</translation>
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
        <translation>Editar taller</translation>
    </message>
    <message>
        <source>New Workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <source>Required, e.g. Market street walk and mapping</source>
        <translation>Obligatorio, p. ej. Recorrido y mapeo de la calle del mercado</translation>
    </message>
    <message>
        <source>Where it was held, e.g. Community hall, Ward 4</source>
        <translation>Dónde se realizó, p. ej. Salón comunal, Barrio 4</translation>
    </message>
    <message>
        <source> dots each</source>
        <translation> puntos cada uno</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>Fa&amp;cilitador/a:</translation>
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
        <translation>Talleres y grupos</translation>
    </message>
    <message>
        <source>Each workshop and its groups; select one to work in it</source>
        <translation>Cada taller y sus grupos; seleccione uno para trabajar en él</translation>
    </message>
    <message>
        <source>Workshop / group</source>
        <translation>Taller / grupo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>No workshop yet. Create one, add its groups, then sign people in.</source>
        <translation>Aún no hay talleres. Cree uno, agregue sus grupos y luego registre a las personas.</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <source>Create a workshop: date, place, facilitator</source>
        <translation>Crear un taller: fecha, lugar, facilitador/a</translation>
    </message>
    <message>
        <source>&amp;Add Group…</source>
        <translation>&amp;Agregar grupo…</translation>
    </message>
    <message>
        <source>Add a group to the active workshop</source>
        <translation>Agregar un grupo al taller activo</translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheet…</source>
        <translation>&amp;Hoja de registro…</translation>
    </message>
    <message>
        <source>Sign participants in to the active workshop, keyboard only</source>
        <translation>Registrar participantes en el taller activo, solo con el teclado</translation>
    </message>
    <message>
        <source>&amp;Participants…</source>
        <translation>&amp;Participantes…</translation>
    </message>
    <message>
        <source>List and correct the active workshop&apos;s participants</source>
        <translation>Ver y corregir los participantes del taller activo</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected workshop or group</source>
        <translation>Editar el taller o grupo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected workshop or group (Undo brings it back)</source>
        <translation>Eliminar el taller o grupo seleccionado (Deshacer lo recupera)</translation>
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
        <translation>Facilitación: %1</translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <comment>a workshop&apos;s title: its groups and people</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Edit Workshop…</source>
        <translation>Editar taller…</translation>
    </message>
    <message>
        <source>Edit Group…</source>
        <translation>Editar grupo…</translation>
    </message>
    <message>
        <source>Delete Workshop</source>
        <translation>Eliminar taller</translation>
    </message>
    <message>
        <source>Delete Group</source>
        <translation>Eliminar grupo</translation>
    </message>
    <message>
        <source>Add workshop “%1”</source>
        <translation>Agregar taller «%1»</translation>
    </message>
    <message>
        <source>Group %1</source>
        <comment>a new group&apos;s name</comment>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Add group “%1”</source>
        <translation>Agregar grupo «%1»</translation>
    </message>
    <message>
        <source>Edit Group</source>
        <translation>Editar grupo</translation>
    </message>
    <message>
        <source>Delete the group “%1” and the photos of its paper sheets? Its participants and drawings stay in the workshop without a group. Undo (Ctrl+Z) brings it back.</source>
        <translation>¿Eliminar el grupo «%1» y las fotos de sus hojas de papel? Sus participantes y dibujos quedan en el taller sin grupo. Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Eliminar grupo</translation>
    </message>
    <message>
        <source>Delete the group “%1”? Its participants and drawings stay in the workshop without a group. Undo (Ctrl+Z) brings it back.</source>
        <translation>¿Eliminar el grupo «%1»? Sus participantes y dibujos quedan en el taller sin grupo. Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Eliminar taller</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>A vote must say which participant or group placed it</source>
        <translation>Un voto debe indicar qué participante o grupo lo puso</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %Ln dots left for this voter</source>
        <translation>
            <numerusform>A esta persona solo le quedan %1 de %Ln punto</numerusform>
            <numerusform>A esta persona solo le quedan %1 de %Ln puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>women hidden</source>
        <translation>mujeres: oculto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln women</source>
        <translation>
            <numerusform>%Ln mujer</numerusform>
            <numerusform>%Ln mujeres</numerusform>
        </translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <source>people hidden</source>
        <translation>personas: oculto</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a summary: “26 people · 16 women”</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Delete the workshop “%1” with its %2, %3 and %4?</source>
        <comment>%2, %3 and %4 are counts: “2 groups”, “26 participants”, “40 votes”</comment>
        <translation>¿Eliminar el taller «%1» con sus %2, %3 y %4?</translation>
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
            <numerusform>Sus propuestas, marcadores y recorridos (%Ln) quedan en el proyecto, sin taller.</numerusform>
            <numerusform>Sus propuestas, marcadores y recorridos (%Ln) quedan en el proyecto, sin taller.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln photos of its groups&apos; paper sheets are deleted with it.</source>
        <translation>
            <numerusform>Las fotos de las hojas de papel de sus grupos (%Ln) se eliminan con él.</numerusform>
            <numerusform>Las fotos de las hojas de papel de sus grupos (%Ln) se eliminan con él.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it all back.</source>
        <translation>Deshacer (Ctrl+Z) lo recupera todo.</translation>
    </message>
</context>
<context>
    <name>WorkshopsFeature</name>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Wor&amp;kshop</source>
        <translation>Ta&amp;ller</translation>
    </message>
</context>
</TS>
