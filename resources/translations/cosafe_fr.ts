<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutCoSafe</name>
    <message>
        <source>All changes are saved as you work</source>
        <translation>Toutes les modifications sont enregistrées au fil du travail</translation>
    </message>
    <message>
        <source>Read-only: nothing you do changes the file</source>
        <translation>Lecture seule&#xa0;: rien de ce que vous faites ne modifie le fichier</translation>
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
        <translation>%1 %2 — planification participative de la sécurité urbaine, hors ligne&#xa0;: marches exploratoires, repères de perception, propositions et plans d’action dans un seul fichier GeoPackage. Logiciel libre (GPL 3 ou ultérieure).</translation>
    </message>
    <message>
        <source>There is no Save button: every change is written to the project file the moment you make it, so nothing is lost if the laptop switches off. Undo steps back through your changes. Use File › Save As to continue in a copy (for example before a workshop); the project is one .gpkg file you can copy to a USB stick at any time, and QGIS can open it.</source>
        <translation>Il n’y a pas de bouton Enregistrer&#xa0;: chaque modification est écrite dans le fichier de projet dès que vous la faites, donc rien n’est perdu si l’ordinateur s’éteint. Annuler revient sur vos modifications une à une. Utilisez Fichier › Enregistrer sous pour continuer dans une copie (par exemple avant un atelier)&#xa0;; le projet est un seul fichier .gpkg que vous pouvez copier sur une clé USB à tout moment, et QGIS peut l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <source>New Action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Edit Action — %1</source>
        <translation>Modifier l’action — %1</translation>
    </message>
    <message>
        <source>What will be done, e.g. Light the path behind the market</source>
        <translation>Ce qui sera fait, p. ex. Éclairer le chemin derrière le marché</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Non choisi</translation>
    </message>
    <message>
        <source>UN Guidelines for the Prevention of Crime (2002): social development (causes), locally based (communities act), situational (design and management of places), reintegration (offenders).</source>
        <translation>Principes directeurs des Nations Unies applicables à la prévention du crime (2002)&#xa0;: développement social (causes), ancrée localement (les communautés agissent), situationnelle (conception et gestion des lieux), réinsertion (auteurs d’infractions).</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l’instant</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>When the action is due: short, medium or long term</source>
        <translation>Quand l’action doit aboutir&#xa0;: court, moyen ou long terme</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>The day the action starts (tick Dates to set it)</source>
        <translation>Le jour où l’action commence (cochez Dates pour le définir)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>The day the action is done (tick Dates to set it)</source>
        <translation>Le jour où l’action est achevée (cochez Dates pour le définir)</translation>
    </message>
    <message>
        <source>From &amp;votes</source>
        <translation>D’après les &amp;votes</translation>
    </message>
    <message>
        <source>Set by &amp;hand:</source>
        <translation>Fixée à la &amp;main&#xa0;:</translation>
    </message>
    <message>
        <source>Priority by hand</source>
        <translation>Priorité fixée à la main</translation>
    </message>
    <message>
        <source>1 is the most urgent (choose Set by hand first)</source>
        <translation>1 est la plus urgente (choisissez d’abord Fixée à la main)</translation>
    </message>
    <message>
        <source>rank %1 by the dots on its proposals</source>
        <translation>rang %1 selon les gommettes de ses propositions</translation>
    </message>
    <message>
        <source>no votes on its linked proposals yet</source>
        <translation>pas encore de votes sur ses propositions liées</translation>
    </message>
    <message>
        <source>How success is seen, e.g. mean safety score at the market</source>
        <translation>Comment mesurer la réussite, p. ex. note de sécurité moyenne au marché</translation>
    </message>
    <message>
        <source>Where it stands now</source>
        <translation>Situation actuelle</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Situation de référence</translation>
    </message>
    <message>
        <source>Where the indicator stands now</source>
        <translation>Valeur actuelle de l’indicateur</translation>
    </message>
    <message>
        <source>Use Current &amp;Score</source>
        <translation>Utiliser la note act&amp;uelle</translation>
    </message>
    <message>
        <source>Fill in the mean safety score audits measured at the linked places</source>
        <translation>Reprendre la note de sécurité moyenne mesurée par les diagnostics aux lieux liés</translation>
    </message>
    <message>
        <source>Where it should be, and by when</source>
        <translation>La valeur visée, et pour quand</translation>
    </message>
    <message>
        <source>Add to Plan</source>
        <translation>Ajouter au plan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>CPTED &amp;principle</source>
        <translation>&amp;Principe CPTED</translation>
    </message>
    <message>
        <source>Prevention &amp;approach</source>
        <translation>&amp;Approche de prévention</translation>
    </message>
    <message>
        <source>&amp;Responsible partner</source>
        <translation>Partenaire &amp;responsable</translation>
    </message>
    <message>
        <source>Supporting partners</source>
        <translation>Partenaires en appui</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between a start and an end date</comment>
        <translation>au</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Estimated &amp;cost</source>
        <translation>&amp;Coût estimé</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indicateur</translation>
    </message>
    <message>
        <source>Tar&amp;get</source>
        <translation>Ci&amp;ble</translation>
    </message>
    <message>
        <source>Linked places</source>
        <translation>Lieux liés</translation>
    </message>
    <message>
        <source>Link places to compute the current safety score there.</source>
        <translation>Liez des lieux pour y calculer la note de sécurité actuelle.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <comment>%1: the mean safety score at the linked places</comment>
        <translation>Actuellement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Principe</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Approche</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
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
        <translation>Datées</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non planifiées</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <comment>%1: a timeline column, e.g. Short term</comment>
        <translation>Actions&#xa0;: %1</translation>
    </message>
    <message>
        <source>The actions planned for %1; double-click one to edit it</source>
        <translation>Les actions prévues pour %1&#xa0;; double-cliquez sur l’une d’elles pour la modifier</translation>
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
        <translation>Aucune action pour l’instant. Sélectionnez une proposition et choisissez Plan › Créer une action à partir de la proposition, ou cliquez sur Nouvelle… pour en rédiger une.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute échéance</translation>
    </message>
    <message>
        <source>Has dates</source>
        <translation>Datées</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non planifiées</translation>
    </message>
    <message>
        <source>Filter actions by status</source>
        <translation>Filtrer les actions par statut</translation>
    </message>
    <message>
        <source>Show only actions with this status</source>
        <translation>Afficher seulement les actions ayant ce statut</translation>
    </message>
    <message>
        <source>Filter actions by timeframe</source>
        <translation>Filtrer les actions par échéance</translation>
    </message>
    <message>
        <source>Show only actions with this timeframe</source>
        <translation>Afficher seulement les actions ayant cette échéance</translation>
    </message>
    <message>
        <source>Filter actions by principle</source>
        <translation>Filtrer les actions par principe</translation>
    </message>
    <message>
        <source>Show only actions with this principle</source>
        <translation>Afficher seulement les actions relevant de ce principe</translation>
    </message>
    <message>
        <source>Filter actions by partner</source>
        <translation>Filtrer les actions par partenaire</translation>
    </message>
    <message>
        <source>Show only actions with this partner</source>
        <translation>Afficher seulement les actions avec ce partenaire</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>The plan&apos;s actions; Enter or double-click opens one, Delete removes it</source>
        <translation>Les actions du plan&#xa0;; Entrée ou un double-clic en ouvre une, Suppr la retire</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>Write a new action from scratch</source>
        <translation>Rédiger une nouvelle action à partir de zéro</translation>
    </message>
    <message>
        <source>&amp;Edit Action…</source>
        <translation>&amp;Modifier l’action…</translation>
    </message>
    <message>
        <source>Open the selected action in the action editor</source>
        <translation>Ouvrir l’action sélectionnée dans l’éditeur d’actions</translation>
    </message>
    <message>
        <source>&amp;Delete Action</source>
        <translation>&amp;Supprimer l’action</translation>
    </message>
    <message>
        <source>Remove the selected action from the plan (the places stay)</source>
        <translation>Retirer l’action sélectionnée du plan (les lieux restent)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>Tout partenaire</translation>
    </message>
    <message>
        <source>Nobody responsible yet</source>
        <translation>Pas encore de responsable</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln actions shown</source>
        <translation>
            <numerusform>%1 sur %Ln action affichée</numerusform>
            <numerusform>%1 sur %Ln actions affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message>
        <source>The action was not deleted</source>
        <translation>L’action n’a pas été supprimée</translation>
    </message>
</context>
<context>
    <name>ActionsSheet</name>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Priority set by</source>
        <translation>Priorité fixée par</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Responsible partner</source>
        <translation>Partenaire responsable</translation>
    </message>
    <message>
        <source>Supporting partners</source>
        <translation>Partenaires en appui</translation>
    </message>
    <message>
        <source>Linked places</source>
        <translation>Lieux liés</translation>
    </message>
    <message>
        <source>Locations (lat,lon)</source>
        <translation>Emplacements (lat,lon)</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>Principe CPTED</translation>
    </message>
    <message>
        <source>Prevention approach</source>
        <translation>Approche de prévention</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Commence le</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Situation de référence</translation>
    </message>
    <message>
        <source>Baseline from the audit scores</source>
        <translation>Situation de référence d’après les notes d’audit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>votes</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>à la main</translation>
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
            <numerusform>Là où la note «&#xa0;%1&#xa0;» est basse, on se sent moins en sécurité (lien fort, %Ln lieu).</numerusform>
            <numerusform>Là où la note «&#xa0;%1&#xa0;» est basse, on se sent moins en sécurité (lien fort, %Ln lieux).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is low, people feel less safe (moderate link, %Ln places).</source>
        <translation>
            <numerusform>Là où la note «&#xa0;%1&#xa0;» est basse, on se sent moins en sécurité (lien modéré, %Ln lieu).</numerusform>
            <numerusform>Là où la note «&#xa0;%1&#xa0;» est basse, on se sent moins en sécurité (lien modéré, %Ln lieux).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is low, people feel less safe (weak link, %Ln places).</source>
        <translation>
            <numerusform>Là où la note «&#xa0;%1&#xa0;» est basse, on se sent moins en sécurité (lien faible, %Ln lieu).</numerusform>
            <numerusform>Là où la note «&#xa0;%1&#xa0;» est basse, on se sent moins en sécurité (lien faible, %Ln lieux).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (strong link, %Ln places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Là où la note «&#xa0;%1&#xa0;» est élevée, on se sent moins en sécurité (lien fort, %Ln lieu) — inattendu&#xa0;; à examiner.</numerusform>
            <numerusform>Là où la note «&#xa0;%1&#xa0;» est élevée, on se sent moins en sécurité (lien fort, %Ln lieux) — inattendu&#xa0;; à examiner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (moderate link, %Ln places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Là où la note «&#xa0;%1&#xa0;» est élevée, on se sent moins en sécurité (lien modéré, %Ln lieu) — inattendu&#xa0;; à examiner.</numerusform>
            <numerusform>Là où la note «&#xa0;%1&#xa0;» est élevée, on se sent moins en sécurité (lien modéré, %Ln lieux) — inattendu&#xa0;; à examiner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (weak link, %Ln places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Là où la note «&#xa0;%1&#xa0;» est élevée, on se sent moins en sécurité (lien faible, %Ln lieu) — inattendu&#xa0;; à examiner.</numerusform>
            <numerusform>Là où la note «&#xa0;%1&#xa0;» est élevée, on se sent moins en sécurité (lien faible, %Ln lieux) — inattendu&#xa0;; à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit point has a feeling score yet, so nothing can be said about what goes with feeling unsafe.</source>
        <translation>Aucun point d’observation n’a encore de note de ressenti&#xa0;: on ne peut donc rien dire de ce qui va avec le sentiment d’insécurité.</translation>
    </message>
    <message>
        <source>How each criterion goes with %1 across audit points (Spearman rank correlation; a link, not proof of a cause):</source>
        <translation>Lien entre chaque critère et «&#xa0;%1&#xa0;» sur les points d’observation (corrélation de rang de Spearman&#xa0;; un lien, pas la preuve d’une cause)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1: too few places scored for both it and %2 to say (%Ln places; at least %3 needed).</source>
        <translation>
            <numerusform>%1&#xa0;: trop peu de lieux notés à la fois pour ce critère et pour %2 pour conclure (%Ln lieu&#xa0;; il en faut au moins %3).</numerusform>
            <numerusform>%1&#xa0;: trop peu de lieux notés à la fois pour ce critère et pour %2 pour conclure (%Ln lieux&#xa0;; il en faut au moins %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the same score everywhere (or %2 was), so no link can be read (%Ln places).</source>
        <translation>
            <numerusform>%1&#xa0;: la même note partout (ou pour %2), aucun lien ne peut donc être lu (%Ln lieu).</numerusform>
            <numerusform>%1&#xa0;: la même note partout (ou pour %2), aucun lien ne peut donc être lu (%Ln lieux).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 makes no clear difference to how safe people feel (%Ln places).</source>
        <translation>
            <numerusform>%1 ne change pas nettement le sentiment de sécurité (%Ln lieu).</numerusform>
            <numerusform>%1 ne change pas nettement le sentiment de sécurité (%Ln lieux).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation>Aucun atelier</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no value of a category</comment>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Other workshops</source>
        <translation>Autres ateliers</translation>
    </message>
    <message>
        <source>Other groups</source>
        <translation>Autres groupes</translation>
    </message>
    <message>
        <source>Other or not stated</source>
        <translation>Autre ou non précisé</translation>
    </message>
</context>
<context>
    <name>AnalysisCharts</name>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Compare groups of people by gender; each tick splits them further</source>
        <translation>Comparer les groupes de personnes par genre&#xa0;; chaque case cochée les subdivise</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>Compare groups of people by age band; each tick splits them further</source>
        <translation>Comparer les groupes de personnes par tranche d’âge&#xa0;; chaque case cochée les subdivise</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Compare groups of people by role; each tick splits them further</source>
        <translation>Comparer les groupes de personnes par rôle&#xa0;; chaque case cochée les subdivise</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Moment de la journée</translation>
    </message>
    <message>
        <source>Compare groups of people by time of day; each tick splits them further</source>
        <translation>Comparer les groupes de personnes par moment de la journée&#xa0;; chaque case cochée les subdivise</translation>
    </message>
    <message>
        <source>Working out which groups can be shown without giving anyone away…</source>
        <translation>Calcul des groupes qui peuvent être affichés sans identifier personne…</translation>
    </message>
    <message>
        <source>No audit scores or perception pins yet — record a walk or place pins in the Audits dock to compare groups of people.</source>
        <translation>Aucune note de diagnostic ni aucun repère de perception pour l’instant — enregistrez une marche ou placez des repères dans le panneau Diagnostics pour comparer des groupes de personnes.</translation>
    </message>
    <message>
        <source>No audit scores yet — record a walk and score its points in the Audits dock.</source>
        <translation>Aucune note de diagnostic pour l’instant — enregistrez une marche et notez ses points dans le panneau Diagnostics.</translation>
    </message>
    <message>
        <source>No place was walked both by day and at night yet — walk the same route after dark and score the points in the Audits dock.</source>
        <translation>Aucun lieu n’a encore été parcouru de jour et de nuit — refaites le même itinéraire après la tombée de la nuit et notez les points dans le panneau Diagnostics.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln places walked by day and at night: %1 scored lower at night, %2 higher, %3 about the same. Mean score %4 by day, %5 at night.</source>
        <translation>
            <numerusform>%Ln lieu parcouru de jour et de nuit&#xa0;: %1 moins bien noté(s) la nuit, %2 mieux, %3 à peu près pareil. Note moyenne %4 le jour, %5 la nuit.</numerusform>
            <numerusform>%Ln lieux parcourus de jour et de nuit&#xa0;: %1 moins bien notés la nuit, %2 mieux, %3 à peu près pareil. Note moyenne %4 le jour, %5 la nuit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough audit points with a &quot;Feeling&quot; score yet to say which criteria go with feeling unsafe — score Feeling at more points in the Audits dock.</source>
        <translation>Pas encore assez de points d’observation avec une note «&#xa0;Ressenti&#xa0;» pour dire quels critères vont avec le sentiment d’insécurité — notez le Ressenti sur davantage de points dans le panneau Diagnostics.</translation>
    </message>
    <message>
        <source>Open a project to see what its audits and pins say.</source>
        <translation>Ouvrez un projet pour voir ce que disent ses diagnostics et ses repères.</translation>
    </message>
    <message>
        <source>Nothing matches the filters — widen them in the Perception Filters dock (or Clear Filters).</source>
        <translation>Rien ne correspond aux filtres — élargissez-les dans le panneau Filtres de perception (ou Effacer les filtres).</translation>
    </message>
    <message>
        <source>No audit points yet — record a walk in the Audits dock.</source>
        <translation>Aucun point d’observation pour l’instant — enregistrez une marche dans le panneau Diagnostics.</translation>
    </message>
    <message>
        <source>No audit points or perception pins yet — record a walk or place pins in the Audits dock.</source>
        <translation>Aucun point d’observation ni repère de perception pour l’instant — enregistrez une marche ou placez des repères dans le panneau Diagnostics.</translation>
    </message>
    <message>
        <source>No recorded incidents in these dates — import police or NGO data with Audit › Import Recorded Incidents to compare them with what people feel by time of day.</source>
        <translation>Aucun incident enregistré à ces dates — importez des données de police ou d’ONG avec Audit › Importer des incidents enregistrés pour les comparer à ce que les gens ressentent selon le moment de la journée.</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln people match these filters, so their figures are hidden to protect them (the project&apos;s threshold is %Ln). Widen the filters to see more.</source>
        <translation>
            <numerusform>Moins de %Ln personne correspond à ces filtres&#xa0;: les chiffres sont masqués pour la protéger (le seuil du projet est %Ln). Élargissez les filtres pour en voir plus.</numerusform>
            <numerusform>Moins de %Ln personnes correspondent à ces filtres&#xa0;: leurs chiffres sont masqués pour les protéger (le seuil du projet est %Ln). Élargissez les filtres pour en voir plus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisFeature</name>
    <message>
        <source>Heat Map &amp;Radius…</source>
        <translation>&amp;Rayon de la carte de densité…</translation>
    </message>
    <message>
        <source>How far each point&apos;s heat reaches</source>
        <translation>Jusqu’où s’étend l’influence de chaque point</translation>
    </message>
    <message>
        <source>Perception Map</source>
        <translation>Carte des perceptions</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Filters (map and charts)</source>
        <translation>Filtres (carte et graphiques)</translation>
    </message>
    <message>
        <source>Layers and legend</source>
        <translation>Couches et légende</translation>
    </message>
    <message>
        <source>Perception &amp;Layers</source>
        <translation>&amp;Couches de perception</translation>
    </message>
    <message>
        <source>Heat Map &amp;Source</source>
        <translation>&amp;Source de la carte de densité</translation>
    </message>
    <message numerus="yes">
        <source>On the map: what fewer than %Ln people recorded.</source>
        <translation>
            <numerusform>Sur la carte&#xa0;: ce que moins de %Ln personne a enregistré.</numerusform>
            <numerusform>Sur la carte&#xa0;: ce que moins de %Ln personnes ont enregistré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln people match these filters, so no counts are shown.</source>
        <translation>
            <numerusform>Moins de %Ln personne correspond à ces filtres&#xa0;: aucun effectif n’est affiché.</numerusform>
            <numerusform>Moins de %Ln personnes correspondent à ces filtres&#xa0;: aucun effectif n’est affiché.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 and %2.</source>
        <translation>Affichage&#xa0;: %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln audit scores</source>
        <translation>
            <numerusform>%1 sur %Ln note de diagnostic</numerusform>
            <numerusform>%1 sur %Ln notes de diagnostic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln pins</source>
        <translation>
            <numerusform>%1 sur %Ln repère</numerusform>
            <numerusform>%1 sur %Ln repères</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything shown: %1, %2.</source>
        <translation>Tout est affiché&#xa0;: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit scores</source>
        <translation>
            <numerusform>%Ln note de diagnostic</numerusform>
            <numerusform>%Ln notes de diagnostic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins</source>
        <translation>
            <numerusform>%Ln repère</numerusform>
            <numerusform>%Ln repères</numerusform>
        </translation>
    </message>
    <message>
        <source>Heat Map Radius</source>
        <translation>Rayon de la carte de densité</translation>
    </message>
    <message>
        <source>How far each point&apos;s heat reaches (metres):</source>
        <translation>Jusqu’où s’étend l’influence de chaque point (mètres)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>How each criterion was scored, 0 (poor) to 3 (good)</source>
        <translation>Comment chaque critère a été noté, de 0 (mauvais) à 3 (bon)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Mean safety score and share of unsafe pins by gender, age and time of day</source>
        <translation>Note de sécurité moyenne et part de repères peu sûrs par genre, âge et moment de la journée</translation>
    </message>
    <message>
        <source>Day and Night</source>
        <translation>Jour et nuit</translation>
    </message>
    <message>
        <source>The same places scored by day and at night</source>
        <translation>Les mêmes lieux notés de jour et de nuit</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>Which criteria go with feeling unsafe</source>
        <translation>Quels critères vont avec le sentiment d’insécurité</translation>
    </message>
    <message>
        <source>%1 (outcome)</source>
        <comment>a criterion scored as the outcome</comment>
        <translation>%1 (résultat)</translation>
    </message>
</context>
<context>
    <name>AnswerField</name>
    <message>
        <source>Type %1 (yes) or %2 (no), Space to leave it blank</source>
        <translation>Tapez %1 (oui) ou %2 (non), Espace pour laisser vide</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d’aide et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont requis&#xa0;: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est requis</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>sous-commande inconnue %(parser_name)r (choix&#xa0;: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s pourrait correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>option inattendue&#xa0;: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l’argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré&#xa0;: %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d’ouvrir «&#xa0;%(filename)s&#xa0;»&#xa0;: %(error)s</translation>
    </message>
    <message numerus="yes">
        <source>expected %s arguments</source>
        <translation>
            <numerusform>%s argument attendu</numerusform>
            <numerusform>%s arguments attendus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditEntryForm</name>
    <message>
        <source>&lt;b&gt;0–3&lt;/b&gt; score, &lt;b&gt;Space&lt;/b&gt; blank: each moves on to the next field by itself (a Tab after it does not skip one) · &lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt; next / previous field · &lt;b&gt;Enter&lt;/b&gt; save and next sheet · &lt;b&gt;Page Up/Down&lt;/b&gt; previous / next sheet (saves this one) · &lt;b&gt;Esc&lt;/b&gt; close</source>
        <translation>&lt;b&gt;0–3&lt;/b&gt; note, &lt;b&gt;Espace&lt;/b&gt; vide&#xa0;: chacun passe seul au champ suivant (une Tab ensuite n’en saute pas un) · &lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Maj+Tab&lt;/b&gt; champ suivant / précédent · &lt;b&gt;Entrée&lt;/b&gt; enregistrer et fiche suivante · &lt;b&gt;Page préc./suiv.&lt;/b&gt; fiche précédente / suivante (enregistre celle-ci) · &lt;b&gt;Échap&lt;/b&gt; fermer</translation>
    </message>
    <message>
        <source>Enter Audit Sheets — %1</source>
        <translation>Saisir les fiches de diagnostic — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <comment>a walk&apos;s title, date and time of day</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Point </source>
        <comment>before a sheet&apos;s number</comment>
        <translation>Point </translation>
    </message>
    <message>
        <source>Point number</source>
        <translation>Numéro du point</translation>
    </message>
    <message>
        <source>The number of the sheet (audit point) on show</source>
        <translation>Le numéro de la fiche (point d’observation) affichée</translation>
    </message>
    <message>
        <source>of </source>
        <comment>before the number of sheets</comment>
        <translation>sur </translation>
    </message>
    <message>
        <source> sheets</source>
        <comment>after the number of sheets</comment>
        <translation> fiches</translation>
    </message>
    <message>
        <source>Number of sheets</source>
        <translation>Nombre de fiches</translation>
    </message>
    <message>
        <source>How many sheets the stack has: unplaced points are spread evenly along the route</source>
        <translation>Combien de fiches compte la pile&#xa0;: les points non placés sont répartis régulièrement le long de l’itinéraire</translation>
    </message>
    <message>
        <source>Pick on Map</source>
        <translation>Choisir sur la carte</translation>
    </message>
    <message>
        <source>Click the map where this point was (the Audit Point tool)</source>
        <translation>Cliquez sur la carte là où se trouvait ce point (outil Point d’observation)</translation>
    </message>
    <message>
        <source>Scores (0 = poor … 3 = good)</source>
        <translation>Notes (0 = mauvais … 3 = bon)</translation>
    </message>
    <message>
        <source>3 means: %1</source>
        <translation>3 signifie&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (outcome)</source>
        <comment>a criterion scored as the outcome</comment>
        <translation>%1 (résultat)</translation>
    </message>
    <message>
        <source>3 = %1</source>
        <translation>3 = %1</translation>
    </message>
    <message>
        <source>Comment from the sheet (optional)</source>
        <translation>Commentaire de la fiche (facultatif)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>The comment written on the sheet (optional)</source>
        <translation>Le commentaire écrit sur la fiche (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Checklist — women&apos;s safety audit (optional: y / n, recommendation)</source>
        <translation>&amp;Liste de contrôle — diagnostic de sécurité des femmes (facultatif&#xa0;: y / n, recommandation)</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>%1 Type y (yes) or n (no), Space to leave it blank</source>
        <translation>%1 Tapez y (oui) ou n (non), Espace pour laisser vide</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Recommandation&#xa0;: %1</translation>
    </message>
    <message>
        <source>What the walkers recommend (optional)</source>
        <translation>Ce que recommandent les marcheurs (facultatif)</translation>
    </message>
    <message>
        <source>Save Point</source>
        <translation>Enregistrer le point</translation>
    </message>
    <message>
        <source>Delete Point</source>
        <translation>Supprimer le point</translation>
    </message>
    <message>
        <source>Delete this point with its scores and answers (Ctrl+Delete); undo brings it back</source>
        <translation>Supprimer ce point avec ses notes et ses réponses (Ctrl+Suppr)&#xa0;; Annuler le rétablit</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This walk&apos;s criteria set has no criteria: add some in Audit › Criteria…</source>
        <translation>La grille de critères de cette marche est vide&#xa0;: ajoutez-en dans Diagnostic › Critères…</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Fermer sans enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Point %1 has entries that are not saved. Close the form and lose them? (Cancel, then Enter, saves them.)</source>
        <translation>Le point %1 a des saisies non enregistrées. Fermer le formulaire et les perdre&#xa0;? (Annuler, puis Entrée, les enregistre.)</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Placed where you clicked</source>
        <translation>Placé là où vous avez cliqué</translation>
    </message>
    <message>
        <source>On the map (saved)</source>
        <translation>Sur la carte (enregistré)</translation>
    </message>
    <message>
        <source>On the map (placed, not scored yet)</source>
        <translation>Sur la carte (placé, pas encore noté)</translation>
    </message>
    <message>
        <source>Will be placed along the route</source>
        <translation>Sera placé le long de l’itinéraire</translation>
    </message>
    <message>
        <source>Not on the map: draw the route or Pick on Map</source>
        <translation>Pas sur la carte&#xa0;: tracez l’itinéraire ou Choisir sur la carte</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores, %2 left blank, %3</source>
        <translation>
            <numerusform>Point %1 enregistré&#xa0;: %Ln note, %2 laissée(s) vide(s), %3</numerusform>
            <numerusform>Point %1 enregistré&#xa0;: %Ln notes, %2 laissée(s) vide(s), %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores, %2 left blank</source>
        <translation>
            <numerusform>Point %1 enregistré&#xa0;: %Ln note, %2 laissée(s) vide(s)</numerusform>
            <numerusform>Point %1 enregistré&#xa0;: %Ln notes, %2 laissée(s) vide(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores, %2</source>
        <translation>
            <numerusform>Point %1 enregistré&#xa0;: %Ln note, %2</numerusform>
            <numerusform>Point %1 enregistré&#xa0;: %Ln notes, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores</source>
        <translation>
            <numerusform>Point %1 enregistré&#xa0;: %Ln note</numerusform>
            <numerusform>Point %1 enregistré&#xa0;: %Ln notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted point %1</source>
        <translation>Point %1 supprimé</translation>
    </message>
    <message>
        <source>That is the last field of the sheet: Enter saves point %1</source>
        <translation>C’est le dernier champ de la fiche&#xa0;: Entrée enregistre le point %1</translation>
    </message>
</context>
<context>
    <name>AuditReviewPanel</name>
    <message>
        <source>two boxes marked: choose the score</source>
        <translation>deux cases cochées : choisissez la note</translation>
    </message>
    <message>
        <source>a faint mark: check it</source>
        <translation>une marque pâle : vérifiez-la</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>Audits</name>
    <message>
        <source>Walk</source>
        <translation>Marche</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Sans code</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between a participant&apos;s code and demographics</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Draw Walk &amp;Route</source>
        <translation>Tr&amp;acer l’itinéraire de la marche</translation>
    </message>
    <message>
        <source>Click along the selected walk&apos;s route; Enter or double-click finishes</source>
        <translation>Cliquez le long de l’itinéraire de la marche sélectionnée&#xa0;; Entrée ou un double-clic termine</translation>
    </message>
    <message>
        <source>A&amp;udit Point</source>
        <translation>Point d’&amp;observation</translation>
    </message>
    <message>
        <source>Click to place the selected walk&apos;s next audit point (or the sheet being entered)</source>
        <translation>Cliquez pour placer le prochain point d’observation de la marche sélectionnée (ou de la fiche en cours de saisie)</translation>
    </message>
    <message>
        <source>&amp;Perception Pin</source>
        <translation>&amp;Repère de perception</translation>
    </message>
    <message>
        <source>Click to add a safe/unsafe pin, or click a pin to edit it</source>
        <translation>Cliquez pour ajouter un repère sûr / peu sûr, ou cliquez sur un repère pour le modifier</translation>
    </message>
    <message>
        <source>The recorded incidents were not imported</source>
        <translation>Les incidents enregistrés n’ont pas été importés</translation>
    </message>
    <message>
        <source>Import of recorded incidents cancelled; nothing was changed</source>
        <translation>Import des incidents enregistrés annulé&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>Recorded incidents come from police, hospital or NGO records. CoSafe shows them as their own layer, always apart from what participants felt (pins and audit scores).</source>
        <translation>Les incidents enregistrés proviennent des registres de la police, des hôpitaux ou des ONG. CoSafe les affiche dans une couche à part, toujours séparée du ressenti des participants (repères et notes du diagnostic).</translation>
    </message>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>Importer des incidents enregistrés</translation>
    </message>
    <message>
        <source>Incident files (%1)</source>
        <translation>Fichiers d’incidents (%1)</translation>
    </message>
    <message>
        <source>CSV with longitude/latitude or x/y (%1)</source>
        <translation>CSV avec longitude/latitude ou x/y (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Tous les fichiers (%1)</translation>
    </message>
    <message>
        <source>A route needs at least two points: click along the way, then Enter</source>
        <translation>Un itinéraire doit avoir au moins deux points&#xa0;: cliquez le long du trajet, puis Entrée</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>y n</source>
        <comment>the keys typed for Yes and No on the audit checklist, in this order: two different single letters separated by a space, the first letters of your words for yes and no where you can</comment>
        <translation>o n</translation>
    </message>
</context>
<context>
    <name>AuditsFeature</name>
    <message>
        <source>Walks</source>
        <translation>Marches</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>Repères</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Enter Audit &amp;Sheets…</source>
        <translation>Saisir les &amp;fiches de diagnostic…</translation>
    </message>
    <message>
        <source>Type in the selected walk&apos;s paper sheets with the keyboard</source>
        <translation>Saisir au clavier les fiches papier de la marche sélectionnée</translation>
    </message>
    <message>
        <source>Reason &amp;Tags…</source>
        <translation>Mo&amp;tifs…</translation>
    </message>
    <message>
        <source>Add, rename or retire the reasons pins can give</source>
        <translation>Ajouter, renommer ou retirer les motifs que peuvent donner les repères</translation>
    </message>
    <message>
        <source>&amp;Criteria…</source>
        <translation>&amp;Critères…</translation>
    </message>
    <message>
        <source>Add, rename, reorder or retire the audit criteria; the score formula</source>
        <translation>Ajouter, renommer, réordonner ou retirer les critères du diagnostic&#xa0;; la formule de la note</translation>
    </message>
    <message>
        <source>Import Recorded &amp;Incidents…</source>
        <translation>Importer des &amp;incidents enregistrés…</translation>
    </message>
    <message>
        <source>Add police or NGO incident records (CSV or GIS file), kept apart from perceptions</source>
        <translation>Ajouter des registres d’incidents de la police ou d’ONG (fichier CSV ou SIG), gardés à part des perceptions</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>D&amp;iagnostic</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Select an audit walk in the Audits panel first</source>
        <translation>Sélectionnez d’abord une marche exploratoire dans le panneau Diagnostics</translation>
    </message>
    <message>
        <source>Select an audit walk in the Audits panel first: the route was not kept</source>
        <translation>Sélectionnez d’abord une marche exploratoire dans le panneau Diagnostics&#xa0;: l’itinéraire n’a pas été conservé</translation>
    </message>
    <message>
        <source>Replace the walk&apos;s route?</source>
        <translation>Remplacer l’itinéraire de la marche&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has a route of %2 points already. Replace it with the %Ln points just drawn? (Undo brings the old route back.)</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a déjà un itinéraire de %2 points. Le remplacer par le %Ln point que vous venez de tracer&#xa0;? (Annuler rétablit l’ancien itinéraire.)</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a déjà un itinéraire de %2 points. Le remplacer par les %Ln points que vous venez de tracer&#xa0;? (Annuler rétablit l’ancien itinéraire.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Route</source>
        <translation>Remplacer l’itinéraire</translation>
    </message>
    <message>
        <source>The route of “%1” was kept as it was</source>
        <translation>L’itinéraire de «&#xa0;%1&#xa0;» a été conservé tel quel</translation>
    </message>
    <message numerus="yes">
        <source>Route of “%1” drawn: %Ln points</source>
        <translation>
            <numerusform>Itinéraire de «&#xa0;%1&#xa0;» tracé&#xa0;: %Ln point</numerusform>
            <numerusform>Itinéraire de «&#xa0;%1&#xa0;» tracé&#xa0;: %Ln points</numerusform>
        </translation>
    </message>
    <message>
        <source>Place audit point %1 of “%2”</source>
        <translation>Placer le point d’observation %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Audit point %1 placed; Enter Audit Sheets to score it</source>
        <translation>Point d’observation %1 placé&#xa0;; utilisez Saisir les fiches de diagnostic pour le noter</translation>
    </message>
</context>
<context>
    <name>AuditsPanel</name>
    <message>
        <source>&amp;New Audit Walk…</source>
        <translation>&amp;Nouvelle marche exploratoire…</translation>
    </message>
    <message>
        <source>Record a walk: date, time of day, who walked</source>
        <translation>Enregistrer une marche&#xa0;: date, moment de la journée, participants</translation>
    </message>
    <message>
        <source>&amp;Edit Walk…</source>
        <translation>&amp;Modifier la marche…</translation>
    </message>
    <message>
        <source>Change the selected walk&apos;s details or walkers</source>
        <translation>Modifier les détails ou les participants de la marche sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete Walk</source>
        <translation>&amp;Supprimer la marche</translation>
    </message>
    <message>
        <source>Delete the walk with its points and scores</source>
        <translation>Supprimer la marche avec ses points et ses notes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Audit walks</source>
        <translation>Marches exploratoires</translation>
    </message>
    <message>
        <source>The recorded walks; select one to see its points</source>
        <translation>Les marches enregistrées&#xa0;; sélectionnez-en une pour voir ses points</translation>
    </message>
    <message>
        <source>%1  (no route)</source>
        <translation>%1  (sans itinéraire)</translation>
    </message>
    <message>
        <source>No audit walks yet. New records a walk; then draw its route and enter its sheets.</source>
        <translation>Aucune marche exploratoire pour l’instant. Nouvelle enregistre une marche&#xa0;; tracez ensuite son itinéraire et saisissez ses fiches.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”, its %Ln audit points with their scores and the photos of its paper sheets will be deleted. Undo brings them back.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;», son %Ln point d’observation avec ses notes et les photos de ses feuilles papier seront supprimés. Annuler les rétablit.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;», ses %Ln points d’observation avec leurs notes et les photos de ses feuilles papier seront supprimés. Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and its %Ln audit points with their scores will be deleted. Undo brings them back.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» et son %Ln point d’observation avec ses notes seront supprimés. Annuler les rétablit.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» et ses %Ln points d’observation avec leurs notes seront supprimés. Annuler les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete audit walk?</source>
        <translation>Supprimer la marche exploratoire&#xa0;?</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <source>Copies CoSafe wrote beside the project file before a merge or an upgrade. Each is a full copy of the project, contacts and stories included: remove those you no longer need.</source>
        <translation>Copies que CoSafe a écrites à côté du fichier de projet avant une fusion ou une mise à jour. Chacune est une copie complète du projet, coordonnées et témoignages compris&#xa0;: supprimez celles dont vous n’avez plus besoin.</translation>
    </message>
    <message>
        <source>No backups beside the project file.</source>
        <translation>Aucune sauvegarde à côté du fichier de projet.</translation>
    </message>
    <message>
        <source>a merge</source>
        <translation>une fusion</translation>
    </message>
    <message>
        <source>upgrading format %1</source>
        <translation>la mise à jour du format %1</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected backups from the disk</source>
        <translation>Supprimer du disque les sauvegardes sélectionnées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backups, %1 in all.</source>
        <translation>
            <numerusform>%Ln sauvegarde, %1 au total.</numerusform>
            <numerusform>%Ln sauvegardes, %1 au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this backup?</source>
        <translation>Supprimer cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is a full copy of the project as it was %2 on %3, contacts and stories included. Removing deletes it from the disk and it cannot be brought back; the project itself stays as it is.</source>
        <translation>%1 est une copie complète du projet tel qu’il était avant %2, le %3, coordonnées et témoignages compris. La suppression l’efface du disque sans retour possible&#xa0;; le projet lui-même reste inchangé.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln backups?</source>
        <translation>
            <numerusform>Supprimer %Ln sauvegarde&#xa0;?</numerusform>
            <numerusform>Supprimer %Ln sauvegardes&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %Ln files are full copies of the project, contacts and stories included. Removing deletes them from the disk and they cannot be brought back; the project itself stays as it is.</source>
        <translation>
            <numerusform>Ce fichier (%Ln) est une copie complète du projet, coordonnées et témoignages compris. La suppression l’efface du disque sans retour possible&#xa0;; le projet lui-même reste inchangé.</numerusform>
            <numerusform>Ces %Ln fichiers sont des copies complètes du projet, coordonnées et témoignages compris. La suppression les efface du disque sans retour possible&#xa0;; le projet lui-même reste inchangé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Backup not removed</source>
        <translation>Sauvegarde non supprimée</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>before a merge</source>
        <translation>avant une fusion</translation>
    </message>
    <message>
        <source>before upgrading from format %1</source>
        <translation>avant la mise à jour depuis le format %1</translation>
    </message>
    <message>
        <source>The backups beside %1 cannot be listed: %2</source>
        <translation>Les sauvegardes à côté de %1 ne peuvent pas être listées&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is read-only (%2); no backup was removed</source>
        <translation>%1 est en lecture seule (%2)&#xa0;; aucune sauvegarde n’a été supprimée</translation>
    </message>
    <message>
        <source>%1 is not a backup of %2; no backup was removed</source>
        <translation>%1 n’est pas une sauvegarde de %2&#xa0;; aucune sauvegarde n’a été supprimée</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>%1 n’a pas pu être supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 ne peut pas être lu</translation>
    </message>
</context>
<context>
    <name>BasemapFeature</name>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Import &amp;Basemap…</source>
        <translation>Importer un fond de &amp;carte…</translation>
    </message>
    <message>
        <source>Add a street map, MBTiles or a photo of a paper map to the project</source>
        <translation>Ajouter au projet un plan des rues, un MBTiles ou une photo de carte papier</translation>
    </message>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation>&amp;Zoomer sur la couche</translation>
    </message>
    <message>
        <source>Show the whole of the layer selected in the Layers panel</source>
        <translation>Afficher toute la couche sélectionnée dans le panneau Couches</translation>
    </message>
    <message>
        <source>Set Project &amp;Area to This View</source>
        <translation>&amp;Définir la zone du projet sur cette vue</translation>
    </message>
    <message>
        <source>Zoom to Project will show at least what the map shows now</source>
        <translation>Zoomer sur le projet affichera au moins ce que montre la carte maintenant</translation>
    </message>
    <message>
        <source>Clear Project Area</source>
        <translation>Effacer la zone du projet</translation>
    </message>
    <message>
        <source>Zoom to Project shows only the proposals, pins and walks again</source>
        <translation>Zoomer sur le projet n’affiche de nouveau que les propositions, repères et marches</translation>
    </message>
</context>
<context>
    <name>BasemapImport</name>
    <message numerus="yes">
        <source>Imported %Ln tiles into “%1”</source>
        <translation>
            <numerusform>%Ln tuile importée dans «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%Ln tuiles importées dans «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln features into “%1”</source>
        <translation>
            <numerusform>%Ln entité importée dans «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%Ln entités importées dans «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln tiles into %1 layers from %2</source>
        <translation>
            <numerusform>%Ln tuile importée dans %1 couches depuis %2</numerusform>
            <numerusform>%Ln tuiles importées dans %1 couches depuis %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln features into %1 layers from %2</source>
        <translation>
            <numerusform>%Ln entité importée dans %1 couches depuis %2</numerusform>
            <numerusform>%Ln entités importées dans %1 couches depuis %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BasemapImporter</name>
    <message>
        <source>The basemap was not imported</source>
        <translation>Le fond de carte n’a pas été importé</translation>
    </message>
    <message>
        <source>Part of the file was not imported</source>
        <translation>Une partie du fichier n’a pas été importée</translation>
    </message>
    <message>
        <source>Import a street map first</source>
        <translation>Importez d’abord un plan des rues</translation>
    </message>
    <message>
        <source>A paper map is placed by matching points on it with the project&apos;s map, which is still empty. Import an OpenStreetMap extract or another map file first.</source>
        <translation>Une carte papier se place en faisant correspondre des points avec la carte du projet, qui est encore vide. Importez d’abord un extrait OpenStreetMap ou un autre fichier cartographique.</translation>
    </message>
    <message numerus="yes">
        <source>Placed paper map “%1” by %Ln points</source>
        <translation>
            <numerusform>Carte papier «&#xa0;%1&#xa0;» placée avec %Ln point</numerusform>
            <numerusform>Carte papier «&#xa0;%1&#xa0;» placée avec %Ln points</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed</source>
        <translation>Import annulé&#xa0;; rien n’a été modifié</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>Compare by:</source>
        <translation>Comparer par&#xa0;:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Mean safety score (0–5)</source>
        <translation>Note de sécurité moyenne (0–5)</translation>
    </message>
    <message>
        <source>Unsafe pins (% of pins)</source>
        <translation>Repères peu sûrs (% des repères)</translation>
    </message>
    <message numerus="yes">
        <source>Groups with fewer than %Ln people, and groups from which one could be worked out, show “hidden” instead of a figure, to protect participants (%1 of %2 here). Each comparison you tick splits people into smaller groups, so more are hidden.</source>
        <translation>
            <numerusform>Les groupes de moins de %Ln personne, et ceux qui permettraient d’en déduire un, affichent «&#xa0;masqué&#xa0;» au lieu d’un chiffre, pour protéger les participants (%1 sur %2 ici). Chaque comparaison cochée divise les personnes en groupes plus petits, donc davantage sont masqués.</numerusform>
            <numerusform>Les groupes de moins de %Ln personnes, et ceux qui permettraient d’en déduire un, affichent «&#xa0;masqué&#xa0;» au lieu d’un chiffre, pour protéger les participants (%1 sur %2 ici). Chaque comparaison cochée divise les personnes en groupes plus petits, donc davantage sont masqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every group here has at least %Ln people.</source>
        <translation>
            <numerusform>Chaque groupe compte ici au moins %Ln personne.</numerusform>
            <numerusform>Chaque groupe compte ici au moins %Ln personnes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <source>No group</source>
        <translation>Aucun groupe</translation>
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
        <translation>cosafe remove-backups&#xa0;: donnez soit des noms de sauvegardes, soit --all, pas les deux (cosafe info %1 les liste)</translation>
    </message>
    <message>
        <source>cosafe remove-backups: name the backups to remove, or give --all (cosafe info %1 lists them)</source>
        <translation>cosafe remove-backups&#xa0;: nommez les sauvegardes à supprimer, ou donnez --all (cosafe info %1 les liste)</translation>
    </message>
    <message>
        <source>%1 has no backups</source>
        <translation>%1 n’a pas de sauvegardes</translation>
    </message>
    <message>
        <source>Removed %1 (%2, made %3)</source>
        <translation>%1 supprimé (%2, créé le %3)</translation>
    </message>
    <message>
        <source>Upgraded %1 to project format %2; the file as it was is kept as %3 (a full copy: cosafe remove-backups %4 %3 removes it)</source>
        <translation>%1 mis à jour au format de projet %2&#xa0;; le fichier d’origine est conservé sous %3 (une copie complète&#xa0;: cosafe remove-backups %4 %3 la supprime)</translation>
    </message>
    <message>
        <source>backups:</source>
        <translation>sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no backups</comment>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>%Ln full copies of the project, contacts and stories included (remove with: cosafe remove-backups %1 --all, or NAME…)</source>
        <translation>
            <numerusform>%Ln copie complète du projet, coordonnées et témoignages compris (à supprimer avec&#xa0;: cosafe remove-backups %1 --all, ou NOM…)</numerusform>
            <numerusform>%Ln copies complètes du projet, coordonnées et témoignages compris (à supprimer avec&#xa0;: cosafe remove-backups %1 --all, ou NOM…)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>%1  (no place set)</source>
        <comment>a project without a place</comment>
        <translation>%1  (aucun lieu défini)</translation>
    </message>
    <message>
        <source>file:</source>
        <translation>fichier&#xa0;:</translation>
    </message>
    <message>
        <source>created:</source>
        <translation>créé&#xa0;:</translation>
    </message>
    <message>
        <source>format:</source>
        <translation>format&#xa0;:</translation>
    </message>
    <message>
        <source>costs:</source>
        <translation>coûts&#xa0;:</translation>
    </message>
    <message>
        <source>plan language:</source>
        <translation>langue du plan&#xa0;:</translation>
    </message>
    <message>
        <source>%1   updated: %2</source>
        <comment>when the project was created, and last changed</comment>
        <translation>%1   mis à jour&#xa0;: %2</translation>
    </message>
    <message>
        <source>CoSafe project format %1; small cells below %2 suppressed</source>
        <translation>Format de projet CoSafe %1&#xa0;; petites cellules en dessous de %2 masquées</translation>
    </message>
    <message>
        <source>plain numbers (no currency set)</source>
        <translation>nombres simples (aucune devise définie)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a language&apos;s name and code: “Português (pt)”</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not set: the language of whoever exports it</source>
        <translation>non définie&#xa0;: la langue de la personne qui l’exporte</translation>
    </message>
    <message>
        <source>Removed the traces of deleted records from %1 (%2 MB → %3 MB)</source>
        <translation>Traces des éléments supprimés effacées de %1 (%2 Mo → %3 Mo)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln problems found</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln problème trouvé</numerusform>
            <numerusform>%1&#xa0;: %Ln problèmes trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: SQLite integrity ok; GeoPackage structure ok; records ok; project format %2 (current)</source>
        <translation>%1&#xa0;: intégrité SQLite ok&#xa0;; structure GeoPackage ok&#xa0;; données ok&#xa0;; format de projet %2 (actuel)</translation>
    </message>
    <message>
        <source>%1 already exists (use --force to replace it)</source>
        <translation>%1 existe déjà (utilisez --force pour le remplacer)</translation>
    </message>
    <message>
        <source>The sample project was not written: %1</source>
        <translation>Le projet d’exemple n’a pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrote the sample project to %1</source>
        <translation>Projet d’exemple écrit dans %1</translation>
    </message>
    <message>
        <source>%1 is a picture without georeferencing: place it with at least three --control-point COLUMN,ROW,LON,LAT (or with File › Import Basemap in the app)</source>
        <translation>%1 est une image sans géoréférencement&#xa0;: placez-la avec au moins trois --control-point COLONNE,LIGNE,LON,LAT (ou avec Fichier › Importer un fond de carte dans l’application)</translation>
    </message>
    <message>
        <source>%1: its coordinates have no known coordinate reference system; they lie within longitude/latitude&apos;s range: if they are longitude/latitude, give --crs EPSG:4326, else the one they use with --crs EPSG:xxxx</source>
        <translation>%1&#xa0;: ses coordonnées n’ont pas de système de coordonnées de référence connu&#xa0;; elles sont dans les limites de la longitude/latitude&#xa0;: si ce sont des longitudes/latitudes, indiquez --crs EPSG:4326, sinon celui qu’elles utilisent avec --crs EPSG:xxxx</translation>
    </message>
    <message>
        <source>%1: its coordinates have no known coordinate reference system; give the one it uses with --crs EPSG:xxxx (e.g. --crs EPSG:32737)</source>
        <translation>%1&#xa0;: ses coordonnées n’ont pas de système de coordonnées de référence connu&#xa0;; indiquez celui qu’il utilise avec --crs EPSG:xxxx (p. ex. --crs EPSG:32737)</translation>
    </message>
    <message numerus="yes">
        <source>Placed %1: %Ln control points, RMS error %2 m</source>
        <translation>
            <numerusform>%1 placé&#xa0;: %Ln point de calage, erreur quadratique moyenne %2 m</numerusform>
            <numerusform>%1 placé&#xa0;: %Ln points de calage, erreur quadratique moyenne %2 m</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln tiles</source>
        <translation>
            <numerusform>%1 importé&#xa0;: %Ln tuile</numerusform>
            <numerusform>%1 importé&#xa0;: %Ln tuiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln features, drawn as %2</source>
        <comment>%2: the style class given</comment>
        <translation>
            <numerusform>%1 importé&#xa0;: %Ln entité, dessinée comme %2</numerusform>
            <numerusform>%1 importé&#xa0;: %Ln entités, dessinées comme %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln features</source>
        <translation>
            <numerusform>%1 importé&#xa0;: %Ln entité</numerusform>
            <numerusform>%1 importé&#xa0;: %Ln entités</numerusform>
        </translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>zones</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %Ln features</source>
        <comment>%1: a layer, %2: points, lines or areas</comment>
        <translation>
            <numerusform>%1&#xa0;: %2, %Ln entité</numerusform>
            <numerusform>%1&#xa0;: %2, %Ln entités</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>%1: a layer, %2: points, lines or areas</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Shapefile: --encoding applies only to a Shapefile&apos;s attributes</source>
        <translation>%1 n’est pas un Shapefile&#xa0;: --encoding ne s’applique qu’aux attributs d’un Shapefile</translation>
    </message>
    <message>
        <source>Unknown encoding %1; give auto or one of %2</source>
        <translation>Encodage inconnu %1&#xa0;; indiquez auto ou l’un de %2</translation>
    </message>
    <message>
        <source>No chosen layer of %1 has a field %2</source>
        <translation>Aucune couche choisie de %1 n’a de champ %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln recorded incidents from %1</source>
        <translation>
            <numerusform>%Ln incident enregistré importé depuis %1</numerusform>
            <numerusform>%Ln incidents enregistrés importés depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a control point is COLUMN,ROW,LON,LAT, not %1</source>
        <translation>un point de calage s’écrit COLONNE,LIGNE,LON,LAT, pas %1</translation>
    </message>
    <message>
        <source>longitude/latitude out of range in %1</source>
        <translation>longitude/latitude hors limites dans %1</translation>
    </message>
    <message>
        <source>--include-contacts needs --full: a public export never holds contacts</source>
        <translation>--include-contacts nécessite --full&#xa0;: un export public ne contient jamais de coordonnées</translation>
    </message>
    <message>
        <source>The project has no records to export</source>
        <translation>Le projet n’a aucune donnée à exporter</translation>
    </message>
    <message>
        <source>the grid is a number of metres from 1 to 100000, not %1</source>
        <translation>la grille est un nombre de mètres de 1 à 100000, pas %1</translation>
    </message>
    <message>
        <source>size must look like 1600x1200, not %1</source>
        <translation>la taille doit être de la forme 1600x1200, pas %1</translation>
    </message>
    <message>
        <source>width and height must be between 16 and 20000 pixels</source>
        <translation>la largeur et la hauteur doivent être comprises entre 16 et 20000 pixels</translation>
    </message>
    <message>
        <source>bbox must be minlon,minlat,maxlon,maxlat, not %1</source>
        <translation>bbox doit être minlon,minlat,maxlon,maxlat, pas %1</translation>
    </message>
    <message>
        <source>bbox must have minlon &lt; maxlon within ±180 and minlat &lt; maxlat within ±85</source>
        <translation>bbox doit avoir minlon &lt; maxlon dans ±180 et minlat &lt; maxlat dans ±85</translation>
    </message>
    <message>
        <source>DPI must be a whole number from 72 to 600, not %1</source>
        <translation>le DPI doit être un nombre entier de 72 à 600, pas %1</translation>
    </message>
    <message>
        <source>overlays are names separated by commas, not %1</source>
        <translation>les superpositions sont des noms séparés par des virgules, pas %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3 px, %4 dpi)</source>
        <translation>%1 écrit (%2×%3 px, %4 dpi)</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>the paper size</comment>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Wrote the action plan (public version, %1) to %2</source>
        <comment>%1: the paper size</comment>
        <translation>Plan d’action (version publique, %1) écrit dans %2</translation>
    </message>
    <message>
        <source>Wrote the action plan (for the project team, %1) to %2</source>
        <comment>%1: the paper size</comment>
        <translation>Plan d’action (pour l’équipe du projet, %1) écrit dans %2</translation>
    </message>
    <message>
        <source>Audit sheets are printed on A4 or A3 paper</source>
        <translation>Les feuilles de marche exploratoire s’impriment sur papier A4 ou A3</translation>
    </message>
    <message>
        <source>--points is a number of points from 1 to 999</source>
        <translation>--points est un nombre de points de 1 à 999</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln audit sheets to %1</source>
        <translation>
            <numerusform>%Ln feuille de marche exploratoire écrite dans %1</numerusform>
            <numerusform>%Ln feuilles de marche exploratoire écrites dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln group maps to %1</source>
        <translation>
            <numerusform>%Ln carte de groupe écrite dans %1</numerusform>
            <numerusform>%Ln cartes de groupe écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cosafe: %1: %2; --again reads it once more</source>
        <comment>%2: when it was read</comment>
        <translation>cosafe&#xa0;: %1&#xa0;: %2&#xa0;; --again la relit une fois de plus</translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln dots found (nothing stored)</source>
        <translation>
            <numerusform>%1 : feuille %2 : %Ln gommette trouvée (rien n’est enregistré)</numerusform>
            <numerusform>%1 : feuille %2 : %Ln gommettes trouvées (rien n’est enregistré)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln pen lines and shapes found (nothing stored)</source>
        <translation>
            <numerusform>%1 : feuille %2 : %Ln trait ou forme au feutre trouvé (rien n’est enregistré)</numerusform>
            <numerusform>%1 : feuille %2 : %Ln traits et formes au feutre trouvés (rien n’est enregistré)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln of them uncertain (flagged for a review)</source>
        <translation>
            <numerusform>%1 : feuille %2 : %Ln d’entre elles incertaine (signalée pour vérification)</numerusform>
            <numerusform>%1 : feuille %2 : %Ln d’entre elles incertaines (signalées pour vérification)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln dots added as pins and ideas</source>
        <translation>
            <numerusform>%1 : feuille %2 : %Ln gommette ajoutée comme repère ou idée</numerusform>
            <numerusform>%1 : feuille %2 : %Ln gommettes ajoutées comme repères et idées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln pen lines and shapes added as ideas</source>
        <translation>
            <numerusform>%1 : feuille %2 : %Ln trait ou forme au feutre ajouté comme idée</numerusform>
            <numerusform>%1 : feuille %2 : %Ln traits et formes au feutre ajoutés comme idées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln uncertain marks not stored, left for a review (--accept-uncertain stores them)</source>
        <translation>
            <numerusform>%1 : feuille %2 : %Ln marque incertaine non enregistrée, laissée pour vérification (--accept-uncertain l’enregistre)</numerusform>
            <numerusform>%1 : feuille %2 : %Ln marques incertaines non enregistrées, laissées pour vérification (--accept-uncertain les enregistre)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: audit sheet %2: %Ln scores read (nothing stored)</source>
        <translation>
            <numerusform>%1 : feuille %2 : %Ln note lue (rien n’est enregistré)</numerusform>
            <numerusform>%1 : feuille %2 : %Ln notes lues (rien n’est enregistré)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: audit sheet %2: %Ln scores stored</source>
        <translation>
            <numerusform>%1 : feuille %2 : %Ln note enregistrée</numerusform>
            <numerusform>%1 : feuille %2 : %Ln notes enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a photo&apos;s file name, then what its sheet says</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cosafe stats: unknown dimension %1 in --by; choose from %2</source>
        <translation>cosafe stats&#xa0;: dimension %1 inconnue dans --by&#xa0;; choisissez parmi %2</translation>
    </message>
    <message>
        <source>cosafe stats: a dimension is given twice in --by; choose from %1</source>
        <translation>cosafe stats&#xa0;: une dimension est donnée deux fois dans --by&#xa0;; choisissez parmi %1</translation>
    </message>
    <message>
        <source>%1: by %2</source>
        <comment>%2: the dimensions (gender × age_band)</comment>
        <translation>%1&#xa0;: par %2</translation>
    </message>
    <message>
        <source>%1: by everything</source>
        <translation>%1&#xa0;: par tout</translation>
    </message>
    <message>
        <source>Mean score: 0–5 safety score of the audit points in the cell. Cells with fewer than %1 people show &quot;hidden&quot;, and so do cells from which a smaller one could be worked out; categories with fewer than %1 people are pooled as &quot;Other or not stated&quot;.</source>
        <translation>Note moyenne&#xa0;: note de sécurité 0–5 des points d’observation de la cellule. Les cellules de moins de %1 personnes affichent «&#xa0;masqué&#xa0;», de même que celles qui permettraient d’en déduire une plus petite&#xa0;; les catégories de moins de %1 personnes sont regroupées sous «&#xa0;Autre ou non précisé&#xa0;».</translation>
    </message>
    <message>
        <source>No audit scores or perception pins yet.</source>
        <translation>Aucune note de diagnostic ni aucun repère de perception pour l’instant.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Note moyenne</translation>
    </message>
    <message>
        <source>Unsafe pins</source>
        <translation>Repères peu sûrs</translation>
    </message>
    <message>
        <source>Safe pins</source>
        <translation>Repères sûrs</translation>
    </message>
    <message>
        <source>Unsafe share</source>
        <translation>Part peu sûre</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Moment de la journée</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>cosafe: %1 (to use its layers as a basemap: cosafe import-basemap PROJECT FILE)</source>
        <translation>cosafe&#xa0;: %1 (pour utiliser ses couches comme fond de carte&#xa0;: cosafe import-basemap PROJET FICHIER)</translation>
    </message>
    <message>
        <source>cosafe: interrupted</source>
        <translation>cosafe&#xa0;: interrompu</translation>
    </message>
    <message>
        <source>%1; nothing was merged</source>
        <translation>%1&#xa0;; rien n’a été fusionné</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <comment>how many project files were merged: %1 in the merge&apos;s sentences</comment>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was changed; merging %1 into %2 would leave %Ln records in conflict.</source>
        <comment>%1: the files merged (&quot;2 files&quot;)</comment>
        <translation>
            <numerusform>Simulation&#xa0;: rien n’a été modifié&#xa0;; fusionner %1 dans %2 laisserait %Ln enregistrement en conflit.</numerusform>
            <numerusform>Simulation&#xa0;: rien n’a été modifié&#xa0;; fusionner %1 dans %2 laisserait %Ln enregistrements en conflit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged %1 into %2. The file as it was is kept as %3 (a full copy: cosafe remove-backups %4 %3 removes it).</source>
        <comment>%1: the files merged (&quot;2 files&quot;)</comment>
        <translation>Fusion de %1 dans %2 effectuée. Le fichier d’origine est conservé sous %3 (une copie complète&#xa0;: cosafe remove-backups %4 %3 la supprime).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records changed on both sides: %1 kept its version; open it in CoSafe to keep mine, theirs or both.</source>
        <translation>
            <numerusform>%Ln enregistrement modifié des deux côtés&#xa0;: %1 a gardé sa version&#xa0;; ouvrez-le dans CoSafe pour garder la mienne, la leur ou les deux.</numerusform>
            <numerusform>%Ln enregistrements modifiés des deux côtés&#xa0;: %1 a gardé sa version&#xa0;; ouvrez-le dans CoSafe pour garder la mienne, la leur ou les deux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%Ln ajouté</numerusform>
            <numerusform>%Ln ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%Ln mis à jour</numerusform>
            <numerusform>%Ln mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in conflict</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%Ln en conflit</numerusform>
            <numerusform>%Ln en conflit</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: a field copy for “%2”. Merge it back with: cosafe merge %3 %1</source>
        <translation>%1 écrit&#xa0;: une copie de terrain pour «&#xa0;%2&#xa0;». Fusionnez-la ensuite avec&#xa0;: cosafe merge %3 %1</translation>
    </message>
    <message>
        <source>%1 needs a language code, e.g. %1 es</source>
        <translation>%1 nécessite un code de langue, p. ex. %1 es</translation>
    </message>
    <message>
        <source>not a port number: %1 (0 to 65535)</source>
        <translation>pas un numéro de port : %1 (de 0 à 65535)</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>delete the backups made before merges and upgrades</source>
        <translation>supprimer les sauvegardes faites avant les fusions et les mises à jour</translation>
    </message>
    <message>
        <source>Delete backups CoSafe wrote beside PATH before a merge or an upgrade to a newer project format. They are full copies of the project, contacts and stories included; cosafe info PATH lists them.</source>
        <translation>Supprimer les sauvegardes que CoSafe a écrites à côté de PATH avant une fusion ou une mise à jour vers un format de projet plus récent. Ce sont des copies complètes du projet, coordonnées et témoignages compris&#xa0;; cosafe info PATH les liste.</translation>
    </message>
    <message>
        <source>the project whose backups to remove</source>
        <translation>le projet dont il faut supprimer les sauvegardes</translation>
    </message>
    <message>
        <source>a backup&apos;s file name, as cosafe info lists it</source>
        <translation>le nom de fichier d’une sauvegarde, tel que cosafe info le liste</translation>
    </message>
    <message>
        <source>remove every backup of PATH</source>
        <translation>supprimer toutes les sauvegardes de PATH</translation>
    </message>
    <message>
        <source>the version to share publicly (the default): %1</source>
        <translation>la version à diffuser publiquement (par défaut)&#xa0;: %1</translation>
    </message>
    <message>
        <source>the version for the project team: %1</source>
        <translation>la version pour l’équipe du projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: offline participatory urban-safety planning. Without a subcommand, opens the desktop application (on PROJECT if given).</source>
        <translation>%1&#xa0;: planification participative de la sécurité urbaine, hors ligne. Sans sous-commande, ouvre l’application de bureau (sur PROJECT s’il est donné).</translation>
    </message>
    <message>
        <source>show the version of CoSafe and exit</source>
        <translation>afficher la version de CoSafe et quitter</translation>
    </message>
    <message>
        <source>create an empty project file</source>
        <translation>créer un fichier de projet vide</translation>
    </message>
    <message>
        <source>Create an empty project file.</source>
        <translation>Créer un fichier de projet vide.</translation>
    </message>
    <message>
        <source>the .gpkg file to create</source>
        <translation>le fichier .gpkg à créer</translation>
    </message>
    <message>
        <source>project name (default: from the file name)</source>
        <translation>nom du projet (par défaut&#xa0;: d’après le nom du fichier)</translation>
    </message>
    <message>
        <source>the neighbourhood, town or city</source>
        <translation>le quartier, la commune ou la ville</translation>
    </message>
    <message>
        <source>show a project&apos;s metadata and record counts</source>
        <translation>afficher les métadonnées d’un projet et le nombre d’enregistrements</translation>
    </message>
    <message>
        <source>Show a project&apos;s metadata and a count of every kind of record.</source>
        <translation>Afficher les métadonnées d’un projet et le nombre d’enregistrements de chaque type.</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>afficher du JSON au lieu de texte</translation>
    </message>
    <message>
        <source>check integrity, GeoPackage structure, records and format version</source>
        <translation>vérifier l’intégrité, la structure GeoPackage, les enregistrements et la version du format</translation>
    </message>
    <message>
        <source>Check SQLite integrity, GeoPackage conformance, that every record is one CoSafe could have written (types, JSON, geometry, dates, its rules) and the project format version; a file holding triggers, views or indexes CoSafe and GeoPackage do not make is refused. Exit code 0 only if all pass.</source>
        <translation>Vérifier l’intégrité SQLite, la conformité GeoPackage, que chaque enregistrement est de ceux que CoSafe aurait pu écrire (types, JSON, géométrie, dates, ses règles) et la version du format de projet&#xa0;; un fichier contenant des déclencheurs, vues ou index que ni CoSafe ni GeoPackage ne créent est refusé. Code de sortie 0 seulement si tout est correct.</translation>
    </message>
    <message>
        <source>rewrite the file so deleted records leave no trace in it</source>
        <translation>réécrire le fichier pour que les éléments supprimés n’y laissent aucune trace</translation>
    </message>
    <message>
        <source>Rewrite the project file so that nothing deleted records held can be recovered from it (for a file that came from elsewhere: CoSafe itself overwrites what it deletes). Every stored photo and paper map is first stored as CoSafe stores new ones: without camera data (EXIF, XMP, comments) and under a neutral name; an image that cannot be read is left as it is, and counted.</source>
        <translation>Réécrire le fichier de projet pour que rien de ce que contenaient les éléments supprimés ne puisse en être récupéré (pour un fichier venu d’ailleurs&#xa0;: CoSafe écrase lui-même ce qu’il supprime). Chaque photo et carte papier enregistrée est d’abord enregistrée comme CoSafe enregistre les nouvelles&#xa0;: sans données d’appareil photo (EXIF, XMP, commentaires) et sous un nom neutre&#xa0;; une image illisible est laissée telle quelle, et comptée.</translation>
    </message>
    <message>
        <source>write the sample project</source>
        <translation>écrire le projet d’exemple</translation>
    </message>
    <message>
        <source>Write the sample project: a finished workshop in an invented neighbourhood, its words in the command&apos;s language (--language xx).</source>
        <translation>Écrire le projet d’exemple : un atelier terminé dans un quartier inventé, ses textes dans la langue de la commande (--language xx).</translation>
    </message>
    <message>
        <source>replace PATH if it exists</source>
        <translation>remplacer PATH s’il existe</translation>
    </message>
    <message>
        <source>import a map file into a project&apos;s basemap</source>
        <translation>importer un fichier cartographique dans le fond de carte d’un projet</translation>
    </message>
    <message>
        <source>Import a map into the project&apos;s basemap: a vector file (OSM .osm/.osm.pbf, GeoJSON, GeoPackage, Shapefile or zipped Shapefile, KML/KMZ, GPX, GML, FlatGeobuf, MapInfo .tab/.mif, CSV with longitude/latitude), an MBTiles file (raster or vector tiles), a GeoTIFF or raster GeoPackage (placed by its georeferencing), or a photo/scan of a paper map placed by --control-point. Everything is copied into the project file.</source>
        <translation>Importer une carte dans le fond de carte du projet&#xa0;: un fichier vectoriel (OSM .osm/.osm.pbf, GeoJSON, GeoPackage, Shapefile ou Shapefile zippé, KML/KMZ, GPX, GML, FlatGeobuf, MapInfo .tab/.mif, CSV avec longitude/latitude), un fichier MBTiles (tuiles raster ou vectorielles), un GeoTIFF ou un GeoPackage raster (placé par son géoréférencement), ou une photo/un scan d’une carte papier placée par --control-point. Tout est copié dans le fichier de projet.</translation>
    </message>
    <message>
        <source>layer name (default: from the file name)</source>
        <translation>nom de la couche (par défaut&#xa0;: d’après le nom du fichier)</translation>
    </message>
    <message>
        <source>how to draw a non-OSM file&apos;s features (default: guessed from layer name and geometry)</source>
        <translation>comment dessiner les entités d’un fichier non OSM (par défaut&#xa0;: déduit du nom de la couche et de la géométrie)</translation>
    </message>
    <message>
        <source>for a photo or scan of a paper map: a pixel of the picture and the place it shows (give at least three, spread out; write --control-point=… when it starts with a minus)</source>
        <translation>pour une photo ou un scan de carte papier&#xa0;: un pixel de l’image et le lieu qu’il représente (donnez-en au moins trois, bien répartis&#xa0;; écrivez --control-point=… quand la valeur commence par un signe moins)</translation>
    </message>
    <message>
        <source>the file&apos;s coordinate reference system, e.g. EPSG:32737: needed when it has none, and used instead of the one it declares</source>
        <translation>le système de coordonnées de référence du fichier, p. ex. EPSG:32737&#xa0;: nécessaire s’il n’en a pas, et utilisé à la place de celui qu’il déclare</translation>
    </message>
    <message>
        <source>import only this layer of the file (repeat for several; default: all; --list-layers shows them)</source>
        <translation>n’importer que cette couche du fichier (à répéter pour plusieurs&#xa0;; par défaut&#xa0;: toutes&#xa0;; --list-layers les montre)</translation>
    </message>
    <message>
        <source>list the file&apos;s layers with their shapes and feature counts, and import nothing</source>
        <translation>lister les couches du fichier avec leurs formes et leur nombre d’entités, sans rien importer</translation>
    </message>
    <message>
        <source>the attribute that names each feature on the map, in every chosen layer that has it (default: guessed, e.g. name, BoroName, STATE_NAME)</source>
        <translation>l’attribut qui nomme chaque entité sur la carte, dans chaque couche choisie qui l’a (par défaut&#xa0;: deviné, p. ex. name, BoroName, STATE_NAME)</translation>
    </message>
    <message>
        <source>a Shapefile&apos;s text encoding: auto (default: as the file declares, or UTF-8 when its text is UTF-8), UTF-8, CP1252, ISO-8859-1, CP437, CP850, CP1250, CP1251, CP1256…</source>
        <translation>l’encodage du texte d’un Shapefile&#xa0;: auto (par défaut&#xa0;: celui que déclare le fichier, ou UTF-8 si son texte est en UTF-8), UTF-8, CP1252, ISO-8859-1, CP437, CP850, CP1250, CP1251, CP1256…</translation>
    </message>
    <message>
        <source>import recorded incidents (police, NGO or hospital data) from a CSV or GIS file</source>
        <translation>importer des incidents enregistrés (données de la police, d’ONG ou d’hôpitaux) depuis un fichier CSV ou SIG</translation>
    </message>
    <message>
        <source>Import recorded incidents as their own layer, kept apart from perceptions: a CSV with longitude/latitude (or projected x/y with --crs) and a date column, or any GIS file. Columns are guessed from their names; name them to choose. Rows without a usable location (blank, or a 0,0 placeholder) are skipped and their lines reported; unreadable dates are kept as unknown.</source>
        <translation>Importe des incidents enregistrés dans leur propre couche, séparée des perceptions : un CSV avec longitude/latitude (ou x/y projetés avec --crs) et une colonne de date, ou tout fichier SIG. Les colonnes sont devinées d&apos;après leur nom ; nommez-les pour choisir. Les lignes sans emplacement utilisable (vide, ou un substitut 0,0) sont ignorées et leurs numéros signalés ; les dates illisibles sont gardées comme inconnues.</translation>
    </message>
    <message>
        <source>where the data comes from, e.g. &apos;Police records 2024&apos; (default: file name)</source>
        <translation>la provenance des données, p. ex. «&#xa0;Registres de police 2024&#xa0;» (par défaut&#xa0;: nom du fichier)</translation>
    </message>
    <message>
        <source>the coordinate reference system of the x/y columns, or of a file without one, e.g. EPSG:2272</source>
        <translation>le système de coordonnées de référence des colonnes x/y, ou d&apos;un fichier qui n&apos;en a pas, p. ex. EPSG:2272</translation>
    </message>
    <message>
        <source>the column holding the longitude or x (default: guessed)</source>
        <translation>la colonne de la longitude ou de x (par défaut : devinée)</translation>
    </message>
    <message>
        <source>the column holding the latitude or y (default: guessed)</source>
        <translation>la colonne de la latitude ou de y (par défaut : devinée)</translation>
    </message>
    <message>
        <source>the column holding the kind of incident (default: guessed)</source>
        <translation>la colonne contenant le type d’incident (par défaut&#xa0;: devinée)</translation>
    </message>
    <message>
        <source>the column holding a description (default: guessed)</source>
        <translation>la colonne d&apos;une description (par défaut : devinée)</translation>
    </message>
    <message>
        <source>the column holding the date (default: guessed)</source>
        <translation>la colonne contenant la date (par défaut&#xa0;: devinée)</translation>
    </message>
    <message>
        <source>how the dates are written, e.g. %1 (default: detected from the column)</source>
        <translation>la façon dont les dates sont écrites, p. ex. %1 (par défaut : détectée d&apos;après la colonne)</translation>
    </message>
    <message>
        <source>the column holding the time of day (default: guessed)</source>
        <translation>la colonne de l&apos;heure de la journée (par défaut : devinée)</translation>
    </message>
    <message>
        <source>which layer of a multi-layer file</source>
        <translation>quelle couche d’un fichier à plusieurs couches</translation>
    </message>
    <message>
        <source>export the project&apos;s layers and tables as GIS/CSV files</source>
        <translation>exporter les couches et tables du projet en fichiers SIG/CSV</translation>
    </message>
    <message>
        <source>Export every layer and table of the project: a GeoPackage, GeoJSON layers (tables as CSV), or CSV files. Contacts of participants and stakeholders are left out unless --include-contacts.</source>
        <translation>Exporter chaque couche et table du projet&#xa0;: un GeoPackage, des couches GeoJSON (tables en CSV), ou des fichiers CSV. Les coordonnées des participants et des parties prenantes sont omises sauf avec --include-contacts.</translation>
    </message>
    <message>
        <source>folder to write into (created if missing)</source>
        <translation>dossier où écrire (créé s’il n’existe pas)</translation>
    </message>
    <message>
        <source>also export contact details, with --full (private: keep such files to the project team)</source>
        <translation>exporter aussi les coordonnées, avec --full (privé&#xa0;: réservez ces fichiers à l’équipe du projet)</translation>
    </message>
    <message>
        <source>pins and incidents blurred to a grid, stories, comments, notes and names emptied, no participant table, no attachments, never contacts</source>
        <translation>repères et incidents floutés sur une grille, témoignages, commentaires, notes et noms vidés, pas de table des participants, pas de pièces jointes, jamais de coordonnées</translation>
    </message>
    <message>
        <source>stories, comments and notes kept, exact places</source>
        <translation>témoignages, commentaires et notes conservés, emplacements exacts</translation>
    </message>
    <message>
        <source>size of the grid --public snaps pins to, in metres (default 100)</source>
        <translation>taille de la grille sur laquelle --public cale les repères, en mètres (100 par défaut)</translation>
    </message>
    <message>
        <source>draw the project&apos;s map to a PNG image</source>
        <translation>dessiner la carte du projet dans une image PNG</translation>
    </message>
    <message>
        <source>Draw the project&apos;s map (basemap layers, scale bar, north arrow, attribution) to a PNG image; --overlays adds proposals and perceptions with a legend.</source>
        <translation>Dessiner la carte du projet (couches du fond de carte, barre d’échelle, flèche du nord, attribution) dans une image PNG&#xa0;; --overlays ajoute les propositions et les perceptions avec une légende.</translation>
    </message>
    <message>
        <source>image size in pixels (default 1600x1200)</source>
        <translation>taille de l’image en pixels (1600x1200 par défaut)</translation>
    </message>
    <message>
        <source>area to draw (default: the whole project); write --bbox=-122.3,37.8,… when it starts with a minus sign</source>
        <translation>zone à dessiner (par défaut&#xa0;: tout le projet)&#xa0;; écrivez --bbox=-122.3,37.8,… quand la valeur commence par un signe moins</translation>
    </message>
    <message>
        <source>resolution for print, 72-600 (default 150)</source>
        <translation>résolution d’impression, 72-600 (150 par défaut)</translation>
    </message>
    <message>
        <source>also draw, with a legend: any of proposals,audit_points,pins,incidents,routes,heat (comma-separated)</source>
        <translation>dessiner aussi, avec une légende&#xa0;: au choix proposals,audit_points,pins,incidents,routes,heat (séparés par des virgules)</translation>
    </message>
    <message>
        <source>pins and incidents blurred to a grid (see --grid)</source>
        <translation>repères et incidents floutés sur une grille (voir --grid)</translation>
    </message>
    <message>
        <source>exact places of pins and incidents</source>
        <translation>emplacements exacts des repères et des incidents</translation>
    </message>
    <message>
        <source>the legend&apos;s language: %1 (default: the project&apos;s report language, else the language of the messages; the messages follow cosafe --language before the command)</source>
        <translation>la langue de la légende&#xa0;: %1 (par défaut&#xa0;: la langue des rapports du projet, sinon celle des messages&#xa0;; les messages suivent cosafe --language placé avant la commande)</translation>
    </message>
    <message>
        <source>write the action plan as a PDF</source>
        <translation>écrire le plan d’action en PDF</translation>
    </message>
    <message>
        <source>Write the action plan as a PDF: cover, method and participation (counts by gender, age band and role; small groups hidden, never names), diagnosis with maps and charts, proposals, the action table, stakeholders, monitoring indicators and the audit criteria. The public version (the default) leaves out stories, comments and notes and blurs perception pins to a grid; --full keeps them; contacts are never included.</source>
        <translation>Écrire le plan d’action en PDF&#xa0;: couverture, méthode et participation (effectifs par genre, tranche d’âge et rôle&#xa0;; petits groupes masqués, jamais de noms), diagnostic avec cartes et graphiques, propositions, tableau des actions, parties prenantes, indicateurs de suivi et critères du diagnostic. La version publique (par défaut) omet les témoignages, commentaires et notes et floute les repères de perception sur une grille&#xa0;; --full les conserve&#xa0;; les coordonnées ne sont jamais incluses.</translation>
    </message>
    <message>
        <source>no stories, comments or notes; pins and incidents blurred to a grid</source>
        <translation>ni témoignages, ni commentaires, ni notes&#xa0;; repères et incidents floutés sur une grille</translation>
    </message>
    <message>
        <source>stories, comments and notes, for the partners who carry out the plan</source>
        <translation>témoignages, commentaires et notes, pour les partenaires qui mettent en œuvre le plan</translation>
    </message>
    <message>
        <source>page size (default a4)</source>
        <translation>format de page (a4 par défaut)</translation>
    </message>
    <message>
        <source>the plan&apos;s language: %1 (default: the project&apos;s report language, else the language of the messages; the messages follow cosafe --language before the command)</source>
        <translation>la langue du plan&#xa0;: %1 (par défaut&#xa0;: la langue des rapports du projet, sinon celle des messages&#xa0;; les messages suivent cosafe --language placé avant la commande)</translation>
    </message>
    <message>
        <source>print a map per group to mark with stickers and pens, read back later</source>
        <translation>imprimer une carte par groupe à marquer avec des gommettes et des stylos, relue ensuite</translation>
    </message>
    <message>
        <source>Write a PDF with one map of the workshop&apos;s area per group, with corner markers and a QR code that let cosafe read-sheets read a photo of it back, a legend of the sticker colours and a margin for notes.</source>
        <translation>Écrire un PDF avec une carte de la zone de l’atelier par groupe, avec des repères d’angle et un code QR qui permettent à cosafe read-sheets de relire une photo de la carte, une légende des couleurs des gommettes et une marge pour les notes.</translation>
    </message>
    <message>
        <source>only this workshop&apos;s groups (its title)</source>
        <translation>seulement les groupes de cet atelier (son titre)</translation>
    </message>
    <message>
        <source>only these groups (their names)</source>
        <translation>seulement ces groupes (leurs noms)</translation>
    </message>
    <message>
        <source>paper size: group maps landscape (default a3); audit sheets (--walk) portrait, a4 or a3 (default a4)</source>
        <translation>format du papier&#xa0;: cartes de groupe à l’italienne (a3 par défaut)&#xa0;; feuilles de marche (--walk) en portrait, a4 ou a3 (a4 par défaut)</translation>
    </message>
    <message>
        <source>print audit sheets for this audit walk (its title) instead of group maps: tick boxes 0-3 for each point and criterion, portrait, a4 or a3 (default a4)</source>
        <translation>imprimer des feuilles pour cette marche exploratoire (son titre) au lieu des cartes de groupe : cases 0-3 par point et par critère, portrait, a4 ou a3 (a4 par défaut)</translation>
    </message>
    <message>
        <source>with --walk: print points 1 to N (default: the walk&apos;s recorded points, else 12)</source>
        <translation>avec --walk : imprimer les points 1 à N (par défaut : les points enregistrés de la marche, sinon 12)</translation>
    </message>
    <message>
        <source>print where each sheet&apos;s map is on the paper and what its colours mean, as JSON</source>
        <translation>afficher en JSON où se trouve la carte de chaque feuille sur le papier et ce que signifient ses couleurs</translation>
    </message>
    <message>
        <source>the sheets&apos; language: %1 (default: the project&apos;s report language, else the language of the messages)</source>
        <translation>la langue des feuilles : %1 (par défaut : la langue des rapports du projet, sinon celle des messages)</translation>
    </message>
    <message>
        <source>read the stickers on photos of printed group maps into the project</source>
        <translation>lire dans le projet les gommettes de photos de cartes de groupe imprimées</translation>
    </message>
    <message>
        <source>Find each photographed sheet by its corner markers and QR code, and add its dot stickers to its group as unsafe and safe pins and ideas, and its pen lines and shapes as line and area ideas (one undoable step per sheet). Uncertain marks are left for a review in the window unless --accept-uncertain. A photo that is no sheet of this project is refused.</source>
        <translation>Trouver chaque feuille photographiée grâce à ses repères d’angle et à son code QR, et ajouter ses gommettes à son groupe comme repères peu sûrs et sûrs et comme idées, et ses traits et formes au stylo comme idées de ligne et de zone (une étape annulable par feuille). Les marques incertaines attendent une revue dans la fenêtre, sauf avec --accept-uncertain. Une photo qui n’est pas une feuille de ce projet est refusée.</translation>
    </message>
    <message>
        <source>store nothing: only say what was found</source>
        <translation>ne rien enregistrer : seulement dire ce qui a été trouvé</translation>
    </message>
    <message>
        <source>print the detections as JSON</source>
        <translation>afficher les détections en JSON</translation>
    </message>
    <message>
        <source>store the flagged detections too (touching stickers, a sticker half off the map or the photo, a faint one); by default they are left for a review</source>
        <translation>enregistrer aussi les détections signalées (gommettes qui se touchent, gommette à moitié hors de la carte ou de la photo, gommette pâle) ; par défaut elles sont laissées pour vérification</translation>
    </message>
    <message>
        <source>read a photo, or a sheet, that was read into the project before once more (a group map&apos;s dots are added a second time; an audit sheet&apos;s scores replace those of its points)</source>
        <translation>relire une photo, ou une feuille, déjà lue dans le projet (les points d’une carte de groupe sont ajoutés une seconde fois&#xa0;; les notes d’une feuille de marche remplacent celles de ses points)</translation>
    </message>
    <message>
        <source>the texts of the numbered notes written on the sheets&apos; margins: rows of number,text (or sheet,number,text), or JSON; a dot with a number stores its note&apos;s text (without this, &quot;Note N on paper sheet S&quot;)</source>
        <translation>les textes des notes numérotées écrites dans les marges des feuilles : lignes numéro,texte (ou feuille,numéro,texte), ou JSON ; une pastille portant un numéro enregistre le texte de sa note (sans cela, « Note N de la feuille papier S »)</translation>
    </message>
    <message>
        <source>print audit scores and perception pins by gender, age band, time of day, …</source>
        <translation>afficher les notes de diagnostic et les repères de perception par genre, tranche d’âge, moment de la journée, …</translation>
    </message>
    <message>
        <source>Print the disaggregated table of audit scores and perception pins: people, mean safety score (0–5), unsafe and safe pins and the unsafe share per cell. Categories with fewer people than the project&apos;s suppression threshold N are pooled; a cell with fewer than N people shows &quot;hidden&quot;, and so do cells from which it could be worked out with any other breakdown (null in --json).</source>
        <translation>Afficher le tableau désagrégé des notes de diagnostic et des repères de perception&#xa0;: personnes, note de sécurité moyenne (0–5), repères peu sûrs et sûrs et part peu sûre par cellule. Les catégories comptant moins de personnes que le seuil de masquage N du projet sont regroupées&#xa0;; une cellule de moins de N personnes affiche «&#xa0;masqué&#xa0;», de même que les cellules qui permettraient de la déduire avec toute autre ventilation (null dans --json).</translation>
    </message>
    <message>
        <source>dimensions, comma-separated, from gender, age_band, role, time_of_day, workshop, group (default gender,age_band,time_of_day; an empty string gives one row for everything)</source>
        <translation>dimensions, séparées par des virgules, parmi gender, age_band, role, time_of_day, workshop, group (par défaut gender,age_band,time_of_day&#xa0;; une chaîne vide donne une seule ligne pour l’ensemble)</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>afficher du JSON au lieu d’un tableau</translation>
    </message>
    <message>
        <source>the language of the window and of every message: %1 (default: the computer&apos;s)</source>
        <translation>la langue de la fenêtre et de tous les messages&#xa0;: %1 (par défaut&#xa0;: celle de l’ordinateur)</translation>
    </message>
    <message>
        <source>Open the %1 desktop application.</source>
        <translation>Ouvrir l’application de bureau %1.</translation>
    </message>
    <message>
        <source>a project file to open</source>
        <translation>un fichier de projet à ouvrir</translation>
    </message>
    <message>
        <source>open the project read-only</source>
        <translation>ouvrir le projet en lecture seule</translation>
    </message>
    <message>
        <source>merge project files from other laptops into a project</source>
        <translation>fusionner dans un projet les fichiers de projet d’autres ordinateurs</translation>
    </message>
    <message>
        <source>Merge project files from field teams or other laptops into TARGET, all in one transaction. Records are matched by UUID: new ones are added, identical ones skipped, one changed on only one side since the two files last met takes that change, and one changed on both sides is a conflict: TARGET keeps its version and theirs is kept for you to resolve in CoSafe (File › Resolve Merge Conflicts). Exit status: 0 merged (conflicts, if any, are listed), 1 error (nothing changed), 2 usage.</source>
        <translation>Fusionner dans TARGET les fichiers de projet d’équipes de terrain ou d’autres ordinateurs, en une seule transaction. Les enregistrements sont appariés par UUID&#xa0;: les nouveaux sont ajoutés, les identiques ignorés, celui modifié d’un seul côté depuis la dernière rencontre des deux fichiers prend cette modification, et celui modifié des deux côtés est un conflit&#xa0;: TARGET garde sa version et l’autre est conservée pour que vous tranchiez dans CoSafe (Fichier › Résoudre les conflits de fusion). Code de sortie&#xa0;: 0 fusionné (les conflits éventuels sont listés), 1 erreur (rien n’a changé), 2 usage.</translation>
    </message>
    <message>
        <source>the project to merge into</source>
        <translation>le projet dans lequel fusionner</translation>
    </message>
    <message>
        <source>project files to merge from (not changed)</source>
        <translation>fichiers de projet à fusionner (non modifiés)</translation>
    </message>
    <message>
        <source>print what would be merged; change nothing</source>
        <translation>afficher ce qui serait fusionné&#xa0;; ne rien modifier</translation>
    </message>
    <message>
        <source>write a field copy of a project for a team</source>
        <translation>écrire une copie de terrain d’un projet pour une équipe</translation>
    </message>
    <message>
        <source>Write a field copy of PROJECT with a new laptop identity, so the team&apos;s work merges back with cosafe merge without false conflicts. The copy holds the basemap, settings, criteria, reason tags, workshops, groups, walks, pins, proposals and the plan; it leaves out every contact, pin story, audit comment, walk and workshop note, the facilitator&apos;s name and photos, and the participants of every group but the team&apos;s. Merging the copy back keeps all of these in PROJECT.</source>
        <translation>Écrire une copie de terrain de PROJECT avec une nouvelle identité d’ordinateur, pour que le travail de l’équipe se fusionne ensuite avec cosafe merge sans faux conflits. La copie contient le fond de carte, les réglages, les critères, les motifs, les ateliers, les groupes, les marches, les repères, les propositions et le plan&#xa0;; elle omet toutes les coordonnées, les témoignages des repères, les commentaires du diagnostic, les notes des marches et des ateliers, le nom de l’animateur ou de l’animatrice et les photos, ainsi que les participants de tous les groupes sauf celui de l’équipe. La fusion de la copie conserve tout cela dans PROJECT.</translation>
    </message>
    <message>
        <source>the field copy to write</source>
        <translation>la copie de terrain à écrire</translation>
    </message>
    <message>
        <source>the team or laptop, such as &quot;Field team 2&quot;</source>
        <translation>l’équipe ou l’ordinateur, p. ex. «&#xa0;Équipe de terrain 2&#xa0;»</translation>
    </message>
    <message>
        <source>the team&apos;s group, whose participants the copy holds (without contacts), such as &quot;Youth&quot; or &quot;Riverside audit / Youth&quot;</source>
        <translation>le groupe de l’équipe, dont la copie contient les participants (sans coordonnées), p. ex. «&#xa0;Jeunes&#xa0;» ou «&#xa0;Diagnostic Bord-de-rivière / Jeunes&#xa0;»</translation>
    </message>
    <message>
        <source>hold the participants of every group (without contacts): the copy then tells who took part in every group</source>
        <translation>contenir les participants de tous les groupes (sans coordonnées)&#xa0;: la copie indique alors qui a participé dans chaque groupe</translation>
    </message>
    <message>
        <source>open the room: participants add pins, ideas and dots from their phones</source>
        <translation>ouvrir la salle : les personnes participantes ajoutent repères, idées et gommettes depuis leur téléphone</translation>
    </message>
    <message>
        <source>Serve the project&apos;s most recent workshop to phone browsers on the local network, without internet: participants join with the room code, answer the sign-in questions and add pins, ideas and dots, stored as the window stores them. Give --host the address of this computer on the phones&apos; network (its hotspot or the local router). Ctrl-C closes the room.</source>
        <translation>Sert l&apos;atelier le plus récent du projet aux navigateurs des téléphones sur le réseau local, sans internet : les personnes participantes entrent avec le code de la salle, répondent aux questions de la feuille d&apos;émargement et ajoutent repères, idées et gommettes, enregistrés comme la fenêtre les enregistre. Donnez à --host l&apos;adresse de cet ordinateur sur le réseau des téléphones (son point d&apos;accès wifi ou le routeur local). Ctrl-C ferme la salle.</translation>
    </message>
    <message>
        <source>the address of this computer to listen on, e.g. 192.168.4.1 (default %1: this computer only)</source>
        <translation>l&apos;adresse de cet ordinateur où écouter, p. ex. 192.168.4.1 (par défaut %1 : cet ordinateur seulement)</translation>
    </message>
    <message>
        <source>the port to listen on (default %1; 0 picks a free one)</source>
        <translation>le port où écouter (par défaut %1 ; 0 en choisit un libre)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Ces enregistrements ont été modifiés sur les deux ordinateurs depuis la dernière rencontre des fichiers. Tant que vous n’avez pas choisi, ce projet garde sa version et l’autre est mise de côté&#xa0;: rien n’est perdu.</translation>
    </message>
    <message>
        <source>No merge conflicts: every merged record agrees.</source>
        <translation>Aucun conflit de fusion&#xa0;: tous les enregistrements fusionnés concordent.</translation>
    </message>
    <message>
        <source>On the map: mine solid blue, theirs dashed orange.</source>
        <translation>Sur la carte&#xa0;: la mienne en bleu plein, la leur en tirets orange.</translation>
    </message>
    <message>
        <source>Keep this project&apos;s version and add theirs beside it as a separate record</source>
        <translation>Garder la version de ce projet et ajouter la leur à côté comme enregistrement distinct</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source>&amp;Only what differs</source>
        <translation>Seulement les différen&amp;ces</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep this project&apos;s version; theirs is dropped (Undo brings the choice back)</source>
        <translation>Garder la version de ce projet&#xa0;; la leur est abandonnée (Annuler revient sur le choix)</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Garder la leu&amp;r</translation>
    </message>
    <message>
        <source>Put their version in place of this project&apos;s</source>
        <translation>Mettre leur version à la place de celle de ce projet</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>Garder les deu&amp;x</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation>un autre ordinateur</translation>
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
        <translation>%1 de %2, trouvé le %3</translation>
    </message>
    <message>
        <source>deleted on this laptop</source>
        <translation>supprimé sur cet ordinateur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine&lt;/b&gt; (this project) — %1</source>
        <translation>&lt;b&gt;La mienne&lt;/b&gt; (ce projet) — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (came from %1) — %2</source>
        <translation>&lt;b&gt;La leur&lt;/b&gt; (venue de %1) — %2</translation>
    </message>
    <message>
        <source>Mine (this project)</source>
        <translation>La mienne (ce projet)</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <comment>%1: a laptop</comment>
        <translation>La leur (%1)</translation>
    </message>
    <message>
        <source>Two of these cannot share one key: keep mine or theirs</source>
        <translation>Deux de ces éléments ne peuvent pas partager une clé&#xa0;: gardez la mienne ou la leur</translation>
    </message>
    <message>
        <source>Mine was deleted on this laptop: Keep Theirs brings their version back</source>
        <translation>La mienne a été supprimée sur cet ordinateur&#xa0;: Garder la leur rétablit leur version</translation>
    </message>
    <message>
        <source>The conflict was not resolved</source>
        <translation>Le conflit n’a pas été résolu</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <source>Women and girls use this space</source>
        <translation>Les femmes et les filles fréquentent cet espace</translation>
    </message>
    <message>
        <source>Clear sightlines (no blind corners or blank walls)</source>
        <translation>Vues dégagées (pas d’angles morts ni de murs aveugles)</translation>
    </message>
    <message>
        <source>No dark or scary places, long empty stretches or high fences</source>
        <translation>Pas de lieux sombres ou effrayants, de longues portions désertes ni de hautes clôtures</translation>
    </message>
    <message>
        <source>Lighting bright enough to see faces</source>
        <translation>Éclairage suffisant pour voir les visages</translation>
    </message>
    <message>
        <source>Toilets available and visible</source>
        <translation>Toilettes disponibles et visibles</translation>
    </message>
    <message>
        <source>Transport stop visible and active</source>
        <translation>Arrêt de transport visible et animé</translation>
    </message>
    <message>
        <source>Escape routes (no entrapment spots)</source>
        <translation>Issues de secours (pas de lieux où l’on peut être piégé)</translation>
    </message>
    <message>
        <source>Signage readable</source>
        <translation>Signalétique lisible</translation>
    </message>
    <message>
        <source>%1: a score is %2 to %3, not %4; nothing was saved</source>
        <translation>%1&#xa0;: une note va de %2 à %3, pas %4&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>A criterion</source>
        <translation>Un critère</translation>
    </message>
    <message>
        <source>The sheet is empty: type at least one score; nothing was saved</source>
        <translation>La fiche est vide&#xa0;: saisissez au moins une note&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>Safety score = mean of the criteria scores (each 0–3, feeling excluded) × 5 ÷ 3, giving 0 (poor) to 5 (good).</source>
        <translation>Note de sécurité = moyenne des notes des critères (chacune de 0 à 3, ressenti exclu) × 5 ÷ 3, soit de 0 (mauvais) à 5 (bon).</translation>
    </message>
    <message>
        <source>Safety audit (default)</source>
        <translation>Diagnostic de sécurité (par défaut)</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Éclairage</translation>
    </message>
    <message>
        <source>Enough light to see all around and faces at 10 m</source>
        <translation>Assez de lumière pour voir tout autour et les visages à 10 m</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Can see and move in all directions; no blind corners</source>
        <translation>On peut voir et se déplacer dans toutes les directions&#xa0;; pas d’angles morts</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <source>Shops, vendors, windows, entrances from which you can be seen</source>
        <translation>Commerces, vendeurs, fenêtres, entrées d’où l’on peut vous voir</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Présence humaine</translation>
    </message>
    <message>
        <source>People around you</source>
        <translation>Des personnes autour de vous</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Guards or police present / reachable</source>
        <translation>Gardiens ou police présents / joignables</translation>
    </message>
    <message>
        <source>Walk path</source>
        <translation>Cheminement piéton</translation>
    </message>
    <message>
        <source>Usable pavement or space to walk</source>
        <translation>Trottoir praticable ou espace pour marcher</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Transports en commun</translation>
    </message>
    <message>
        <source>Transport stop / service within reach</source>
        <translation>Arrêt / service de transport à proximité</translation>
    </message>
    <message>
        <source>Gender diversity</source>
        <translation>Mixité</translation>
    </message>
    <message>
        <source>Women and children present</source>
        <translation>Présence de femmes et d’enfants</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>How safe you feel</source>
        <translation>À quel point vous vous sentez en sécurité</translation>
    </message>
    <message>
        <source>The project has no criteria set</source>
        <translation>Le projet n’a pas de grille de critères</translation>
    </message>
    <message>
        <source>The set already has an outcome criterion (“%1”)</source>
        <translation>La grille a déjà un critère de résultat («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>“%1” already has that name and meaning</source>
        <translation>«&#xa0;%1&#xa0;» a déjà ce nom et cette signification</translation>
    </message>
    <message>
        <source>“%1” is the last scored criterion; add another before retiring it</source>
        <translation>«&#xa0;%1&#xa0;» est le dernier critère noté&#xa0;; ajoutez-en un autre avant de le retirer</translation>
    </message>
    <message>
        <source>That criterion is no longer in the project</source>
        <translation>Ce critère ne fait plus partie du projet</translation>
    </message>
    <message numerus="yes">
        <source>Removing “%1” would orphan %Ln scores; retire it instead</source>
        <translation>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» laisserait %Ln note orpheline&#xa0;; retirez-le plutôt</numerusform>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» laisserait %Ln notes orphelines&#xa0;; retirez-le plutôt</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is the last scored criterion; add another before removing it</source>
        <translation>«&#xa0;%1&#xa0;» est le dernier critère noté&#xa0;; ajoutez-en un autre avant de le supprimer</translation>
    </message>
    <message>
        <source>The new order must list each criterion of the active set once</source>
        <translation>Le nouvel ordre doit citer une fois chaque critère de la grille active</translation>
    </message>
    <message>
        <source>The criteria are already in that order</source>
        <translation>Les critères sont déjà dans cet ordre</translation>
    </message>
    <message>
        <source>Only criteria of the active set that are not retired can be changed</source>
        <translation>Seuls les critères non retirés de la grille active peuvent être modifiés</translation>
    </message>
    <message>
        <source>A criterion needs a name</source>
        <translation>Un critère doit avoir un nom</translation>
    </message>
    <message>
        <source>There is already a criterion “%1”</source>
        <translation>Il existe déjà un critère «&#xa0;%1&#xa0;»</translation>
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
        <translation>Part des notes (%)</translation>
    </message>
    <message>
        <source>score 0 poor</source>
        <translation>note 0 mauvais</translation>
    </message>
    <message>
        <source>score 1</source>
        <translation>note 1</translation>
    </message>
    <message>
        <source>score 2</source>
        <translation>note 2</translation>
    </message>
    <message>
        <source>score 3 good</source>
        <translation>note 3 bon</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>3 (good) means</source>
        <translation>3 (bon) signifie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Audit Criteria</source>
        <translation>Critères du diagnostic</translation>
    </message>
    <message>
        <source>Translate Set Name…</source>
        <translation>Traduire le nom de la grille…</translation>
    </message>
    <message>
        <source>The criteria set&apos;s name in other languages</source>
        <translation>Le nom de la grille de critères dans d’autres langues</translation>
    </message>
    <message>
        <source>Audit criteria</source>
        <translation>Critères du diagnostic</translation>
    </message>
    <message>
        <source>The criteria a sheet scores, in the order of the sheet; F2 or a double click edits a label or what 3 means</source>
        <translation>Les critères notés sur une fiche, dans l’ordre de la fiche&#xa0;; F2 ou un double-clic modifie un libellé ou ce que signifie 3</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Stop scoring it; scores already made keep it</source>
        <translation>Ne plus le noter&#xa0;; les notes déjà données le conservent</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete a criterion no score uses (otherwise retire it)</source>
        <translation>Supprimer un critère qu’aucune note n’utilise (sinon, retirez-le)</translation>
    </message>
    <message>
        <source>Translations…</source>
        <translation>Traductions…</translation>
    </message>
    <message>
        <source>The criterion&apos;s name and what 3 means in other languages</source>
        <translation>Le nom du critère et ce que signifie 3 dans d’autres langues</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <source>The new criterion&apos;s label, e.g. Toilets</source>
        <translation>Le libellé du nouveau critère, p. ex. Toilettes</translation>
    </message>
    <message>
        <source>New criterion, e.g. Toilets</source>
        <translation>Nouveau critère, p. ex. Toilettes</translation>
    </message>
    <message>
        <source>What 3 (good) means</source>
        <translation>Ce que signifie 3 (bon)</translation>
    </message>
    <message>
        <source>What a score of 3 means for the new criterion</source>
        <translation>Ce que signifie une note de 3 pour le nouveau critère</translation>
    </message>
    <message>
        <source>What 3 (good) means, e.g. Clean toilets open and visible</source>
        <translation>Ce que signifie 3 (bon), p. ex. Toilettes propres, ouvertes et visibles</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Double-click a name or meaning to change it. Once sheets are scored, a change that alters meaning makes a new version of the set: old scores keep theirs.</source>
        <translation>Double-cliquez sur un nom ou une signification pour le modifier. Une fois des fiches notées, une modification qui change le sens crée une nouvelle version de la grille&#xa0;: les anciennes notes gardent la leur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · version %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · version %2</translation>
    </message>
    <message>
        <source>retired</source>
        <comment>a criterion</comment>
        <translation>retiré</translation>
    </message>
    <message>
        <source>outcome</source>
        <comment>a criterion</comment>
        <translation>résultat</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scores already use version %1: this change made version %2. Old scores keep version %1.</source>
        <translation>Des notes utilisent déjà la version %1&#xa0;: cette modification a créé la version %2. Les anciennes notes gardent la version %1.</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>Grille de critères</translation>
    </message>
    <message>
        <source>Translate criteria set “%1”</source>
        <translation>Traduire la grille de critères «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DayNightChart</name>
    <message>
        <source>Safety score (0–5) of each place, west to east</source>
        <translation>Note de sécurité (0–5) de chaque lieu, d’ouest en est</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>de jour</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>de nuit</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>CSV with longitude/latitude</source>
        <translation>CSV avec longitude/latitude</translation>
    </message>
    <message>
        <source>Photo or scan of a paper map</source>
        <translation>Photo ou scan d’une carte papier</translation>
    </message>
    <message>
        <source>CoSafe projects (%1)</source>
        <translation>Projets CoSafe (%1)</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>Projet déjà ouvert</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>All map files (%1)</source>
        <translation>Tous les fichiers cartographiques (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a kind of file and its patterns</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Import Basemap</source>
        <translation>Importer un fond de carte</translation>
    </message>
</context>
<context>
    <name>DotList</name>
    <message>
        <source>Click a proposal to place one dot; right-click to take one back</source>
        <translation>Cliquez sur une proposition pour placer une gommette&#xa0;; clic droit pour en reprendre une</translation>
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
        <translation>Placez au moins %1 points de calage (il y en a %2)</translation>
    </message>
    <message>
        <source>The control points on the image lie on one line; spread them out over the map</source>
        <translation>Les points de calage sur l’image sont alignés&#xa0;; répartissez-les sur la carte</translation>
    </message>
    <message>
        <source>The control points on the map lie on one line; spread them out over the map</source>
        <translation>Les points de calage sur la carte sont alignés&#xa0;; répartissez-les sur la carte</translation>
    </message>
    <message>
        <source>The heat map radius must be more than 0 metres, not %1</source>
        <translation>Le rayon de la carte de densité doit dépasser 0 mètre, pas %1</translation>
    </message>
    <message>
        <source>Click on the map to place the point</source>
        <translation>Cliquez sur la carte pour placer le point</translation>
    </message>
    <message>
        <source>A line needs at least two different points</source>
        <translation>Une ligne doit avoir au moins deux points différents</translation>
    </message>
    <message>
        <source>An area needs at least three different points</source>
        <translation>Une zone doit avoir au moins trois points différents</translation>
    </message>
    <message>
        <source>The area has no inside: its points lie on one line</source>
        <translation>La zone n’a pas d’intérieur&#xa0;: ses points sont alignés</translation>
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
        <translation>Va avec le sentiment de sécurité → (corrélation, −1 … 1)</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add stakeholder “%1”</source>
        <translation>Ajouter la partie prenante «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>Modifier la partie prenante «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete stakeholder “%1”</source>
        <translation>Supprimer la partie prenante «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add action “%1”</source>
        <translation>Ajouter l’action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit action “%1”</source>
        <translation>Modifier l’action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete action “%1”</source>
        <translation>Supprimer l’action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Create action from proposal “%1”</source>
        <translation>Créer une action à partir de la proposition «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add audit walk “%1”</source>
        <translation>Ajouter la marche exploratoire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit audit walk “%1”</source>
        <translation>Modifier la marche exploratoire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete audit walk “%1”</source>
        <translation>Supprimer la marche exploratoire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete audit point %1</source>
        <translation>Supprimer le point d’observation %1</translation>
    </message>
    <message>
        <source>Redraw route of “%1”</source>
        <translation>Retracer l’itinéraire de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Draw route of “%1”</source>
        <translation>Tracer l’itinéraire de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Enter audit point %1 of “%2”</source>
        <translation>Saisir le point d’observation %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Edit audit point %1 of “%2”</source>
        <translation>Modifier le point d’observation %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Add criterion “%1”</source>
        <translation>Ajouter le critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename criterion “%1” to “%2”</source>
        <translation>Renommer le critère «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Edit criterion “%1”</source>
        <translation>Modifier le critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Retire criterion “%1”</source>
        <translation>Retirer le critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove criterion “%1”</source>
        <translation>Supprimer le critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reorder criteria</source>
        <translation>Réordonner les critères</translation>
    </message>
    <message>
        <source>%1 (criteria set version %2)</source>
        <comment>%1 is the change, e.g. Add criterion “CCTV”</comment>
        <translation>%1 (grille de critères version %2)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>suppression threshold</source>
        <translation>seuil de masquage</translation>
    </message>
    <message>
        <source>area</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>report language</source>
        <translation>langue des rapports</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of project properties</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>no project property</comment>
        <translation>rien</translation>
    </message>
    <message>
        <source>Change project %1</source>
        <comment>%1 lists the properties changed: “name, place”</comment>
        <translation>Modifier le projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>%1 is a kind of record: “audit point”</comment>
        <translation>Ajouter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>%1 is a kind of record: “audit point”</comment>
        <translation>Modifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <comment>%1 is a kind of record: “audit point”</comment>
        <translation>Supprimer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete group “%1”</source>
        <translation>Supprimer le groupe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete workshop “%1”</source>
        <translation>Supprimer l’atelier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit workshop “%1”</source>
        <translation>Modifier l’atelier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename group “%1” to “%2”</source>
        <translation>Renommer le groupe «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Recolour group “%1”</source>
        <translation>Changer la couleur du groupe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit group “%1”</source>
        <translation>Modifier le groupe «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The blur grid must be more than 0 m, not %1</source>
        <translation>La grille de floutage doit dépasser 0 m, pas %1</translation>
    </message>
    <message>
        <source>The action plan was not written: %1</source>
        <translation>Le plan d’action n’a pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown export format %1; choose one of %2</source>
        <translation>Format d’export %1 inconnu&#xa0;; choisissez parmi %2</translation>
    </message>
    <message>
        <source>A public export never includes contacts</source>
        <translation>Un export public n’inclut jamais de coordonnées</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export was not written: %1</source>
        <translation>L’export n’a pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <comment>%1: a table of the project, as its file calls it</comment>
        <translation>Écriture de %1</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export annulé</translation>
    </message>
</context>
<context>
    <name>FieldCopyDialog</name>
    <message>
        <source>Hand Out Field Copy</source>
        <translation>Distribuer une copie de terrain</translation>
    </message>
    <message>
        <source>Required, e.g. Field team 2 or Youth group laptop</source>
        <translation>Obligatoire, p. ex. Équipe de terrain 2 ou Ordinateur du groupe Jeunes</translation>
    </message>
    <message>
        <source>The copy holds this group&apos;s participants (code, gender, age band, role), so the team can record who walks; never their contacts.</source>
        <translation>La copie contient les participants de ce groupe (code, genre, tranche d’âge, rôle), pour que l’équipe puisse noter qui marche&#xa0;; jamais leurs coordonnées.</translation>
    </message>
    <message>
        <source>Include the participants of &amp;every group</source>
        <translation>Inclure les participants de &amp;tous les groupes</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Team or &amp;laptop</source>
        <translation>Équipe ou &amp;ordinateur</translation>
    </message>
    <message>
        <source>Team&apos;s &amp;group</source>
        <translation>&amp;Groupe de l’équipe</translation>
    </message>
    <message>
        <source>&amp;Save copy as</source>
        <translation>&amp;Enregistrer la copie sous</translation>
    </message>
    <message>
        <source>&amp;Hand Out</source>
        <translation>&amp;Distribuer</translation>
    </message>
    <message>
        <source>Save Field Copy As</source>
        <translation>Enregistrer la copie de terrain sous</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>This could not be worked out (details were written to the terminal)</source>
        <translation>Impossible de le calculer (les détails ont été écrits dans le terminal)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>A code or a name, e.g. KES</source>
        <translation>Un code ou un nom, p. ex. KES</translation>
    </message>
    <message>
        <source>Not estimated</source>
        <translation>Non estimé</translation>
    </message>
    <message>
        <source>A rough cost in %1 (%2); leave at “Not estimated” if unknown</source>
        <translation>Un coût approximatif en %1 (%2)&#xa0;; laissez «&#xa0;Non estimé&#xa0;» s’il est inconnu</translation>
    </message>
    <message>
        <source>A rough cost in the local currency; leave at “Not estimated” if unknown</source>
        <translation>Un coût approximatif en monnaie locale&#xa0;; laissez «&#xa0;Non estimé&#xa0;» s’il est inconnu</translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (details were written to the terminal); the project was not changed</source>
        <translation>Une erreur inattendue s’est produite (les détails ont été écrits dans le terminal)&#xa0;; le projet n’a pas été modifié</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (details were written to the terminal); no file was written</source>
        <translation>Une erreur inattendue s’est produite (les détails ont été écrits dans le terminal)&#xa0;; aucun fichier n’a été écrit</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>ce fichier ou dossier n’existe pas</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>il existe déjà</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>une partie du chemin n’est pas un dossier</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>le fichier est utilisé</translation>
    </message>
</context>
<context>
    <name>GroupColours</name>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Bluish green</source>
        <translation>Vert bleuté</translation>
    </message>
    <message>
        <source>Reddish purple</source>
        <translation>Violet rougeâtre</translation>
    </message>
    <message>
        <source>Vermillion</source>
        <translation>Vermillon</translation>
    </message>
    <message>
        <source>Wine</source>
        <translation>Lie-de-vin</translation>
    </message>
    <message>
        <source>Maroon</source>
        <translation>Bordeaux</translation>
    </message>
    <message>
        <source>Ultramarine</source>
        <translation>Outremer</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>Bleu ciel</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Noir</translation>
    </message>
</context>
<context>
    <name>GroupComparisonView</name>
    <message>
        <source>Workshop to compare</source>
        <translation>Atelier à comparer</translation>
    </message>
    <message>
        <source>The workshop whose groups are compared</source>
        <translation>L’atelier dont les groupes sont comparés</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Atelier sans titre</translation>
    </message>
    <message>
        <source>Add a workshop and its groups to compare what each group proposed.</source>
        <translation>Ajoutez un atelier et ses groupes pour comparer ce que chaque groupe a proposé.</translation>
    </message>
    <message>
        <source>Unnamed group</source>
        <translation>Groupe sans nom</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <source>This workshop has no groups yet.</source>
        <translation>Cet atelier n’a pas encore de groupes.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals · %1 without a principle</source>
        <translation>
            <numerusform>%Ln proposition · %1 sans principe</numerusform>
            <numerusform>%Ln propositions · %1 sans principe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals</source>
        <translation>
            <numerusform>%Ln proposition</numerusform>
            <numerusform>%Ln propositions</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposals of %1</source>
        <comment>%1: a group</comment>
        <translation>Propositions de %1</translation>
    </message>
    <message>
        <source>The proposals %1 made</source>
        <translation>Les propositions faites par %1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucune pour l’instant)</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add Group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>Required, e.g. Youth, Women traders, Table 2</source>
        <translation>Obligatoire, p. ex. Jeunes, Commerçantes, Table 2</translation>
    </message>
    <message>
        <source>%1: %2 (used by another group)</source>
        <comment>a colour: its symbol</comment>
        <translation>%1&#xa0;: %2 (utilisée par un autre groupe)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a colour: its symbol</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GroupSymbols</name>
    <message>
        <source>circle</source>
        <translation>cercle</translation>
    </message>
    <message>
        <source>star</source>
        <translation>étoile</translation>
    </message>
    <message>
        <source>triangle pointing down</source>
        <translation>triangle pointe en bas</translation>
    </message>
    <message>
        <source>plus sign</source>
        <translation>signe plus</translation>
    </message>
    <message>
        <source>hexagon</source>
        <translation>hexagone</translation>
    </message>
    <message>
        <source>half disc</source>
        <translation>demi-disque</translation>
    </message>
    <message>
        <source>pentagon</source>
        <translation>pentagone</translation>
    </message>
    <message>
        <source>square</source>
        <translation>carré</translation>
    </message>
    <message>
        <source>solid line</source>
        <translation>trait plein</translation>
    </message>
    <message>
        <source>dashed line</source>
        <translation>trait tireté</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translation>trait pointillé</translation>
    </message>
    <message>
        <source>dash-dot line</source>
        <translation>trait tiret-point</translation>
    </message>
    <message>
        <source>long-dashed line</source>
        <translation>trait à tirets longs</translation>
    </message>
    <message>
        <source>dash-dot-dot line</source>
        <translation>trait tiret-point-point</translation>
    </message>
    <message>
        <source>long dash-dot line</source>
        <translation>trait tiret long-point</translation>
    </message>
    <message>
        <source>short-dashed line</source>
        <translation>trait à tirets courts</translation>
    </message>
    <message>
        <source>plain fill</source>
        <translation>remplissage uni</translation>
    </message>
    <message>
        <source>hatched /</source>
        <translation>hachures /</translation>
    </message>
    <message>
        <source>hatched \</source>
        <translation>hachures \</translation>
    </message>
    <message>
        <source>crossed hatch</source>
        <translation>hachures croisées</translation>
    </message>
    <message>
        <source>horizontal hatch</source>
        <translation>hachures horizontales</translation>
    </message>
    <message>
        <source>diagonal crossed hatch</source>
        <translation>hachures croisées en diagonale</translation>
    </message>
    <message>
        <source>vertical hatch</source>
        <translation>hachures verticales</translation>
    </message>
    <message>
        <source>dotted fill</source>
        <translation>remplissage pointillé</translation>
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
        <translation>Guide de l’atelier</translation>
    </message>
</context>
<context>
    <name>HandOut</name>
    <message>
        <source>The copy holds the basemap, the settings, criteria and reason tags, the workshops and groups, and the walks, pins, proposals and plan the team continues from, with a laptop identity of its own.</source>
        <translation>La copie contient le fond de carte, les réglages, les critères et les motifs, les ateliers et les groupes, ainsi que les marches, repères, propositions et le plan à partir desquels l’équipe poursuit, avec sa propre identité d’ordinateur.</translation>
    </message>
    <message>
        <source>A USB stick can be lost, so it leaves out every contact, every pin story, audit comment, walk and workshop note, the facilitator&apos;s name, all photos, and who took part, except the participants of the team&apos;s group. They stay here: merging the copy back keeps them, and brings what the team records, without doubles or false conflicts.</source>
        <translation>Une clé USB peut se perdre&#xa0;: la copie omet donc toutes les coordonnées, tous les témoignages des repères, commentaires du diagnostic, notes des marches et des ateliers, le nom de l’animateur ou de l’animatrice, toutes les photos et la liste des participants, sauf ceux du groupe de l’équipe. Tout cela reste ici&#xa0;: la fusion de la copie le conserve et intègre ce que l’équipe a enregistré, sans doublons ni faux conflits.</translation>
    </message>
    <message>
        <source>The copy will then hold who took part in every group: each person&apos;s code, gender, age band and role (never a contact). Anyone who finds the stick can read them.</source>
        <translation>La copie indiquera alors qui a participé dans chaque groupe&#xa0;: le code, le genre, la tranche d’âge et le rôle de chaque personne (jamais de coordonnées). Quiconque trouve la clé peut les lire.</translation>
    </message>
    <message>
        <source>None (no participants)</source>
        <translation>Aucun (pas de participants)</translation>
    </message>
    <message>
        <source>The field copy was not made</source>
        <translation>La copie de terrain n’a pas été créée</translation>
    </message>
    <message>
        <source>Field copy ready</source>
        <translation>Copie de terrain prête</translation>
    </message>
    <message>
        <source>Give %1 to %2.</source>
        <translation>Remettez %1 à %2.</translation>
    </message>
    <message>
        <source>When they bring it back, merge it with File › Merge Projects…</source>
        <translation>À son retour, fusionnez-la avec Fichier › Fusionner des projets…</translation>
    </message>
    <message>
        <source>field copy</source>
        <comment>a file name</comment>
        <translation>copie de terrain</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <comment>a workshop › a group</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation>Aucun atelier</translation>
    </message>
    <message>
        <source>Choose where to save the field copy</source>
        <translation>Choisir où enregistrer la copie de terrain</translation>
    </message>
    <message>
        <source>Writing the field copy for %1…</source>
        <translation>Écriture de la copie de terrain pour %1…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>Annulé&#xa0;; rien n’a été écrit</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <source>Click a map feature to see what it is</source>
        <translation>Cliquez sur un élément de la carte pour voir de quoi il s’agit</translation>
    </message>
    <message>
        <source>No further details recorded for this feature.</source>
        <translation>Aucun autre détail enregistré pour cet élément.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>Unnamed %1</source>
        <comment>%1 a kind of map feature</comment>
        <translation>%1 sans nom</translation>
    </message>
    <message>
        <source>%1 · layer “%2”</source>
        <translation>%1 · couche «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message numerus="yes">
        <source>Cleaned %Ln images that held camera data or a camera&apos;s file name (now without metadata, under a neutral name)</source>
        <translation>
            <numerusform>%Ln image contenant des données ou un nom de fichier d’appareil photo a été nettoyée (désormais sans métadonnées, sous un nom neutre)</numerusform>
            <numerusform>%Ln images contenant des données ou un nom de fichier d’appareil photo ont été nettoyées (désormais sans métadonnées, sous un nom neutre)</numerusform>
        </translation>
    </message>
    <message>
        <source>No readable stored image held camera data or a camera&apos;s file name</source>
        <translation>Aucune image enregistrée lisible ne contenait de données ni de nom de fichier d’appareil photo</translation>
    </message>
    <message>
        <source>No stored image held camera data or a camera&apos;s file name</source>
        <translation>Aucune image enregistrée ne contenait de données ni de nom de fichier d’appareil photo</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln images could not be read and were left as they are</source>
        <comment>%1 is what was cleaned, said just before</comment>
        <translation>
            <numerusform>%1&#xa0;; %Ln image n’a pas pu être lue et a été laissée telle quelle</numerusform>
            <numerusform>%1&#xa0;; %Ln images n’ont pas pu être lues et ont été laissées telles quelles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <comment>%1: layer names</comment>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no layer %2; its layers are %3</source>
        <translation>%1 n’a pas de couche %2&#xa0;; ses couches sont %3</translation>
    </message>
    <message>
        <source>No layer of %1 was chosen</source>
        <translation>Aucune couche de %1 n’a été choisie</translation>
    </message>
    <message>
        <source>%1 — points</source>
        <comment>a layer holding the points of the file&apos;s layer %1</comment>
        <translation>%1 — points</translation>
    </message>
    <message>
        <source>%1 — lines</source>
        <comment>a layer holding the lines of the file&apos;s layer %1</comment>
        <translation>%1 — lignes</translation>
    </message>
    <message>
        <source>%1 — areas</source>
        <comment>a layer holding the polygons of the file&apos;s layer %1</comment>
        <translation>%1 — surfaces</translation>
    </message>
    <message>
        <source>Layer %1 was not imported: %2</source>
        <translation>La couche %1 n’a pas été importée&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln features without a shape were left out</source>
        <translation>
            <numerusform>%Ln entité sans forme a été laissée de côté</numerusform>
            <numerusform>%Ln entités sans forme ont été laissées de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln features with a broken part were mended: a line of one point kept as a point, parts too short to draw left out</source>
        <translation>
            <numerusform>%Ln élément avec une partie abîmée a été réparé : une ligne d’un seul point est gardée comme point, les parties trop courtes pour être dessinées sont laissées de côté</numerusform>
            <numerusform>%Ln éléments avec une partie abîmée ont été réparés : une ligne d’un seul point est gardée comme point, les parties trop courtes pour être dessinées sont laissées de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1</source>
        <comment>%1: a file or one of its layers</comment>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>%1 is an OpenStreetMap file: it is imported whole, its points, lines and areas together, so none of its layers can be left out</source>
        <translation>%1 est un fichier OpenStreetMap&#xa0;: il est importé en entier, ses points, lignes et zones ensemble, donc aucune de ses couches ne peut être laissée de côté</translation>
    </message>
    <message>
        <source>Unknown style class %1; choose one of %2</source>
        <translation>Classe de style %1 inconnue&#xa0;; choisissez parmi %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no shapes to draw: none of its %Ln features has a geometry; export it again with its geometry</source>
        <translation>
            <numerusform>%1 n’a aucune forme à dessiner&#xa0;: sa seule entité (%Ln) n’a pas de géométrie&#xa0;; exportez-le de nouveau avec sa géométrie</numerusform>
            <numerusform>%1 n’a aucune forme à dessiner&#xa0;: aucune de ses %Ln entités n’a de géométrie&#xa0;; exportez-le de nouveau avec sa géométrie</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no features CoSafe can draw</source>
        <translation>%1 n’a aucune entité que CoSafe peut dessiner</translation>
    </message>
    <message>
        <source>Writing to the project</source>
        <translation>Écriture dans le projet</translation>
    </message>
    <message>
        <source>%1 is %2 MB; CoSafe takes images of up to %3 MB</source>
        <translation>%1 pèse %2 Mo&#xa0;; CoSafe accepte des images jusqu’à %3 Mo</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels (%4 megapixels); CoSafe takes images of up to %5 megapixels</source>
        <translation>%1 mesure %2 × %3 pixels (%4 mégapixels)&#xa0;; CoSafe accepte des images jusqu’à %5 mégapixels</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1 is not an image CoSafe can read (PNG, JPEG, TIFF, BMP or WebP)</source>
        <translation>%1 n’est pas une image que CoSafe peut lire (PNG, JPEG, TIFF, BMP ou WebP)</translation>
    </message>
    <message>
        <source>its .shx file is missing: a shapefile is several files (.shp, .shx, .dbf); copy them together</source>
        <translation>son fichier .shx manque&#xa0;: un shapefile se compose de plusieurs fichiers (.shp, .shx, .dbf)&#xa0;; copiez-les ensemble</translation>
    </message>
    <message>
        <source>its .dbf file is missing: a shapefile is several files (.shp, .shx, .dbf); copy them together</source>
        <translation>son fichier .dbf manque&#xa0;: un shapefile se compose de plusieurs fichiers (.shp, .shx, .dbf)&#xa0;; copiez-les ensemble</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete; copy it again from where it came from</source>
        <translation>le fichier est endommagé ou incomplet&#xa0;; copiez-le de nouveau depuis sa source</translation>
    </message>
    <message>
        <source>CoSafe may not read it (permission denied)</source>
        <translation>CoSafe n’a pas le droit de le lire (permission refusée)</translation>
    </message>
    <message>
        <source>not a format CoSafe reads</source>
        <translation>pas un format que CoSafe lit</translation>
    </message>
    <message>
        <source>the file is damaged or not a map file</source>
        <translation>le fichier est endommagé ou n’est pas un fichier cartographique</translation>
    </message>
    <message>
        <source>the file is damaged or not an incident file</source>
        <translation>le fichier est endommagé ou n’est pas un fichier d’incidents</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (not an SQLite database)</source>
        <translation>%1 n’est pas un fichier MBTiles (pas une base SQLite)</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it has no tiles and metadata tables)</source>
        <translation>%1 n’est pas un fichier MBTiles (il n’a pas de tables tiles et metadata)</translation>
    </message>
    <message>
        <source>%1 holds vector tiles: import it as a vector basemap</source>
        <translation>%1 contient des tuiles vectorielles&#xa0;: importez-le comme fond de carte vectoriel</translation>
    </message>
    <message>
        <source>%1 is refused: its “metadata” is not a table (CoSafe reads no view or virtual table it does not know)</source>
        <translation>%1 est refusé&#xa0;: son «&#xa0;metadata&#xa0;» n’est pas une table (CoSafe ne lit aucune vue ni table virtuelle qu’il ne connaît pas)</translation>
    </message>
    <message>
        <source>%1 is refused: its “tiles” is a view CoSafe does not know, not a table (a view can run any query, even one that never ends)</source>
        <translation>%1 est refusé&#xa0;: son «&#xa0;tiles&#xa0;» est une vue que CoSafe ne connaît pas, pas une table (une vue peut exécuter n’importe quelle requête, même une qui ne se termine jamais)</translation>
    </message>
    <message>
        <source>%1 took too long to read, so it was refused</source>
        <translation>La lecture de %1 a pris trop de temps, il a donc été refusé</translation>
    </message>
    <message>
        <source>%1 is damaged: its tables cannot be read</source>
        <translation>%1 est endommagé&#xa0;: ses tables ne peuvent pas être lues</translation>
    </message>
    <message>
        <source>%1 is damaged: its tiles cannot be read</source>
        <translation>%1 est endommagé&#xa0;: ses tuiles ne peuvent pas être lues</translation>
    </message>
    <message>
        <source>%1 has no tiles</source>
        <translation>%1 n’a pas de tuiles</translation>
    </message>
    <message>
        <source>%1 has a tile that is not a PNG, JPEG or WebP image</source>
        <translation>%1 a une tuile qui n’est pas une image PNG, JPEG ou WebP</translation>
    </message>
    <message>
        <source>Copying tiles (%1 of %2)</source>
        <translation>Copie des tuiles (%1 sur %2)</translation>
    </message>
    <message>
        <source>%1 is not on this computer&apos;s disk; CoSafe reads and writes only local files, never network addresses or GDAL virtual file systems</source>
        <translation>%1 n’est pas sur le disque de cet ordinateur&#xa0;; CoSafe ne lit et n’écrit que des fichiers locaux, jamais des adresses réseau ni des systèmes de fichiers virtuels GDAL</translation>
    </message>
    <message>
        <source>OpenStreetMap (.osm, .osm.pbf), GeoJSON (also TopoJSON and GeoJSON sequences), GeoPackage, Shapefile (also zipped), File Geodatabase (.gdb folder, also zipped), KML/KMZ, GPX, GML, FlatGeobuf, MapInfo (.tab, .mif), CSV with longitude/latitude columns</source>
        <translation>OpenStreetMap (.osm, .osm.pbf), GeoJSON (aussi TopoJSON et séquences GeoJSON), GeoPackage, Shapefile (zippé aussi), File Geodatabase (dossier .gdb, zippé aussi), KML/KMZ, GPX, GML, FlatGeobuf, MapInfo (.tab, .mif), CSV avec colonnes longitude/latitude</translation>
    </message>
    <message>
        <source>%1 cannot be read as an incident file (%2); CoSafe reads %3</source>
        <translation>%1 ne peut pas être lu comme fichier d’incidents (%2)&#xa0;; CoSafe lit %3</translation>
    </message>
    <message>
        <source>%1 cannot be read as a map file (%2); CoSafe reads %3</source>
        <translation>%1 ne peut pas être lu comme fichier cartographique (%2)&#xa0;; CoSafe lit %3</translation>
    </message>
    <message>
        <source>%1 is a GDAL pipeline (GDALG), not an incident file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 est un pipeline GDAL (GDALG), pas un fichier d’incidents&#xa0;: il ferait lire à GDAL d’autres fichiers ou des adresses réseau, CoSafe ne l’ouvre donc pas</translation>
    </message>
    <message>
        <source>%1 is a GDAL pipeline (GDALG), not a map file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 est un pipeline GDAL (GDALG), pas un fichier cartographique&#xa0;: il ferait lire à GDAL d’autres fichiers ou des adresses réseau, CoSafe ne l’ouvre donc pas</translation>
    </message>
    <message>
        <source>%1 is a GDAL virtual layer (VRT), not an incident file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 est une couche virtuelle GDAL (VRT), pas un fichier d’incidents&#xa0;: elle ferait lire à GDAL d’autres fichiers ou des adresses réseau, CoSafe ne l’ouvre donc pas</translation>
    </message>
    <message>
        <source>%1 is a GDAL virtual layer (VRT), not a map file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 est une couche virtuelle GDAL (VRT), pas un fichier cartographique&#xa0;: elle ferait lire à GDAL d’autres fichiers ou des adresses réseau, CoSafe ne l’ouvre donc pas</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage without map layers: its tables hold values but no shapes to draw</source>
        <translation>%1 est un GeoPackage sans couche cartographique&#xa0;: ses tables contiennent des valeurs mais aucune forme à dessiner</translation>
    </message>
    <message>
        <source>it is an SQLite database but not a GeoPackage</source>
        <translation>c’est une base SQLite mais pas un GeoPackage</translation>
    </message>
    <message>
        <source>%1 is a MapInfo table that reads other tables (seamless, a view or a link to a database), not one holding its own data: open it in MapInfo or QGIS and save it as a GeoPackage or Shapefile</source>
        <translation>%1 est une table MapInfo qui lit d’autres tables (table mosaïque, vue ou lien vers une base de données), pas une table contenant ses propres données&#xa0;: ouvrez-la dans MapInfo ou QGIS et enregistrez-la en GeoPackage ou en Shapefile</translation>
    </message>
    <message>
        <source>%1 is a MapInfo file without its %2 part beside it: MapInfo keeps a table in several files; copy them all into the same folder</source>
        <translation>%1 est un fichier MapInfo sans sa partie %2 à côté&#xa0;: MapInfo répartit une table en plusieurs fichiers&#xa0;; copiez-les tous dans le même dossier</translation>
    </message>
    <message>
        <source>%1 is a spreadsheet workbook (Excel or OpenDocument), not a CSV file: open it in a spreadsheet program, save it as CSV, and import that</source>
        <translation>%1 est un classeur de tableur (Excel ou OpenDocument), pas un fichier CSV&#xa0;: ouvrez-le dans un tableur, enregistrez-le au format CSV et importez ce fichier</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not an incident file: download the data file itself, not the page that offers it</source>
        <translation>%1 est une page web (HTML), pas un fichier d’incidents&#xa0;: téléchargez le fichier de données lui-même, pas la page qui le propose</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not a map file: download the data file itself, not the page that offers it</source>
        <translation>%1 est une page web (HTML), pas un fichier cartographique&#xa0;: téléchargez le fichier de données lui-même, pas la page qui le propose</translation>
    </message>
    <message>
        <source>%1 has no header line: its first line holds values (such as %2), not column names; add a first line that names the columns</source>
        <translation>%1 n’a pas de ligne d’en-tête&#xa0;: sa première ligne contient des valeurs (comme %2), pas des noms de colonnes&#xa0;; ajoutez une première ligne qui nomme les colonnes</translation>
    </message>
    <message>
        <source>%1 is a raster GeoPackage (map tiles or an image), not an incident file</source>
        <translation>%1 est un GeoPackage raster (tuiles de carte ou image), pas un fichier d’incidents</translation>
    </message>
    <message>
        <source>%1 is a raster GeoPackage (map tiles or an image), not vector layers: import it as a tile basemap (File › Import Basemap, or cosafe import-basemap)</source>
        <translation>%1 est un GeoPackage raster (tuiles de carte ou image), pas des couches vectorielles&#xa0;: importez-le comme fond de carte en tuiles (Fichier › Importer un fond de carte, ou cosafe import-basemap)</translation>
    </message>
    <message>
        <source>%1 is a %2 file of a version or variant CoSafe cannot read; save it again as %2 with current GIS software (e.g. QGIS)</source>
        <translation>%1 est un fichier %2 d’une version ou d’une variante que CoSafe ne sait pas lire&#xa0;; enregistrez-le de nouveau en %2 avec un logiciel SIG récent (p. ex. QGIS)</translation>
    </message>
    <message>
        <source>XML whose root is &lt;%1&gt;, not OSM, GPX, KML or GML</source>
        <translation>du XML dont la racine est &lt;%1&gt;, pas OSM, GPX, KML ni GML</translation>
    </message>
    <message>
        <source>a damaged zip archive</source>
        <translation>une archive zip endommagée</translation>
    </message>
    <message>
        <source>a zip archive with no shapefile, KML or File Geodatabase inside</source>
        <translation>une archive zip sans shapefile, KML ni File Geodatabase à l’intérieur</translation>
    </message>
    <message>
        <source>%1 declares XML entities, which OSM files never do; it was not imported</source>
        <translation>%1 déclare des entités XML, ce que les fichiers OSM ne font jamais&#xa0;; il n’a pas été importé</translation>
    </message>
    <message>
        <source>%1 is empty or a folder, not an incident file</source>
        <translation>%1 est vide ou est un dossier, pas un fichier d’incidents</translation>
    </message>
    <message>
        <source>%1 is empty or a folder, not a map file</source>
        <translation>%1 est vide ou est un dossier, pas un fichier cartographique</translation>
    </message>
    <message>
        <source>%1 could not be read: making a corrected copy of its features failed (%2)</source>
        <translation>%1 n’a pas pu être lu&#xa0;: la création d’une copie corrigée de ses entités a échoué (%2)</translation>
    </message>
    <message>
        <source>%1 declares a coordinate reference system CoSafe cannot understand (its .prj file, or the declaration inside the file, is damaged); correct or remove it, then say which system the file uses (e.g. EPSG:32737)</source>
        <translation>%1 déclare un système de coordonnées de référence que CoSafe ne comprend pas (son fichier .prj, ou la déclaration dans le fichier, est endommagé)&#xa0;; corrigez-le ou supprimez-le, puis indiquez le système qu’utilise le fichier (p. ex. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>two GDAL drivers</comment>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>its content is %1 but GDAL reads it as %2</source>
        <translation>son contenu est %1 mais GDAL le lit comme %2</translation>
    </message>
    <message>
        <source>%1 has no coordinates (no longitude/latitude columns found)</source>
        <translation>%1 n’a pas de coordonnées (aucune colonne longitude/latitude trouvée)</translation>
    </message>
    <message>
        <source>%1 has no coordinates</source>
        <translation>%1 n’a pas de coordonnées</translation>
    </message>
    <message>
        <source>%1 has no longitude/latitude columns CoSafe recognises (it looks for names such as longitude, lon, lng, latitude, lat, x, y); rename them, or import the file as recorded incidents, where the columns can be chosen</source>
        <translation>%1 n’a aucune colonne longitude/latitude que CoSafe reconnaisse (il cherche des noms comme longitude, lon, lng, latitude, lat, x, y)&#xa0;; renommez-les, ou importez le fichier comme incidents enregistrés, où les colonnes peuvent être choisies</translation>
    </message>
    <message>
        <source>%1 has no layer with geometry</source>
        <translation>%1 n’a aucune couche avec géométrie</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system; say which one it uses (e.g. EPSG:32737)</source>
        <translation>%1 n’a pas de système de coordonnées de référence&#xa0;; indiquez celui qu’il utilise (p. ex. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an incident file (%2)</source>
        <translation>%1 ne peut pas être lu comme fichier d’incidents (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be read as a map file (%2)</source>
        <translation>%1 ne peut pas être lu comme fichier cartographique (%2)</translation>
    </message>
    <message>
        <source>%1: layer %2 has no geometry</source>
        <translation>%1&#xa0;: la couche %2 n’a pas de géométrie</translation>
    </message>
    <message>
        <source>%1: its text cannot be read as %2; choose another encoding (this file declares %3)</source>
        <translation>%1&#xa0;: son texte ne peut pas être lu en %2&#xa0;; choisissez un autre encodage (ce fichier déclare %3)</translation>
    </message>
    <message>
        <source>%1: its text cannot be read as %2; choose another encoding</source>
        <translation>%1&#xa0;: son texte ne peut pas être lu en %2&#xa0;; choisissez un autre encodage</translation>
    </message>
    <message>
        <source>%1 has shapes CoSafe cannot read; the file is damaged or incomplete</source>
        <translation>%1 contient des formes que CoSafe ne peut pas lire&#xa0;; le fichier est endommagé ou incomplet</translation>
    </message>
    <message>
        <source>%1: unknown coordinate reference system %2</source>
        <translation>%1&#xa0;: système de coordonnées de référence %2 inconnu</translation>
    </message>
    <message>
        <source>%1: its coordinates cannot be converted from the coordinate reference system %2 to longitude/latitude; give the one it really uses (e.g. EPSG:32737)</source>
        <translation>%1&#xa0;: ses coordonnées ne peuvent pas être converties du système de coordonnées de référence %2 en longitude/latitude&#xa0;; indiquez celui qu’il utilise vraiment (p. ex. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 has coordinates outside longitude −180…180 / latitude −90…90: its coordinate reference system is wrong or missing</source>
        <translation>%1 a des coordonnées hors de longitude −180…180 / latitude −90…90&#xa0;: son système de coordonnées de référence est erroné ou absent</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Europe de l’Ouest)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>CP437 (DOS, United States)</source>
        <translation>CP437 (DOS, États-Unis)</translation>
    </message>
    <message>
        <source>CP850 (DOS, Western Europe)</source>
        <translation>CP850 (DOS, Europe de l’Ouest)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central Europe)</source>
        <translation>Windows-1250 (Europe centrale)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (cyrillique)</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (arabe)</translation>
    </message>
    <message>
        <source>%1 is georeferenced in a coordinate reference system CoSafe cannot convert to map coordinates; save it in another one (e.g. its UTM zone or EPSG:4326) with QGIS</source>
        <translation>%1 est géoréférencé dans un système de coordonnées de référence que CoSafe ne sait pas convertir en coordonnées de la carte&#xa0;; enregistrez-le dans un autre (p. ex. sa zone UTM ou EPSG:4326) avec QGIS</translation>
    </message>
    <message>
        <source>%1 lies outside the map CoSafe draws (beyond 85° of latitude)</source>
        <translation>%1 se trouve hors de la carte que dessine CoSafe (au-delà de 85° de latitude)</translation>
    </message>
    <message>
        <source>Making map tiles (%1 of %2)</source>
        <translation>Création des tuiles de la carte (%1 sur %2)</translation>
    </message>
    <message>
        <source>%1 is damaged: part of its image cannot be read</source>
        <translation>%1 est endommagé&#xa0;: une partie de son image ne peut pas être lue</translation>
    </message>
    <message>
        <source>%1 has no visible pixels (all of it is nodata or transparent)</source>
        <translation>%1 n’a aucun pixel visible (tout est sans donnée ou transparent)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: it is damaged, or not a GeoTIFF, PNG or JPEG</source>
        <translation>%1 ne peut pas être lu comme une image&#xa0;: il est endommagé, ou ce n’est ni un GeoTIFF, ni un PNG, ni un JPEG</translation>
    </message>
    <message>
        <source>%1 has no georeferencing: place it on the map by control points instead</source>
        <translation>%1 n’a pas de géoréférencement&#xa0;: placez-le plutôt sur la carte par des points de calage</translation>
    </message>
    <message>
        <source>%1 is refused: its tiles %2 are not a plain table (CoSafe reads no view it does not know)</source>
        <translation>%1 est refusé&#xa0;: ses tuiles %2 ne sont pas une simple table (CoSafe ne lit aucune vue qu’il ne connaît pas)</translation>
    </message>
    <message>
        <source>%1 holds gridded values (such as elevations), not a map picture; CoSafe imports map tiles and images</source>
        <translation>%1 contient des valeurs en grille (comme des altitudes), pas une image de carte&#xa0;; CoSafe importe des tuiles de carte et des images</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system for its tiles</source>
        <translation>%1 n’a pas de système de coordonnées de référence pour ses tuiles</translation>
    </message>
    <message>
        <source>%1 is damaged: its vector tiles cannot be read</source>
        <translation>%1 est endommagé&#xa0;: ses tuiles vectorielles ne peuvent pas être lues</translation>
    </message>
    <message>
        <source>%1 lists no layers of vector tiles</source>
        <translation>%1 ne déclare aucune couche de tuiles vectorielles</translation>
    </message>
    <message>
        <source>house numbers are not drawn on CoSafe&apos;s map</source>
        <translation>les numéros de maison ne sont pas dessinés sur la carte de CoSafe</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <source>This file does not say which coordinate system it uses. Type its EPSG code — it may be written in the file&apos;s documentation, or ask whoever made the file (for example EPSG:32737 is UTM zone 37 South).</source>
        <translation>Ce fichier n’indique pas quel système de coordonnées il utilise. Saisissez son code EPSG — il figure peut-être dans la documentation du fichier, sinon demandez à la personne qui l’a créé (par exemple EPSG:32737 correspond à UTM zone 37 Sud).</translation>
    </message>
    <message>
        <source>This file does not say which coordinate system it uses. Its coordinates all lie within longitude −180…180 and latitude −90…90: if they are longitude and latitude, type EPSG:4326; if not, type the EPSG code of the system they use.</source>
        <translation>Ce fichier n’indique pas quel système de coordonnées il utilise. Toutes ses coordonnées sont comprises entre −180…180 de longitude et −90…90 de latitude : si ce sont des longitudes et latitudes, tapez EPSG:4326 ; sinon, tapez le code EPSG du système qu’elles utilisent.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Import Basemap</source>
        <translation>Importer un fond de carte</translation>
    </message>
    <message>
        <source>map file</source>
        <translation>fichier cartographique</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln layers</source>
        <comment>%1: a file, %2: its format</comment>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln couche</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln couches</numerusform>
        </translation>
    </message>
    <message>
        <source>What the layer is called in the Layers panel</source>
        <translation>Le nom de la couche dans le panneau Couches</translation>
    </message>
    <message>
        <source>Layer &amp;name:</source>
        <translation>&amp;Nom de la couche&#xa0;:</translation>
    </message>
    <message>
        <source>Each layer of the file becomes its own basemap layer, named after this and the source layer.</source>
        <translation>Chaque couche du fichier devient une couche du fond de carte, nommée d’après ce nom et la couche source.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>Ne sélectionner a&amp;ucune</translation>
    </message>
    <message>
        <source>Tick the layers to import, how to draw them and which field names their features:</source>
        <translation>Cochez les couches à importer, choisissez comment les dessiner et quel champ nomme leurs entités&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. EPSG:4326</source>
        <translation>p. ex. EPSG:4326</translation>
    </message>
    <message>
        <source>The file&apos;s layers: tick those to import; what they hold, how each will be drawn and which field names its features</source>
        <translation>Les couches du fichier&#xa0;: cochez celles à importer&#xa0;; ce qu’elles contiennent, comment chacune sera dessinée et quel champ nomme ses entités</translation>
    </message>
    <message>
        <source>Label field</source>
        <translation>Champ d’étiquette</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Draw %1 as</source>
        <translation>Dessiner %1 comme</translation>
    </message>
    <message>
        <source>How the map draws the source layer %1</source>
        <translation>Comment la carte dessine la couche source %1</translation>
    </message>
    <message>
        <source>The file does not say how its text is stored; it reads as %1, so %1 is chosen. Look at the examples; choose another encoding if the names look wrong.</source>
        <translation>Le fichier n’indique pas comment son texte est enregistré&#xa0;; il se lit en %1&#xa0;: %1 est donc choisi. Regardez les exemples&#xa0;; choisissez un autre encodage si les noms semblent faux.</translation>
    </message>
    <message>
        <source>e.g. EPSG:32737</source>
        <translation>p. ex. EPSG:32737</translation>
    </message>
    <message>
        <source>&amp;Coordinate system:</source>
        <translation>&amp;Système de coordonnées&#xa0;:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Source layers</source>
        <translation>Couches sources</translation>
    </message>
    <message>
        <source>Source layer</source>
        <translation>Couche source</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Géométrie</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Draw as</source>
        <translation>Dessiner comme</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Label field of %1</source>
        <translation>Champ d’étiquette de %1</translation>
    </message>
    <message>
        <source>The field whose value names each feature of %1 on the map</source>
        <translation>Le champ dont la valeur nomme chaque entité de %1 sur la carte</translation>
    </message>
    <message>
        <source>As the file declares (%1)</source>
        <translation>Comme le déclare le fichier (%1)</translation>
    </message>
    <message>
        <source>As the file declares</source>
        <translation>Comme le déclare le fichier</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Encodage du texte</translation>
    </message>
    <message>
        <source>How the letters of the file&apos;s attributes are stored; the examples show the names as they will read</source>
        <translation>Comment les lettres des attributs du fichier sont enregistrées&#xa0;; les exemples montrent les noms tels qu’ils se liront</translation>
    </message>
    <message>
        <source>The file says its text is %1, but it reads as %2, so %2 is chosen. Look at the examples; choose another encoding if the names look wrong.</source>
        <translation>Le fichier indique que son texte est en %1, mais il se lit en %2&#xa0;: %2 est donc choisi. Regardez les exemples&#xa0;; choisissez un autre encodage si les noms semblent faux.</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>&amp;Encodage du texte&#xa0;:</translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <comment>layers</comment>
        <translation>%1 sur %2 choisies</translation>
    </message>
    <message>
        <source>“%1” is not a coordinate system CoSafe knows. Type an EPSG code such as EPSG:32737.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un système de coordonnées connu de CoSafe. Saisissez un code EPSG comme EPSG:32737.</translation>
    </message>
</context>
<context>
    <name>IncidentImportDialog</name>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>Importer des incidents enregistrés</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Where the records come from; every incident is labelled with it</source>
        <translation>D’où viennent les registres ; chaque incident en porte la mention</translation>
    </message>
    <message>
        <source>Required, e.g. Police records 2023</source>
        <translation>Obligatoire, p. ex. Registres de police 2023</translation>
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
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Time of day</source>
        <translation>&amp;Heure de la journée</translation>
    </message>
    <message>
        <source>Catego&amp;ry</source>
        <translation>Catégo&amp;rie</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>The column holding each incident&apos;s longitude (or projected x)</source>
        <translation>La colonne qui contient la longitude de chaque incident (ou le x projeté)</translation>
    </message>
    <message>
        <source>The column holding each incident&apos;s latitude (or projected y)</source>
        <translation>La colonne qui contient la latitude de chaque incident (ou le y projeté)</translation>
    </message>
    <message>
        <source>The column holding the date each incident happened</source>
        <translation>La colonne qui contient la date de chaque incident</translation>
    </message>
    <message>
        <source>The column holding the time of day, when the date has none</source>
        <translation>La colonne qui contient l’heure, quand la date n’en a pas</translation>
    </message>
    <message>
        <source>The column holding the kind of incident (robbery, assault…)</source>
        <translation>La colonne qui contient le type d’incident (vol, agression…)</translation>
    </message>
    <message>
        <source>A column describing each incident, kept with it (shown when you identify it; left out of public exports)</source>
        <translation>Une colonne qui décrit chaque incident ; enregistrée avec lui (montrée quand on l’identifie ; absente des exports publics)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Système de coordonnées</translation>
    </message>
    <message>
        <source>Only for projected x/y columns, e.g. EPSG:32737 or EPSG:2272</source>
        <translation>Seulement pour des colonnes x/y projetées, p. ex. EPSG:32737 ou EPSG:2272</translation>
    </message>
    <message>
        <source>e.g. EPSG:32737</source>
        <translation>p. ex. EPSG:32737</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>How the dates are written; detected from the column</source>
        <translation>Comment les dates sont écrites ; détecté d’après la colonne</translation>
    </message>
    <message>
        <source>&amp;Coordinate system</source>
        <translation>S&amp;ystème de coordonnées</translation>
    </message>
    <message>
        <source>Date f&amp;ormat</source>
        <translation>F&amp;ormat de date</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>The first rows of the file, as they are written in it</source>
        <translation>Les premières lignes du fichier, telles qu’elles y sont écrites</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisie</translation>
    </message>
    <message>
        <source>guessed: %1</source>
        <translation>devinée : %1</translation>
    </message>
    <message>
        <source>none needed: the dates carry the time</source>
        <translation>inutile : les dates portent l’heure</translation>
    </message>
    <message>
        <source>no column found</source>
        <translation>aucune colonne trouvée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a control&apos;s tip (why its value)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose day/month or month/day…</source>
        <translation>Choisissez jour/mois ou mois/jour…</translation>
    </message>
    <message>
        <source>Dates such as %1 could be day/month or month/day: choose which</source>
        <translation>Des dates comme %1 peuvent être jour/mois ou mois/jour : choisissez</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Détecté : %1</translation>
    </message>
    <message>
        <source>Detect from the column</source>
        <translation>Détecter d’après la colonne</translation>
    </message>
    <message>
        <source>detected from the column&apos;s values</source>
        <translation>détecté d’après les valeurs de la colonne</translation>
    </message>
    <message>
        <source>no date column</source>
        <translation>pas de colonne de date</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>aucun détecté</translation>
    </message>
    <message>
        <source>chosen; it wins over what the columns look like</source>
        <translation>choisi ; il l’emporte sur l’allure des colonnes</translation>
    </message>
    <message>
        <source>none needed: the coordinates are longitude and latitude</source>
        <translation>inutile : les coordonnées sont en longitude et latitude</translation>
    </message>
    <message>
        <source>needed: these x/y are not degrees; write their system</source>
        <translation>nécessaire : ces x/y ne sont pas des degrés ; indiquez leur système</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows of the file read:</source>
        <translation>
            <numerusform>La %Ln ligne du fichier lue :</numerusform>
            <numerusform>Les %Ln lignes du fichier lues :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows read (the import counts the whole file):</source>
        <translation>
            <numerusform>La première ligne lue (%Ln ; l’import compte tout le fichier) :</numerusform>
            <numerusform>Les %Ln premières lignes lues (l’import compte tout le fichier) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be imported</source>
        <translation>
            <numerusform>%Ln sera importée</numerusform>
            <numerusform>%Ln seront importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped without a usable location (lines %1)</source>
        <translation>
            <numerusform>%Ln ignorée faute d’emplacement utilisable (ligne %1)</numerusform>
            <numerusform>%Ln ignorées faute d’emplacement utilisable (lignes %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept without a date (theirs could not be read)</source>
        <translation>
            <numerusform>%Ln gardée sans date (la sienne n’a pu être lue)</numerusform>
            <numerusform>%Ln gardées sans date (la leur n’a pu être lue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a time of day</source>
        <translation>
            <numerusform>%Ln avec une heure</numerusform>
            <numerusform>%Ln avec une heure</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>one count after another</comment>
        <translation>%1 ; %2</translation>
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
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>Storing %Ln recorded incidents…</source>
        <translation>
            <numerusform>Enregistrement de %Ln incident…</numerusform>
            <numerusform>Enregistrement de %Ln incidents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln recorded incidents from %1</source>
        <translation>
            <numerusform>Importer %Ln incident enregistré depuis %1</numerusform>
            <numerusform>Importer %Ln incidents enregistrés depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents stored</source>
        <translation>
            <numerusform>%Ln incident enregistré stocké</numerusform>
            <numerusform>%Ln incidents enregistrés stockés</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing recorded incidents from %1…</source>
        <translation>Import des incidents enregistrés depuis %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln recorded incidents (“%1”), shown apart from perceptions</source>
        <translation>
            <numerusform>%Ln incident enregistré importé («&#xa0;%1&#xa0;»), affiché à part des perceptions</numerusform>
            <numerusform>%Ln incidents enregistrés importés («&#xa0;%1&#xa0;»), affichés à part des perceptions</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>Importer des incidents enregistrés</translation>
    </message>
</context>
<context>
    <name>IncidentOptionsDialog</name>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>Importer des incidents enregistrés</translation>
    </message>
    <message>
        <source>Required, e.g. Police records 2023</source>
        <translation>Obligatoire, p. ex. Registres de police 2023</translation>
    </message>
    <message>
        <source>Only for x/y columns, e.g. EPSG:32737</source>
        <translation>Seulement pour les colonnes x/y, p. ex. EPSG:32737</translation>
    </message>
    <message>
        <source>Found by name (category, type, offence…) when blank</source>
        <translation>Trouvée par son nom (category, type, offence…) si vide</translation>
    </message>
    <message>
        <source>Found by name (date, occurred_on…) when blank</source>
        <translation>Trouvée par son nom (date, occurred_on…) si vide</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;CRS</source>
        <translation>S&amp;CR</translation>
    </message>
    <message>
        <source>Ca&amp;tegory column</source>
        <translation>Colonne de ca&amp;tégorie</translation>
    </message>
    <message>
        <source>&amp;Date column</source>
        <translation>Colonne de &amp;date</translation>
    </message>
</context>
<context>
    <name>IncidentTimesView</name>
    <message>
        <source>Recorded incidents by time of day (imported data, not perceptions)</source>
        <translation>Incidents enregistrés par moment de la journée (données importées, pas des perceptions)</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Moment de la journée</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Recorded incidents</source>
        <translation>Incidents enregistrés</translation>
    </message>
    <message>
        <source>People&apos;s mean safety score (0–5)</source>
        <translation>Note de sécurité moyenne des gens (0–5)</translation>
    </message>
    <message>
        <source>Pins marked unsafe</source>
        <translation>Repères peu sûrs</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>clock hours, from–to</comment>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>Time unknown: %Ln recorded incidents have no time of day in their data; they are counted here, not put in a band.</source>
        <translation>
            <numerusform>Heure inconnue : %Ln incident enregistré n’a pas d’heure dans ses données ; il est compté ici, sans être placé dans une tranche.</numerusform>
            <numerusform>Heure inconnue : %Ln incidents enregistrés n’ont pas d’heure dans leurs données ; ils sont comptés ici, sans être placés dans une tranche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every recorded incident here has its time of day.</source>
        <translation>Chaque incident enregistré ici a son heure.</translation>
    </message>
    <message>
        <source>Incidents are put in a band by their recorded clock time; walks and pins by what was recorded for them.</source>
        <translation>Les incidents sont placés dans une tranche selon leur heure enregistrée ; les marches et les repères selon ce qui a été noté pour eux.</translation>
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
        <translation>%1 a des colonnes x/y mais pas de système de coordonnées de référence&#xa0;; indiquez celui qu’il utilise (p. ex. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 holds no incidents</source>
        <translation>%1 ne contient aucun incident</translation>
    </message>
    <message>
        <source>%1 has no dates: column %2 is empty</source>
        <translation>%1 n’a pas de dates&#xa0;: la colonne %2 est vide</translation>
    </message>
    <message>
        <source>%1: column %2 mixes day/month and month/day dates; write them as 2024-03-14</source>
        <translation>%1&#xa0;: la colonne %2 mélange des dates jour/mois et mois/jour&#xa0;; écrivez-les sous la forme 2024-03-14</translation>
    </message>
    <message numerus="yes">
        <source>its date column %1 is blank in every row, so all %Ln incidents were kept without a date</source>
        <translation>
            <numerusform>sa colonne de date %1 est vide à chaque ligne, donc son %Ln incident a été conservé sans date</numerusform>
            <numerusform>sa colonne de date %1 est vide à chaque ligne, donc ses %Ln incidents ont tous été conservés sans date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file has no date column, so all %Ln incidents were kept without a date</source>
        <translation>
            <numerusform>le fichier n’a pas de colonne de date&#xa0;: son %Ln incident a donc été conservé sans date</numerusform>
            <numerusform>le fichier n’a pas de colonne de date&#xa0;: ses %Ln incidents ont donc tous été conservés sans date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %Ln rows without a location (lines %1)</source>
        <translation>
            <numerusform>%Ln ligne sans emplacement ignorée (ligne %1)</numerusform>
            <numerusform>%Ln lignes sans emplacement ignorées (lignes %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept %Ln rows without a date because theirs could not be read</source>
        <translation>
            <numerusform>%Ln ligne conservée sans date car la sienne était illisible</numerusform>
            <numerusform>%Ln lignes conservées sans date car les leurs étaient illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>a summary and what was left out of it</comment>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>%1: no row has a usable location</source>
        <translation>%1 : aucune ligne n&apos;a d&apos;emplacement utilisable</translation>
    </message>
    <message>
        <source>%1 has no column %2 (its columns: %3)</source>
        <translation>%1 n’a pas de colonne %2 (ses colonnes&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1 has no coordinates: no longitude/latitude or x/y columns found; name the columns that hold them</source>
        <translation>%1 n&apos;a pas de coordonnées : aucune colonne longitude/latitude ou x/y trouvée ; nommez les colonnes qui les contiennent</translation>
    </message>
    <message>
        <source>%1: no row has a usable location: the values of %2 and %3 (such as %4, %5) lie outside longitude/latitude&apos;s range; if they are projected x/y, say which coordinate reference system they use (e.g. EPSG:32737)</source>
        <translation>%1&#xa0;: aucune ligne n’a d’emplacement utilisable&#xa0;: les valeurs de %2 et %3 (par exemple %4, %5) sont hors des limites de la longitude/latitude&#xa0;; si ce sont des x/y projetés, indiquez le système de coordonnées de référence qu’elles utilisent (p. ex. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 cannot be read as a table of incidents</source>
        <translation>%1 ne peut pas être lu comme une table d&apos;incidents</translation>
    </message>
    <message>
        <source>%1: unknown coordinate reference system %2 (write it as EPSG:32737, for example)</source>
        <translation>%1 : système de coordonnées de référence inconnu %2 (écrivez-le par exemple EPSG:32737)</translation>
    </message>
    <message>
        <source>%1: dates such as %2 in column %3 could be day/month or month/day; choose the date format (e.g. %4)</source>
        <translation>%1 : des dates comme %2 dans la colonne %3 peuvent être jour/mois ou mois/jour ; choisissez le format de date (p. ex. %4)</translation>
    </message>
    <message>
        <source>%1: column %2 holds no date CoSafe can read (such as %3); choose the date format</source>
        <translation>%1 : la colonne %2 ne contient aucune date que CoSafe sait lire (comme %3) ; choisissez le format de date</translation>
    </message>
    <message>
        <source>%1 has no column %2 (it has no columns)</source>
        <translation>%1 n’a pas de colonne %2 (il n’a aucune colonne)</translation>
    </message>
    <message>
        <source>%1 has no layer %2 (its layers: %3)</source>
        <translation>%1 n’a pas de couche %2 (ses couches&#xa0;: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln layers (%2); say which one holds the incidents</source>
        <translation>
            <numerusform>%1 a %Ln couche (%2)&#xa0;; indiquez celle qui contient les incidents</numerusform>
            <numerusform>%1 a %Ln couches (%2)&#xa0;; indiquez celle qui contient les incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisie</translation>
    </message>
    <message>
        <source>named like one</source>
        <translation>d&apos;après son nom</translation>
    </message>
    <message>
        <source>its values are degrees</source>
        <translation>ses valeurs sont des degrés</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>aucune choisie</translation>
    </message>
    <message>
        <source>year-month-day (2024-03-14)</source>
        <translation>année-mois-jour (2024-03-14)</translation>
    </message>
    <message>
        <source>month only (2022-12), stored as the month&apos;s first day</source>
        <translation>mois seul (2022-12), enregistré comme le premier jour du mois</translation>
    </message>
    <message>
        <source>day.month.year (14.03.2024)</source>
        <translation>jour.mois.année (14.03.2024)</translation>
    </message>
    <message>
        <source>day/month/year (14/03/2024)</source>
        <translation>jour/mois/année (14/03/2024)</translation>
    </message>
    <message>
        <source>month/day/year (03/14/2024)</source>
        <translation>mois/jour/année (03/14/2024)</translation>
    </message>
    <message>
        <source>weekday month day time year (Thu Apr 01 15:30:00 UTC 2010)</source>
        <translation>jour de la semaine, mois, jour, heure, année (Thu Apr 01 15:30:00 UTC 2010)</translation>
    </message>
    <message>
        <source>written month (14 March 2024)</source>
        <translation>mois en toutes lettres (14 March 2024)</translation>
    </message>
    <message>
        <source>the chosen format %1</source>
        <translation>le format choisi %1</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1
Cancelling…</source>
        <translation>%1
Annulation…</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Use CoSafe in %1 (from its next start)</source>
        <translation>Utiliser CoSafe en %1 (au prochain démarrage)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>CoSafe will speak %1 the next time it starts. Every change to the project is already saved. Restart now?</source>
        <translation>CoSafe parlera %1 au prochain démarrage. Toutes les modifications du projet sont déjà enregistrées. Redémarrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>CoSafe does not speak “%1”; choose one of: %2</source>
        <translation>CoSafe ne parle pas «&#xa0;%1&#xa0;»&#xa0;; choisissez parmi&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Show layer “%1”</source>
        <translation>Afficher la couche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Hide layer “%1”</source>
        <translation>Masquer la couche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename layer “%1” to “%2”</source>
        <translation>Renommer la couche «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Set opacity of “%1” to %2%</source>
        <translation>Régler l’opacité de «&#xa0;%1&#xa0;» à %2&#xa0;%</translation>
    </message>
    <message>
        <source>Remove layer “%1”</source>
        <translation>Supprimer la couche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move layer “%1” up</source>
        <translation>Monter la couche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move layer “%1” down</source>
        <translation>Descendre la couche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>Vecteur</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Tuiles</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tiles</source>
        <translation>
            <numerusform>%Ln tuile</numerusform>
            <numerusform>%Ln tuiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayersExportDialog</name>
    <message>
        <source>Export Layers</source>
        <translation>Exporter les couches</translation>
    </message>
    <message>
        <source>&amp;GeoPackage (one file, opens in QGIS)</source>
        <translation>&amp;GeoPackage (un seul fichier, s’ouvre dans QGIS)</translation>
    </message>
    <message>
        <source>Geo&amp;JSON (a file per layer, tables as CSV)</source>
        <translation>Geo&amp;JSON (un fichier par couche, tables en CSV)</translation>
    </message>
    <message>
        <source>&amp;Public version</source>
        <translation>Version &amp;publique</translation>
    </message>
    <message>
        <source>Public: perception pins are moved to the centre of a %1 m grid square and stories, comments and notes are emptied, so the files can be shared openly.</source>
        <translation>Publique&#xa0;: les repères de perception sont déplacés au centre d’un carré de %1 m et les témoignages, commentaires et notes sont vidés, pour que les fichiers puissent être diffusés librement.</translation>
    </message>
    <message>
        <source>Untick for the project team: pins at their places, with their stories. Contacts are never exported.</source>
        <translation>Décochez pour l’équipe du projet&#xa0;: repères à leur emplacement, avec leurs témoignages. Les coordonnées ne sont jamais exportées.</translation>
    </message>
    <message>
        <source>Choose a folder for the files</source>
        <translation>Choisir un dossier pour les fichiers</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export Layers to Folder</source>
        <translation>Exporter les couches dans un dossier</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <source>Basemap layers</source>
        <translation>Couches du fond de carte</translation>
    </message>
    <message>
        <source>The map&apos;s layers, top to bottom; tick to show, drag to reorder</source>
        <translation>Les couches de la carte, de haut en bas&#xa0;; cochez pour afficher, glissez pour réordonner</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>No basemap yet. Import a street map (OpenStreetMap, GeoJSON, Shapefile…), MBTiles, or a photo of a paper map.</source>
        <translation>Pas encore de fond de carte. Importez un plan des rues (OpenStreetMap, GeoJSON, Shapefile…), un MBTiles ou une photo de carte papier.</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Up: draw the selected layer above the one over it</source>
        <translation>Monter&#xa0;: dessiner la couche sélectionnée au-dessus de celle qui la précède</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move Down: draw the selected layer below the one under it</source>
        <translation>Descendre&#xa0;: dessiner la couche sélectionnée sous celle qui la suit</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected layer (Undo brings it back)</source>
        <translation>Supprimer la couche sélectionnée (Annuler la rétablit)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import a map file, MBTiles or a photo of a paper map (Ctrl+I)</source>
        <translation>Importer un fichier cartographique, un MBTiles ou une photo de carte papier (Ctrl+I)</translation>
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
        <translation>Zoomer sur la couche</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>opacity</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Supprimer la couche</translation>
    </message>
    <message>
        <source>Remove “%1” from the project? Undo (Ctrl+Z) brings it back until the project is closed.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» du projet&#xa0;? Annuler (Ctrl+Z) la rétablit jusqu’à la fermeture du projet.</translation>
    </message>
</context>
<context>
    <name>LinkedPlacesField</name>
    <message>
        <source>Linked places</source>
        <translation>Lieux liés</translation>
    </message>
    <message>
        <source>The proposals, pins and audit points this action answers; Delete removes the selected ones</source>
        <translation>Les propositions, repères et points d’observation auxquels répond cette action&#xa0;; Suppr retire ceux sélectionnés</translation>
    </message>
    <message>
        <source>Pick on &amp;Map</source>
        <translation>Choisir sur la &amp;carte</translation>
    </message>
    <message>
        <source>Then click proposals, audit points or pins on the map to link them</source>
        <translation>Cliquez ensuite sur des propositions, points d’observation ou repères sur la carte pour les lier</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>No places linked yet: press Pick on Map and click proposals, audit points or pins.</source>
        <translation>Aucun lieu lié pour l’instant&#xa0;: cliquez sur Choisir sur la carte puis sur des propositions, points d’observation ou repères.</translation>
    </message>
    <message>
        <source>Pick on Map adds more; select a place and press Remove to unlink it.</source>
        <translation>Choisir sur la carte en ajoute d’autres&#xa0;; sélectionnez un lieu et cliquez sur Retirer pour le délier.</translation>
    </message>
    <message>
        <source>That place is linked already</source>
        <translation>Ce lieu est déjà lié</translation>
    </message>
    <message>
        <source>Linked %1</source>
        <comment>%1: a place, e.g. Proposal: Lights on Soko St</comment>
        <translation>Lié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Project Overview</source>
        <translation>Vue d’ensemble du projet</translation>
    </message>
    <message>
        <source>Project opened</source>
        <translation>Projet ouvert</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Every change since the project was opened; click one to go back to it</source>
        <translation>Chaque modification depuis l’ouverture du projet&#xa0;; cliquez sur l’une d’elles pour y revenir</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>How CoSafe saves</source>
        <translation>Comment CoSafe enregistre</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Basemap point features</source>
        <translation>Entités ponctuelles du fond de carte</translation>
    </message>
    <message>
        <source>Basemap line features</source>
        <translation>Entités linéaires du fond de carte</translation>
    </message>
    <message>
        <source>Basemap polygon features</source>
        <translation>Entités surfaciques du fond de carte</translation>
    </message>
    <message>
        <source>Polygon proposals</source>
        <translation>Propositions surfaciques</translation>
    </message>
    <message>
        <source>Line proposals</source>
        <translation>Propositions linéaires</translation>
    </message>
    <message>
        <source>Point proposals</source>
        <translation>Propositions ponctuelles</translation>
    </message>
    <message>
        <source>Basemap: project data</source>
        <translation>Fond de carte&#xa0;: données du projet</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>No basemap yet</source>
        <translation>Pas encore de fond de carte</translation>
    </message>
    <message>
        <source>Image size must be 1 to %1 pixels a side, not %2x%3</source>
        <translation>La taille de l’image doit être de 1 à %1 pixels de côté, pas %2x%3</translation>
    </message>
    <message>
        <source>DPI must be between 10 and 2400, not %1</source>
        <translation>Le DPI doit être compris entre 10 et 2400, pas %1</translation>
    </message>
    <message>
        <source>Nothing to draw: the project has no visible basemap layer and nothing to show in the chosen overlays</source>
        <translation>Rien à dessiner&#xa0;: le projet n’a aucune couche de fond de carte visible et rien à afficher dans les superpositions choisies</translation>
    </message>
    <message>
        <source>Nothing to draw: the project has no visible basemap layer</source>
        <translation>Rien à dessiner&#xa0;: le projet n’a aucune couche de fond de carte visible</translation>
    </message>
    <message>
        <source>Unknown map overlay %1; choose from %2</source>
        <translation>Superposition %1 inconnue&#xa0;; choisissez parmi %2</translation>
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
        <translation>La carte est sur l’écran de présentation.
Appuyez sur F5 ou Échap pour la ramener ici.</translation>
    </message>
    <message>
        <source>End Presentation</source>
        <translation>Terminer la présentation</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>What Is &amp;Here?</source>
        <translation>&amp;Qu’y a-t-il ici&#xa0;?</translation>
    </message>
</context>
<context>
    <name>MapExportDialog</name>
    <message>
        <source>Export Map Image</source>
        <translation>Exporter l’image de la carte</translation>
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
        <translation>&amp;Vue actuelle</translation>
    </message>
    <message>
        <source>&amp;Whole project</source>
        <translation>&amp;Tout le projet</translation>
    </message>
    <message>
        <source>Choose where to save the image</source>
        <translation>Choisir où enregistrer l’image</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Hauteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>Extent:</source>
        <translation>Étendue&#xa0;:</translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation>Dessiner&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>The heat map as the Perception Map panel sets it: source and radius</source>
        <translation>La carte de densité telle que réglée dans le panneau Carte des perceptions&#xa0;: source et rayon</translation>
    </message>
    <message>
        <source>Blur pin locations for &amp;public sharing, to a grid of</source>
        <translation>Flouter les positions des repères pour une diffusion &amp;publique, sur une grille de</translation>
    </message>
    <message>
        <source>Each pin (and the heat made from pins) is drawn at the centre of its grid square, so no one&apos;s exact spot can be read from the map</source>
        <translation>Chaque repère (et la densité calculée à partir des repères) est dessiné au centre de son carré, pour que l’emplacement exact de personne ne puisse être lu sur la carte</translation>
    </message>
    <message>
        <source> m</source>
        <comment>after a number of metres</comment>
        <translation> m</translation>
    </message>
    <message>
        <source>Blur grid size</source>
        <translation>Taille de la grille de floutage</translation>
    </message>
    <message>
        <source>The side of the grid squares pins are blurred to, in metres</source>
        <translation>Le côté des carrés de la grille de floutage des repères, en mètres</translation>
    </message>
    <message>
        <source>Prints %1 × %2 cm at this resolution</source>
        <translation>Imprime %1 × %2 cm à cette résolution</translation>
    </message>
    <message>
        <source>map</source>
        <comment>a file name</comment>
        <translation>carte</translation>
    </message>
    <message>
        <source>PNG images (%1)</source>
        <translation>Images PNG (%1)</translation>
    </message>
    <message>
        <source>Map not exported</source>
        <translation>Carte non exportée</translation>
    </message>
    <message>
        <source>%1 could not be written (check that the folder exists and that you may write to it)</source>
        <translation>%1 n’a pas pu être écrit (vérifiez que le dossier existe et que vous pouvez y écrire)</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Toolbar: Open, Export, Undo, Zoom</source>
        <translation>Barre d’outils&#xa0;: Ouvrir, Exporter, Annuler, Zoom</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a command and its key</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;High-Contrast Map</source>
        <translation>Carte en &amp;haut contraste</translation>
    </message>
    <message>
        <source>Black ink on white for bright rooms and weak projectors: only the groups are in colour</source>
        <translation>Encre noire sur blanc pour les salles lumineuses et les projecteurs faibles&#xa0;: seuls les groupes sont en couleur</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>P&amp;lein écran</translation>
    </message>
    <message>
        <source>The window fills the screen</source>
        <translation>La fenêtre occupe tout l’écran</translation>
    </message>
    <message>
        <source>Presentation &amp;Mode</source>
        <translation>&amp;Mode présentation</translation>
    </message>
    <message>
        <source>The map for the room: full screen on the projector, large text, only the tools the room uses</source>
        <translation>La carte pour la salle&#xa0;: plein écran sur le projecteur, grand texte, seulement les outils utilisés en séance</translation>
    </message>
    <message>
        <source>Leave Full Screen or Presentation</source>
        <translation>Quitter le plein écran ou la présentation</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a text size</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Créer un fichier de projet vide</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open a CoSafe project file</source>
        <translation>Ouvrir un fichier de projet CoSafe</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>Ouvrir le projet d’exe&amp;mple</translation>
    </message>
    <message>
        <source>Open a fresh copy of the sample project to explore CoSafe</source>
        <translation>Ouvrir une copie neuve du projet d’exemple pour découvrir CoSafe</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Write a copy of the project to another file and continue there</source>
        <translation>Écrire une copie du projet dans un autre fichier et continuer dans celui-ci</translation>
    </message>
    <message>
        <source>Remove &amp;Traces of Deleted Records…</source>
        <translation>Effacer les &amp;traces des éléments supprimés…</translation>
    </message>
    <message>
        <source>Rewrite the project file so nothing deleted records held can be recovered</source>
        <translation>Réécrire le fichier de projet pour que rien de ce que contenaient les éléments supprimés ne puisse être récupéré</translation>
    </message>
    <message>
        <source>E&amp;xport Map Image…</source>
        <translation>E&amp;xporter l’image de la carte…</translation>
    </message>
    <message>
        <source>Save the map as a PNG image for slides, posters and reports</source>
        <translation>Enregistrer la carte en image PNG pour diapositives, affiches et rapports</translation>
    </message>
    <message>
        <source>Zoom to &amp;Project</source>
        <translation>Zoomer sur le &amp;projet</translation>
    </message>
    <message>
        <source>Show the workshop area: the proposals, pins, walks and the project area set</source>
        <translation>Afficher la zone de l’atelier&#xa0;: les propositions, repères, marches et la zone du projet définie</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Project &amp;Properties…</source>
        <translation>&amp;Propriétés du projet…</translation>
    </message>
    <message>
        <source>Name, place, description, privacy threshold, currency and report language</source>
        <translation>Nom, lieu, description, seuil de confidentialité, devise et langue des rapports</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>Put the panels back where they started</source>
        <translation>Remettre les panneaux à leur place d’origine</translation>
    </message>
    <message>
        <source>Ne&amp;xt Panel</source>
        <translation>Panneau sui&amp;vant</translation>
    </message>
    <message>
        <source>Move the keyboard to the next panel: the map, the workshop bar, each open panel</source>
        <translation>Passer le clavier au panneau suivant&#xa0;: la carte, la barre d’atelier, chaque panneau ouvert</translation>
    </message>
    <message>
        <source>Previous Panel</source>
        <translation>Panneau précédent</translation>
    </message>
    <message>
        <source>Move the keyboard to the panel before</source>
        <translation>Passer le clavier au panneau précédent</translation>
    </message>
    <message>
        <source>&amp;About CoSafe</source>
        <translation>À &amp;propos de CoSafe</translation>
    </message>
    <message>
        <source>How CoSafe &amp;Saves</source>
        <translation>Comment CoSafe &amp;enregistre</translation>
    </message>
    <message>
        <source>&amp;Workshop Guide</source>
        <translation>&amp;Guide de l’atelier</translation>
    </message>
    <message>
        <source>Preparing a workshop, running it and what comes after, illustrated (offline)</source>
        <translation>Préparer un atelier, l’animer et la suite, en images (hors ligne)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every key CoSafe answers to, by menu</source>
        <translation>Toutes les touches auxquelles CoSafe répond, par menu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Presentation &amp;Text Size</source>
        <translation>&amp;Taille du texte en présentation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Show or hide the toolbar with Open Project, Export Map Image, Undo, Redo and Zoom to Project</source>
        <translation>Afficher ou masquer la barre d’outils avec Ouvrir un projet, Exporter l’image de la carte, Annuler, Rétablir et Zoomer sur le projet</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Backing up the project…</source>
        <translation>Sauvegarde du projet…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln coordonnée</numerusform>
            <numerusform>%Ln coordonnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pin stories</source>
        <translation>
            <numerusform>%Ln témoignage de repère</numerusform>
            <numerusform>%Ln témoignages de repères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comments and notes</source>
        <translation>
            <numerusform>%Ln commentaire ou note</numerusform>
            <numerusform>%Ln commentaires et notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln facilitators&apos; names</source>
        <translation>
            <numerusform>%Ln nom d’animateur ou d’animatrice</numerusform>
            <numerusform>%Ln noms d’animateurs ou d’animatrices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants outside %1</source>
        <translation>
            <numerusform>%Ln participant hors de %1</numerusform>
            <numerusform>%Ln participants hors de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list: “2 contacts, 1 photo and 3 participants”</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Left out, and kept only in this project: %1.</source>
        <translation>Omis, et conservés uniquement dans ce projet&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Left out: nothing, since the project holds no contact, story, comment, note, name or photo.</source>
        <translation>Omis&#xa0;: rien, car le projet ne contient aucune coordonnée, aucun témoignage, commentaire, note, nom ni photo.</translation>
    </message>
    <message>
        <source>Left out: nothing, since the project holds no contact, story, comment, note, name or photo and no participant outside %1.</source>
        <translation>Omis&#xa0;: rien, car le projet ne contient aucune coordonnée, aucun témoignage, commentaire, note, nom ni photo, et aucun participant hors de %1.</translation>
    </message>
    <message>
        <source>Left out: nothing, since the project holds no contact, story, comment, note, name or photo and no participant.</source>
        <translation>Omis&#xa0;: rien, car le projet ne contient aucune coordonnée, aucun témoignage, commentaire, note, nom ni photo, et aucun participant.</translation>
    </message>
    <message>
        <source>The copy holds who took part in every group: each participant&apos;s code, gender, age band and role (never a contact). Anyone who finds the stick can read them.</source>
        <translation>La copie indique qui a participé dans chaque groupe&#xa0;: le code, le genre, la tranche d’âge et le rôle de chaque participant (jamais de coordonnées). Quiconque trouve la clé peut les lire.</translation>
    </message>
    <message>
        <source>Several workshops have a group called “%1”; name it with its workshop, such as “%2”</source>
        <translation>Plusieurs ateliers ont un groupe nommé «&#xa0;%1&#xa0;»&#xa0;; nommez-le avec son atelier, p. ex. «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>No group is called “%1”; the project has no groups</source>
        <translation>Aucun groupe ne s’appelle «&#xa0;%1&#xa0;»&#xa0;; le projet n’a pas de groupes</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a group&apos;s name quoted</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No group is called “%1”; the groups are %2</source>
        <translation>Aucun groupe ne s’appelle «&#xa0;%1&#xa0;»&#xa0;; les groupes sont %2</translation>
    </message>
    <message>
        <source>Give the field copy a name, such as “Field team 2”</source>
        <translation>Donnez un nom à la copie de terrain, p. ex. «&#xa0;Équipe de terrain 2&#xa0;»</translation>
    </message>
    <message>
        <source>Choose a different file name for the field copy</source>
        <translation>Choisissez un autre nom de fichier pour la copie de terrain</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the field copy</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom pour la copie de terrain</translation>
    </message>
    <message>
        <source>The project is read-only (%1); a field copy needs to write to it</source>
        <translation>Le projet est en lecture seule (%1)&#xa0;; une copie de terrain a besoin d’y écrire</translation>
    </message>
    <message>
        <source>The team&apos;s group is no longer in the project; choose another</source>
        <translation>Le groupe de l’équipe ne fait plus partie du projet&#xa0;; choisissez-en un autre</translation>
    </message>
    <message>
        <source>The field copy was not written: cannot write in %1: %2</source>
        <translation>La copie de terrain n’a pas été écrite&#xa0;: impossible d’écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The field copy was not written: %1</source>
        <translation>La copie de terrain n’a pas été écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Merging %1</source>
        <translation>Fusion de %1</translation>
    </message>
    <message>
        <source>%1 is damaged: a geometry in it cannot be read</source>
        <translation>%1 est endommagé&#xa0;: une géométrie ne peut pas y être lue</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>%1 holds a record this project cannot take (%2)</source>
        <translation>%1 contient un enregistrement que ce projet ne peut pas accepter (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: its records cannot be read (%2)</source>
        <translation>%1 est endommagé&#xa0;: ses enregistrements ne peuvent pas être lus (%2)</translation>
    </message>
    <message>
        <source>The merge was cancelled; nothing was changed</source>
        <translation>La fusion a été annulée&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1 is the project you are merging into; choose another file</source>
        <translation>%1 est le projet dans lequel vous fusionnez&#xa0;; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>laptop of %1</source>
        <comment>a laptop never named, called after a file merged from it</comment>
        <translation>ordinateur de %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a file and the laptop it came from: “field2.gpkg (Field team 2)”</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 skipped, %5 in conflict</source>
        <translation>%1&#xa0;: %2 ajoutés, %3 mis à jour, %4 ignorés, %5 en conflit</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Ce projet</translation>
    </message>
    <message>
        <source>%1 is a field copy, so it leaves out of %2 what a field copy may not hold: here, nothing.</source>
        <translation>%1 est une copie de terrain&#xa0;: elle omet de %2 ce qu’une copie de terrain ne peut pas contenir&#xa0;: ici, rien.</translation>
    </message>
    <message>
        <source>%1 is a field copy, so it leaves out of %2 what a field copy may not hold: %3.</source>
        <translation>%1 est une copie de terrain&#xa0;: elle omet de %2 ce qu’une copie de terrain ne peut pas contenir&#xa0;: %3.</translation>
    </message>
    <message>
        <source>No conflict on that %1 is waiting to be resolved</source>
        <comment>%1 is a kind of record</comment>
        <translation>Aucun conflit sur cet élément (%1) n’attend d’être résolu</translation>
    </message>
    <message>
        <source>Two %1 cannot share a key; keep mine or theirs</source>
        <comment>%1 is a kind of record, in lower case: “reason tags”</comment>
        <translation>Deux éléments (%1) ne peuvent pas partager une clé&#xa0;; gardez le mien ou le leur</translation>
    </message>
    <message>
        <source>Keep my %1 “%2”</source>
        <translation>Garder ma version de %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Keep their %1 “%2”</source>
        <translation>Garder leur version de %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Keep both versions of %1 “%2”</source>
        <translation>Garder les deux versions de %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation>Garder ma version de %1</translation>
    </message>
    <message>
        <source>Keep their %1</source>
        <translation>Garder leur version de %1</translation>
    </message>
    <message>
        <source>Keep both versions of %1</source>
        <translation>Garder les deux versions de %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was merged</source>
        <comment>a file, then what is wrong in it</comment>
        <translation>%1&#xa0;: %2&#xa0;; rien n’a été fusionné</translation>
    </message>
    <message>
        <source>%1 is damaged: the list of what its field copy left out cannot be read</source>
        <translation>%1 est endommagé&#xa0;: la liste de ce que sa copie de terrain a omis ne peut pas être lue</translation>
    </message>
</context>
<context>
    <name>MergeConflicts</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Basé sur</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Situation de référence</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>Principe CPTED</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>Grille de critères</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Photo or file</source>
        <translation>Photo ou fichier</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>Table de données</translation>
    </message>
    <message>
        <source>Day or night</source>
        <translation>Jour ou nuit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Créé sur</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Feature count</source>
        <translation>Nombre d’entités</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>Translated field</source>
        <translation>Champ traduit</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>Nom de fichier</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Location and shape</source>
        <translation>Emplacement et forme</translation>
    </message>
    <message>
        <source>What good means</source>
        <translation>Ce que signifie «&#xa0;bon&#xa0;»</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenu le</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Intervention type</source>
        <translation>Type d’intervention</translation>
    </message>
    <message>
        <source>Is active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Outcome criterion</source>
        <translation>Critère de résultat</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Time it occurred</source>
        <translation>Heure à laquelle il s&apos;est produit</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Survenu le</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacité</translation>
    </message>
    <message>
        <source>Belongs to (kind)</source>
        <translation>Appartient à (type)</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Appartient à</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Prevention approach</source>
        <translation>Approche de prévention</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Priority from votes</source>
        <translation>Priorité d’après les votes</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Traduction de</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Numéro d’ordre</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source format</source>
        <translation>Format source</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Nom de la source</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Commence le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Story approval</source>
        <translation>Validation du témoignage</translation>
    </message>
    <message>
        <source>Style class</source>
        <translation>Classe de style</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>Table cible</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type d’enregistrement</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Moment de la journée</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Votes per participant</source>
        <translation>Votes par participant</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Marche</translation>
    </message>
    <message>
        <source>Walked on</source>
        <translation>Parcourue le</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>(deleted on this laptop)</source>
        <translation>(supprimé sur cet ordinateur)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <comment>a date and time</comment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the labels of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>(not in this project)</source>
        <translation>(pas dans ce projet)</translation>
    </message>
    <message>
        <source>Point %1</source>
        <comment>an audit point by its number</comment>
        <translation>Point %1</translation>
    </message>
    <message>
        <source>Untitled %1</source>
        <comment>%1: a kind of record</comment>
        <translation>%1 sans titre</translation>
    </message>
    <message>
        <source>A shape with no points</source>
        <translation>Une forme sans points</translation>
    </message>
    <message>
        <source>Point at %1, %2</source>
        <comment>longitude, latitude</comment>
        <translation>Point à %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Line of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Ligne de %Ln point autour de %1, %2</numerusform>
            <numerusform>Ligne de %Ln points autour de %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Area of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Zone de %Ln point autour de %1, %2</numerusform>
            <numerusform>Zone de %Ln points autour de %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Areas of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Zones de %Ln point autour de %1, %2</numerusform>
            <numerusform>Zones de %Ln points autour de %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Lignes de %Ln point autour de %1, %2</numerusform>
            <numerusform>Lignes de %Ln points autour de %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln points around %2, %3</source>
        <comment>%1: a kind of shape</comment>
        <translation>
            <numerusform>%1 de %Ln point autour de %2, %3</numerusform>
            <numerusform>%1 de %Ln points autour de %2, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <comment>%1: a kind of record, %2: its name</comment>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>MergeFeature</name>
    <message>
        <source>Merge Conflicts</source>
        <translation>Conflits de fusion</translation>
    </message>
    <message>
        <source>&amp;Merge Projects…</source>
        <translation>F&amp;usionner des projets…</translation>
    </message>
    <message>
        <source>Bring in the records of project files from other laptops</source>
        <translation>Intégrer les enregistrements de fichiers de projet venant d’autres ordinateurs</translation>
    </message>
    <message>
        <source>Resolve Merge Con&amp;flicts…</source>
        <translation>Résoudre les conf&amp;lits de fusion…</translation>
    </message>
    <message>
        <source>Compare records changed on two laptops and choose which to keep</source>
        <translation>Comparer les enregistrements modifiés sur deux ordinateurs et choisir lesquels garder</translation>
    </message>
    <message>
        <source>&amp;Hand Out Field Copy…</source>
        <translation>&amp;Distribuer une copie de terrain…</translation>
    </message>
    <message>
        <source>Write a copy of the project for a field team&apos;s laptop</source>
        <translation>Écrire une copie du projet pour l’ordinateur d’une équipe de terrain</translation>
    </message>
    <message>
        <source>Merge Histor&amp;y…</source>
        <translation>&amp;Historique des fusions…</translation>
    </message>
    <message>
        <source>Which files were merged into this project, and when</source>
        <translation>Quels fichiers ont été fusionnés dans ce projet, et quand</translation>
    </message>
    <message>
        <source>Merge Conflicts (%1)</source>
        <translation>Conflits de fusion (%1)</translation>
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
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Merge cancelled; nothing was changed</source>
        <translation>Fusion annulée&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>Nothing was merged</source>
        <translation>Rien n’a été fusionné</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <comment>%1: file names</comment>
        <translation>Fusion de %1…</translation>
    </message>
    <message>
        <source>The merge did not happen</source>
        <translation>La fusion n’a pas eu lieu</translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 updated, %4 in conflict. Backup: %5</source>
        <translation>Fusion de %1&#xa0;: %2 ajoutés, %3 mis à jour, %4 en conflit. Sauvegarde&#xa0;: %5</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Merge History</source>
        <translation>Historique des fusions</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files merged into “%1”&lt;/b&gt;, newest first</source>
        <translation>&lt;b&gt;Fichiers fusionnés dans «&#xa0;%1&#xa0;»&lt;/b&gt;, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files merged into this project&lt;/b&gt;, newest first</source>
        <translation>&lt;b&gt;Fichiers fusionnés dans ce projet&lt;/b&gt;, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>No files have been merged into this project yet.</source>
        <translation>Aucun fichier n’a encore été fusionné dans ce projet.</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>Merge Projects</source>
        <translation>Fusionner des projets</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workshops</source>
        <translation>
            <numerusform>%Ln atelier</numerusform>
            <numerusform>%Ln ateliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln groupe</numerusform>
            <numerusform>%Ln groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln basemap layers</source>
        <translation>
            <numerusform>%Ln couche de fond de carte</numerusform>
            <numerusform>%Ln couches de fond de carte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals</source>
        <translation>
            <numerusform>%Ln proposition</numerusform>
            <numerusform>%Ln propositions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln criteria sets</source>
        <translation>
            <numerusform>%Ln grille de critères</numerusform>
            <numerusform>%Ln grilles de critères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln criteria</source>
        <translation>
            <numerusform>%Ln critère</numerusform>
            <numerusform>%Ln critères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit walks</source>
        <translation>
            <numerusform>%Ln marche exploratoire</numerusform>
            <numerusform>%Ln marches exploratoires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln walk participants</source>
        <translation>
            <numerusform>%Ln participant à une marche</numerusform>
            <numerusform>%Ln participants aux marches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit points</source>
        <translation>
            <numerusform>%Ln point d’observation</numerusform>
            <numerusform>%Ln points d’observation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit scores</source>
        <translation>
            <numerusform>%Ln note de diagnostic</numerusform>
            <numerusform>%Ln notes de diagnostic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checklist answers</source>
        <translation>
            <numerusform>%Ln réponse à la liste de contrôle</numerusform>
            <numerusform>%Ln réponses à la liste de contrôle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reason tags</source>
        <translation>
            <numerusform>%Ln motif</numerusform>
            <numerusform>%Ln motifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln perception pins</source>
        <translation>
            <numerusform>%Ln repère de perception</numerusform>
            <numerusform>%Ln repères de perception</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents</source>
        <translation>
            <numerusform>%Ln incident enregistré</numerusform>
            <numerusform>%Ln incidents enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln partie prenante</numerusform>
            <numerusform>%Ln parties prenantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action partners</source>
        <translation>
            <numerusform>%Ln partenaire d’action</numerusform>
            <numerusform>%Ln partenaires d’action</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action links</source>
        <translation>
            <numerusform>%Ln lien d’action</numerusform>
            <numerusform>%Ln liens d’action</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln votes</source>
        <translation>
            <numerusform>%Ln vote</numerusform>
            <numerusform>%Ln votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos and files</source>
        <translation>
            <numerusform>%Ln photo ou fichier</numerusform>
            <numerusform>%Ln photos et fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln laptop names</source>
        <translation>
            <numerusform>%Ln nom d’ordinateur</numerusform>
            <numerusform>%Ln noms d’ordinateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records of %1</source>
        <translation>
            <numerusform>%Ln enregistrement de %1</numerusform>
            <numerusform>%Ln enregistrements de %1</numerusform>
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
            <numerusform>• %Ln nouvel enregistrement sera ajouté (%1).</numerusform>
            <numerusform>• %Ln nouveaux enregistrements seront ajoutés (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records changed only on that laptop will be updated to its version (%1).</source>
        <translation>
            <numerusform>• %Ln enregistrement modifié seulement sur cet ordinateur prendra sa version (%1).</numerusform>
            <numerusform>• %Ln enregistrements modifiés seulement sur cet ordinateur prendront sa version (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records were changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts.</source>
        <translation>
            <numerusform>• %Ln enregistrement a été modifié sur les deux ordinateurs&#xa0;: ce projet garde sa version et l’autre est mise de côté pour que vous choisissiez dans Conflits de fusion.</numerusform>
            <numerusform>• %Ln enregistrements ont été modifiés sur les deux ordinateurs&#xa0;: ce projet garde sa version et l’autre est mise de côté pour que vous choisissiez dans Conflits de fusion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records were changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts (%1).</source>
        <translation>
            <numerusform>• %Ln enregistrement a été modifié sur les deux ordinateurs&#xa0;: ce projet garde sa version et l’autre est mise de côté pour que vous choisissiez dans Conflits de fusion (%1).</numerusform>
            <numerusform>• %Ln enregistrements ont été modifiés sur les deux ordinateurs&#xa0;: ce projet garde sa version et l’autre est mise de côté pour que vous choisissiez dans Conflits de fusion (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records already waiting in Merge Conflicts from an earlier merge.</source>
        <translation>
            <numerusform>• %Ln enregistrement attend déjà dans Conflits de fusion depuis une fusion précédente.</numerusform>
            <numerusform>• %Ln enregistrements attendent déjà dans Conflits de fusion depuis une fusion précédente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records are the same in both, or newer here, and are skipped.</source>
        <translation>
            <numerusform>• %Ln enregistrement est identique des deux côtés, ou plus récent ici, et est ignoré.</numerusform>
            <numerusform>• %Ln enregistrements sont identiques des deux côtés, ou plus récents ici, et sont ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>• Nothing new: everything in this file is already in the project.</source>
        <translation>• Rien de nouveau&#xa0;: tout le contenu de ce fichier est déjà dans le projet.</translation>
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
        <translation>Fusionner des projets</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Merging %Ln files into “%1”&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Fusion de %Ln fichier dans «&#xa0;%1&#xa0;»&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Fusion de %Ln fichiers dans «&#xa0;%1&#xa0;»&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>A merge cannot be undone with Undo; the file is backed up first, to %1 beside it (open that copy to go back). The undo history is cleared, so that no earlier step can overwrite what came in.</source>
        <translation>Une fusion ne peut pas être annulée avec Annuler&#xa0;; le fichier est d’abord sauvegardé dans %1, à côté de lui (ouvrez cette copie pour revenir en arrière). L’historique des modifications est effacé, pour qu’aucune étape antérieure ne puisse écraser ce qui a été intégré.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
</context>
<context>
    <name>OpenRoomDialog</name>
    <message>
        <source>Open the Room</source>
        <translation>Ouvrir la salle</translation>
    </message>
    <message>
        <source>Phones on the same network as this computer (its hotspot, or the local router) join by scanning the code shown. Nothing goes to the internet.</source>
        <translation>Les téléphones sur le même réseau que cet ordinateur (son point d&apos;accès ou le routeur local) rejoignent la salle en scannant le code affiché. Rien ne passe par internet.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>The network the phones are on: this computer listens on it only</source>
        <translation>Le réseau des téléphones : cet ordinateur n&apos;écoute que sur celui-ci</translation>
    </message>
    <message>
        <source>This computer only (%1): no phone can reach it</source>
        <translation>Cet ordinateur seulement (%1) : aucun téléphone ne peut l&apos;atteindre</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a network&apos;s name and this computer&apos;s address on it</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The port phones connect to; 0 picks a free one</source>
        <translation>Le port auquel les téléphones se connectent ; 0 en choisit un libre</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>N&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>This computer is on no network: start its hotspot or join the room&apos;s Wi-Fi, then open the room again. Only this computer can reach the room now.</source>
        <translation>Cet ordinateur n&apos;est sur aucun réseau : activez son point d&apos;accès ou rejoignez le Wi-Fi de la salle, puis ouvrez la salle à nouveau. Pour l&apos;instant, seul cet ordinateur peut atteindre la salle.</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Safety audits</source>
        <translation>Diagnostics de sécurité</translation>
    </message>
    <message>
        <source>Perceptions and incidents</source>
        <translation>Perceptions et incidents</translation>
    </message>
    <message>
        <source>Proposals and action plan</source>
        <translation>Propositions et plan d’action</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>Fond de carte</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>Created %1
Last changed %2</source>
        <translation>Créé le %1
Dernière modification le %2</translation>
    </message>
    <message>
        <source>Privacy: counts and means for groups smaller than %1 are hidden, and so is any count from which one could be worked out</source>
        <translation>Confidentialité&#xa0;: les effectifs et moyennes des groupes de moins de %1 sont masqués, ainsi que tout effectif qui permettrait de les déduire</translation>
    </message>
</context>
<context>
    <name>PaperFeature</name>
    <message>
        <source>Print &amp;Group Maps…</source>
        <translation>Imprimer les cartes de &amp;groupe…</translation>
    </message>
    <message>
        <source>Print a map for each group to mark with dot stickers, and read a photo of it back later</source>
        <translation>Imprimer une carte par groupe à marquer avec des gommettes, et en relire plus tard une photo</translation>
    </message>
    <message>
        <source>Read &amp;Paper Sheets…</source>
        <translation>Lire les feuilles &amp;papier…</translation>
    </message>
    <message>
        <source>Add the dot stickers on photos of printed group maps to the project</source>
        <translation>Ajouter au projet les gommettes des photos de cartes de groupe imprimées</translation>
    </message>
    <message>
        <source>Print Audit S&amp;heets…</source>
        <translation>Imprimer les feuilles de &amp;marche…</translation>
    </message>
    <message>
        <source>Print tick-box sheets for an audit walk&apos;s points, and read a photo of them back later</source>
        <translation>Imprimer des feuilles à cases pour les points d’une marche exploratoire, et en lire plus tard une photo</translation>
    </message>
</context>
<context>
    <name>PaperMap</name>
    <message numerus="yes">
        <source>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %Ln points. Three points always fit exactly: add a fourth to check them.</source>
        <translation>
            <numerusform>&lt;b&gt;Ajustement&#xa0;: erreur quadratique moyenne %1 m&lt;/b&gt; sur %Ln point. Trois points s’ajustent toujours exactement&#xa0;: ajoutez-en un quatrième pour les vérifier.</numerusform>
            <numerusform>&lt;b&gt;Ajustement&#xa0;: erreur quadratique moyenne %1 m&lt;/b&gt; sur %Ln points. Trois points s’ajustent toujours exactement&#xa0;: ajoutez-en un quatrième pour les vérifier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %Ln points. A point far off the others was probably clicked in the wrong place.</source>
        <translation>
            <numerusform>&lt;b&gt;Ajustement&#xa0;: erreur quadratique moyenne %1 m&lt;/b&gt; sur %Ln point. Un point très éloigné des autres a sans doute été cliqué au mauvais endroit.</numerusform>
            <numerusform>&lt;b&gt;Ajustement&#xa0;: erreur quadratique moyenne %1 m&lt;/b&gt; sur %Ln points. Un point très éloigné des autres a sans doute été cliqué au mauvais endroit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperMapDialog</name>
    <message>
        <source>Place Paper Map</source>
        <translation>Placer une carte papier</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Photo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>On the photo (pixels)</source>
        <translation>Sur la photo (pixels)</translation>
    </message>
    <message>
        <source>On the map (lon, lat)</source>
        <translation>Sur la carte (lon, lat)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Remove Point</source>
        <translation>&amp;Retirer le point</translation>
    </message>
    <message>
        <source>&amp;Undo Last</source>
        <translation>&amp;Annuler le dernier</translation>
    </message>
    <message>
        <source>Backspace</source>
        <comment>the key</comment>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>opacity</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Layer &amp;name:</source>
        <translation>&amp;Nom de la couche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>&amp;Opacité&#xa0;:</translation>
    </message>
    <message>
        <source>Place Map</source>
        <translation>Placer la carte</translation>
    </message>
    <message>
        <source>Click the place on the photo first, then the same place on the map.</source>
        <translation>Cliquez d’abord sur le lieu dans la photo, puis sur le même lieu sur la carte.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence without its full stop</comment>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln more points to place the map.</source>
        <translation>
            <numerusform>Ajoutez encore %Ln point pour placer la carte.</numerusform>
            <numerusform>Ajoutez encore %Ln points pour placer la carte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 m</source>
        <comment>metres</comment>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Now click the same place on the map (point %1). Drag to move the map, scroll to zoom.</source>
        <translation>Cliquez maintenant sur le même lieu sur la carte (point %1). Glissez pour déplacer la carte, faites défiler pour zoomer.</translation>
    </message>
    <message>
        <source>Click a place you can recognise on the photo — a corner, a bridge, a junction.</source>
        <translation>Cliquez sur un lieu reconnaissable sur la photo — un angle, un pont, un carrefour.</translation>
    </message>
    <message>
        <source>The map was not placed: %1.</source>
        <translation>La carte n’a pas été placée&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>PaperReview</name>
    <message>
        <source>two stickers touching</source>
        <translation>deux gommettes qui se touchent</translation>
    </message>
    <message>
        <source>a sticker half off the map</source>
        <translation>une gommette à moitié hors de la carte</translation>
    </message>
    <message>
        <source>a sticker cut by the photo&apos;s edge</source>
        <translation>une gommette coupée par le bord de la photo</translation>
    </message>
    <message>
        <source>its number is not sure (%1?)</source>
        <translation>son numéro n&apos;est pas sûr (%1 ?)</translation>
    </message>
    <message>
        <source>writing beside it that is no number</source>
        <translation>une écriture à côté qui n&apos;est pas un numéro</translation>
    </message>
    <message>
        <source>smaller than a sticker: maybe a pen&apos;s mark</source>
        <translation>plus petite qu&apos;une gommette&#xa0;: peut-être un trait de stylo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dots</source>
        <translation>
            <numerusform>%Ln point</numerusform>
            <numerusform>%Ln points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pen lines</source>
        <translation>
            <numerusform>%Ln trait de stylo</numerusform>
            <numerusform>%Ln traits de stylo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pen shapes</source>
        <comment>a closed pen line: an area</comment>
        <translation>
            <numerusform>%Ln forme au stylo</numerusform>
            <numerusform>%Ln formes au stylo</numerusform>
        </translation>
    </message>
    <message>
        <source>no marks</source>
        <translation>aucune marque</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>two counts of a list: 3 dots, 1 pen line</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>a faint or irregular mark</source>
        <translation>une marque pâle ou irrégulière</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Private contact</source>
        <translation>Contact privé</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Contacts are never exported by default. Add one only when the person asks to be contacted.</source>
        <translation>Les coordonnées ne sont jamais exportées par défaut. N’en ajoutez que si la personne demande à être contactée.</translation>
    </message>
    <message>
        <source>Participants — %1</source>
        <translation>Participants — %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>The workshop&apos;s participants: edit a cell in place, each change one undo step</source>
        <translation>Les participants de l’atelier&#xa0;: modifiez une cellule directement, chaque modification est une étape d’annulation</translation>
    </message>
    <message>
        <source>Keys as on the sign-in sheet — &lt;b&gt;Gender&lt;/b&gt; %1 · &lt;b&gt;Age&lt;/b&gt; 1–6 · &lt;b&gt;Role&lt;/b&gt; first letter(s) · &lt;b&gt;Group&lt;/b&gt; 1–9, 0 none · &lt;b&gt;Space&lt;/b&gt; consent · double-click for a list. Every change is saved at once and can be undone (Ctrl+Z).</source>
        <translation>Mêmes touches que sur la feuille d’émargement — &lt;b&gt;Genre&lt;/b&gt; %1 · &lt;b&gt;Âge&lt;/b&gt; 1–6 · &lt;b&gt;Rôle&lt;/b&gt; première(s) lettre(s) · &lt;b&gt;Groupe&lt;/b&gt; 1–9, 0 aucun · &lt;b&gt;Espace&lt;/b&gt; consentement · double-clic pour une liste. Chaque modification est enregistrée aussitôt et peut être annulée (Ctrl+Z).</translation>
    </message>
    <message>
        <source>This project is open read-only: participants can be viewed, not changed.</source>
        <translation>Ce projet est ouvert en lecture seule&#xa0;: les participants peuvent être consultés, pas modifiés.</translation>
    </message>
    <message>
        <source>Show private contact column</source>
        <translation>Afficher la colonne des contacts privés</translation>
    </message>
    <message>
        <source>&lt;b&gt;Private:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Privé&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected participants and their votes (Undo brings them back)</source>
        <translation>Supprimer les participants sélectionnés et leurs votes (Annuler les rétablit)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>A participant needs a code.</source>
        <translation>Un participant doit avoir un code.</translation>
    </message>
    <message>
        <source>%1 is already used in this workshop — codes must be unique.</source>
        <translation>%1 est déjà utilisé dans cet atelier — les codes doivent être uniques.</translation>
    </message>
    <message>
        <source>Change code of %1 to %2</source>
        <translation>Changer le code de %1 en %2</translation>
    </message>
    <message>
        <source>Change gender of %1</source>
        <translation>Changer le genre de %1</translation>
    </message>
    <message>
        <source>Change age band of %1</source>
        <translation>Changer la tranche d’âge de %1</translation>
    </message>
    <message>
        <source>Change role of %1</source>
        <translation>Changer le rôle de %1</translation>
    </message>
    <message>
        <source>Change group of %1</source>
        <translation>Changer le groupe de %1</translation>
    </message>
    <message>
        <source>Change disability of %1</source>
        <translation>Changer le handicap de %1</translation>
    </message>
    <message>
        <source>Change consent of %1</source>
        <translation>Changer le consentement de %1</translation>
    </message>
    <message>
        <source>Change private contact of %1</source>
        <translation>Changer le contact privé de %1</translation>
    </message>
    <message>
        <source>Change code of %1</source>
        <translation>Changer le code de %1</translation>
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
            <numerusform>Supprimer %Ln participant (%1) et ses %2&#xa0;? Annuler (Ctrl+Z) les rétablit.</numerusform>
            <numerusform>Supprimer %Ln participants (%1) et leurs %2&#xa0;? Annuler (Ctrl+Z) les rétablit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln votes</source>
        <translation>
            <numerusform>%Ln vote</numerusform>
            <numerusform>%Ln votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln participants (%1)? Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Supprimer %Ln participant (%1)&#xa0;? Annuler (Ctrl+Z) le rétablit.</numerusform>
            <numerusform>Supprimer %Ln participants (%1)&#xa0;? Annuler (Ctrl+Z) les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete participants</source>
        <translation>Supprimer des participants</translation>
    </message>
    <message numerus="yes">
        <source>Delete participants %1</source>
        <translation>
            <numerusform>Supprimer le participant %1</numerusform>
            <numerusform>Supprimer les participants %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln participants</source>
        <translation>
            <numerusform>Supprimer %Ln participant</numerusform>
            <numerusform>Supprimer %Ln participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersField</name>
    <message>
        <source>Responsible for this action</source>
        <translation>Responsable de cette action</translation>
    </message>
</context>
<context>
    <name>PdfPathRow</name>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PerceptionFilterPanel</name>
    <message>
        <source>Workshop:</source>
        <translation>Atelier&#xa0;:</translation>
    </message>
    <message>
        <source>Show only some workshop choices</source>
        <translation>N’afficher que certains ateliers</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Show only some group choices</source>
        <translation>N’afficher que certains groupes</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Genre&#xa0;:</translation>
    </message>
    <message>
        <source>Show only some gender choices</source>
        <translation>N’afficher que certains genres</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Âge&#xa0;:</translation>
    </message>
    <message>
        <source>Show only some age choices</source>
        <translation>N’afficher que certaines tranches d’âge</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Show only some role choices</source>
        <translation>N’afficher que certains rôles</translation>
    </message>
    <message>
        <source>Time of day:</source>
        <translation>Moment de la journée&#xa0;:</translation>
    </message>
    <message>
        <source>Show only some time of day choices</source>
        <translation>N’afficher que certains moments de la journée</translation>
    </message>
    <message>
        <source>Only these dates:</source>
        <translation>Seulement ces dates&#xa0;:</translation>
    </message>
    <message>
        <source>Only these dates</source>
        <translation>Seulement ces dates</translation>
    </message>
    <message>
        <source>Keep only audits and pins from the dates below</source>
        <translation>Ne garder que les diagnostics et repères des dates ci-dessous</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Première date</translation>
    </message>
    <message>
        <source>The first date to keep</source>
        <translation>La première date à garder</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Dernière date</translation>
    </message>
    <message>
        <source>The last date to keep</source>
        <translation>La dernière date à garder</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>au</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every audit and pin again</source>
        <translation>Afficher de nouveau tous les diagnostics et repères</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Rien d’enregistré pour l’instant</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no choice of a filter</comment>
        <translation>Aucun</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln choisi</numerusform>
            <numerusform>%Ln choisis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerceptionMap</name>
    <message>
        <source>Perceptions</source>
        <translation>Perceptions</translation>
    </message>
    <message>
        <source>Recorded incidents (imported data)</source>
        <translation>Incidents enregistrés (données importées)</translation>
    </message>
    <message>
        <source>Recorded incident: %1</source>
        <translation>Incident enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recorded incident: unspecified</source>
        <translation>Incident enregistré&#xa0;: non précisé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a recorded time of day (its band: day, dusk or night)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a time of day</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Recorded incident</source>
        <translation>Incident enregistré</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a date</comment>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Safety score</source>
        <translation>Note de sécurité</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Marche</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>a walk&apos;s title (time of day, date)</comment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Untitled walk</source>
        <translation>Marche sans titre</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>%1 of 3</source>
        <translation>%1 sur 3</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Audit point %1 — dark spot</source>
        <translation>Point d’observation %1 — point noir d’éclairage</translation>
    </message>
    <message>
        <source>Audit point %1</source>
        <translation>Point d’observation %1</translation>
    </message>
    <message>
        <source>Audit point</source>
        <translation>Point d’observation</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Moment de la journée</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>%1 of 5 (1 very unsafe, 5 very safe)</source>
        <translation>%1 sur 5 (1 très peu sûr, 5 très sûr)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>Placé par</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Sent from a phone: awaiting approval in the Room panel</source>
        <translation>Envoyé depuis un téléphone : en attente de validation dans le panneau Salle</translation>
    </message>
    <message>
        <source>Feels safe</source>
        <translation>Se sent en sécurité</translation>
    </message>
    <message>
        <source>Feels unsafe</source>
        <translation>Se sent en insécurité</translation>
    </message>
    <message>
        <source>Perception pin</source>
        <translation>Repère de perception</translation>
    </message>
    <message>
        <source>Audit walk by day</source>
        <translation>Marche exploratoire de jour</translation>
    </message>
    <message>
        <source>Audit walk at dusk</source>
        <translation>Marche exploratoire au crépuscule</translation>
    </message>
    <message>
        <source>Audit walk at night</source>
        <translation>Marche exploratoire de nuit</translation>
    </message>
    <message>
        <source>Heat of unsafe pins (%1 m): fewer → more</source>
        <translation>Densité des repères peu sûrs (%1 m)&#xa0;: moins → plus</translation>
    </message>
    <message>
        <source>Heat of low audit scores (%1 m): fewer → more</source>
        <translation>Densité des notes basses du diagnostic (%1 m)&#xa0;: moins → plus</translation>
    </message>
    <message>
        <source>Heat of recorded incidents (%1 m): fewer → more</source>
        <translation>Densité des incidents enregistrés (%1 m)&#xa0;: moins → plus</translation>
    </message>
    <message>
        <source>Heat map (%1 m): fewer → more</source>
        <translation>Carte de densité (%1 m)&#xa0;: moins → plus</translation>
    </message>
    <message>
        <source>Pin and incident locations blurred to a %1 m grid</source>
        <translation>Positions des repères et des incidents floutées sur une grille de %1 m</translation>
    </message>
    <message>
        <source>Pin locations blurred to a %1 m grid</source>
        <translation>Positions des repères floutées sur une grille de %1 m</translation>
    </message>
    <message>
        <source>Incident locations blurred to a %1 m grid</source>
        <translation>Positions des incidents floutées sur une grille de %1 m</translation>
    </message>
    <message>
        <source>Audit points (safety score)</source>
        <translation>Points d’observation (note de sécurité)</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>Repères de perception</translation>
    </message>
    <message>
        <source>Audit walk routes</source>
        <translation>Itinéraires des marches exploratoires</translation>
    </message>
    <message>
        <source>Recorded incidents</source>
        <translation>Incidents enregistrés</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Carte de densité</translation>
    </message>
    <message>
        <source>Show audit points (safety score) on the map</source>
        <translation>Afficher les points d’observation (note de sécurité) sur la carte</translation>
    </message>
    <message>
        <source>Show perception pins on the map</source>
        <translation>Afficher les repères de perception sur la carte</translation>
    </message>
    <message>
        <source>Show audit walk routes on the map</source>
        <translation>Afficher les itinéraires des marches exploratoires sur la carte</translation>
    </message>
    <message>
        <source>Show recorded incidents on the map</source>
        <translation>Afficher les incidents enregistrés sur la carte</translation>
    </message>
    <message>
        <source>Show heat map on the map</source>
        <translation>Afficher la carte de densité sur la carte</translation>
    </message>
    <message>
        <source>Safety score 0–1 poor</source>
        <translation>Note de sécurité 0–1 mauvaise</translation>
    </message>
    <message>
        <source>Safety score 1–2</source>
        <translation>Note de sécurité 1–2</translation>
    </message>
    <message>
        <source>Safety score 2–3</source>
        <translation>Note de sécurité 2–3</translation>
    </message>
    <message>
        <source>Safety score 3–4</source>
        <translation>Note de sécurité 3–4</translation>
    </message>
    <message>
        <source>Safety score 4–5 good</source>
        <translation>Note de sécurité 4–5 bonne</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Dark spot (lighting scored 0)</source>
        <translation>Point noir d’éclairage (éclairage noté 0)</translation>
    </message>
    <message>
        <source>Recorded incident (imported data)</source>
        <translation>Incident enregistré (données importées)</translation>
    </message>
    <message>
        <source>Make the heat map from unsafe pins</source>
        <translation>Construire la carte de densité à partir des repères peu sûrs</translation>
    </message>
    <message>
        <source>Make the heat map from low audit scores</source>
        <translation>Construire la carte de densité à partir des notes basses du diagnostic</translation>
    </message>
    <message>
        <source>Make the heat map from recorded incidents</source>
        <translation>Construire la carte de densité à partir des incidents enregistrés</translation>
    </message>
    <message>
        <source>Unsafe pins</source>
        <translation>Repères peu sûrs</translation>
    </message>
    <message>
        <source>Low audit scores</source>
        <translation>Notes basses du diagnostic</translation>
    </message>
</context>
<context>
    <name>PerceptionMapPanel</name>
    <message>
        <source>Walked by day</source>
        <translation>Parcourue de jour</translation>
    </message>
    <message>
        <source>Walked at dusk</source>
        <translation>Parcourue au crépuscule</translation>
    </message>
    <message>
        <source>Walked at night</source>
        <translation>Parcourue de nuit</translation>
    </message>
    <message>
        <source>Imported police or other records, not perceptions: only the date filter applies.</source>
        <translation>Registres importés de la police ou d’autres sources, pas des perceptions&#xa0;: seul le filtre de date s’applique.</translation>
    </message>
    <message>
        <source>Heat map of</source>
        <comment>followed by the heat map&apos;s source</comment>
        <translation>Carte de densité&#xa0;:</translation>
    </message>
    <message>
        <source>Heat map source</source>
        <translation>Source de la carte de densité</translation>
    </message>
    <message>
        <source>What the heat map is made of</source>
        <translation>Ce à partir de quoi la carte de densité est construite</translation>
    </message>
    <message>
        <source>Heat radius</source>
        <translation>Rayon de densité</translation>
    </message>
    <message>
        <source> m</source>
        <comment>metres after a number</comment>
        <translation> m</translation>
    </message>
    <message>
        <source>How far each point&apos;s heat reaches</source>
        <translation>Jusqu’où s’étend l’influence de chaque point</translation>
    </message>
    <message>
        <source>Heat radius slider</source>
        <translation>Curseur du rayon de densité</translation>
    </message>
    <message>
        <source>Radius:</source>
        <translation>Rayon&#xa0;:</translation>
    </message>
    <message>
        <source>fewer</source>
        <comment>heat map scale</comment>
        <translation>moins</translation>
    </message>
    <message>
        <source>more</source>
        <comment>heat map scale</comment>
        <translation>plus</translation>
    </message>
    <message>
        <source>On the map: %1 · %2 · %3 · %4</source>
        <translation>Sur la carte&#xa0;: %1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit points</source>
        <translation>
            <numerusform>%Ln point d’observation</numerusform>
            <numerusform>%Ln points d’observation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins</source>
        <translation>
            <numerusform>%Ln repère</numerusform>
            <numerusform>%Ln repères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln routes</source>
        <translation>
            <numerusform>%Ln itinéraire</numerusform>
            <numerusform>%Ln itinéraires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents</source>
        <translation>
            <numerusform>%Ln incident enregistré</numerusform>
            <numerusform>%Ln incidents enregistrés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerceptionTools</name>
    <message>
        <source>&amp;Finish Route</source>
        <translation>&amp;Terminer l’itinéraire</translation>
    </message>
    <message>
        <source>&amp;Remove Last Point</source>
        <translation>&amp;Retirer le dernier point</translation>
    </message>
    <message>
        <source>&amp;Cancel Route</source>
        <translation>&amp;Annuler l’itinéraire</translation>
    </message>
</context>
<context>
    <name>PhotoSection</name>
    <message>
        <source>Add Photo…</source>
        <translation>Ajouter une photo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected photo (Undo brings it back)</source>
        <translation>Retirer la photo sélectionnée (Annuler la rétablit)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Add photo to “%1”</source>
        <translation>Ajouter une photo à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln photos to “%1”</source>
        <translation>
            <numerusform>Ajouter %Ln photo à «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Ajouter %Ln photos à «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo from “%1”</source>
        <translation>Retirer la photo de «&#xa0;%1&#xa0;»</translation>
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
Double-cliquez pour agrandir</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>1 — very unsafe</source>
        <translation>1 — très peu sûr</translation>
    </message>
    <message>
        <source>2 — unsafe</source>
        <translation>2 — peu sûr</translation>
    </message>
    <message>
        <source>3 — neither</source>
        <translation>3 — ni l’un ni l’autre</translation>
    </message>
    <message>
        <source>4 — safe</source>
        <translation>4 — sûr</translation>
    </message>
    <message>
        <source>5 — very safe</source>
        <translation>5 — très sûr</translation>
    </message>
    <message>
        <source>Edit Perception Pin</source>
        <translation>Modifier le repère de perception</translation>
    </message>
    <message>
        <source>New Perception Pin</source>
        <translation>Nouveau repère de perception</translation>
    </message>
    <message>
        <source>&amp;Safe</source>
        <translation>&amp;Sûr</translation>
    </message>
    <message>
        <source>&amp;Unsafe</source>
        <translation>P&amp;eu sûr</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <source>What happened here, or why it feels this way (optional)</source>
        <translation>Ce qui s’est passé ici, ou pourquoi on ressent cela (facultatif)</translation>
    </message>
    <message>
        <source>Anonymous (no code)</source>
        <translation>Anonyme (sans code)</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>Sca&amp;le</source>
        <translation>É&amp;chelle</translation>
    </message>
    <message>
        <source>&amp;Reasons</source>
        <translation>&amp;Motifs</translation>
    </message>
    <message>
        <source>S&amp;tory</source>
        <translation>&amp;Témoignage</translation>
    </message>
    <message>
        <source>Time of &amp;day</source>
        <translation>Moment de la &amp;journée</translation>
    </message>
    <message>
        <source>&amp;Placed by</source>
        <translation>&amp;Placé par</translation>
    </message>
    <message>
        <source>Delete Pin</source>
        <translation>Supprimer le repère</translation>
    </message>
</context>
<context>
    <name>PinFlow</name>
    <message>
        <source>&amp;Edit Pin…</source>
        <translation>&amp;Modifier le repère…</translation>
    </message>
    <message>
        <source>Delete &amp;Pin</source>
        <translation>Supprimer le &amp;repère</translation>
    </message>
    <message>
        <source>Add unsafe pin</source>
        <translation>Ajouter un repère peu sûr</translation>
    </message>
    <message>
        <source>Add safe pin</source>
        <translation>Ajouter un repère sûr</translation>
    </message>
    <message>
        <source>Edit unsafe pin</source>
        <translation>Modifier le repère peu sûr</translation>
    </message>
    <message>
        <source>Edit safe pin</source>
        <translation>Modifier le repère sûr</translation>
    </message>
    <message>
        <source>Delete unsafe pin</source>
        <translation>Supprimer le repère peu sûr</translation>
    </message>
    <message>
        <source>Delete safe pin</source>
        <translation>Supprimer le repère sûr</translation>
    </message>
</context>
<context>
    <name>PinsPanel</name>
    <message>
        <source>Edit Pin…</source>
        <translation>Modifier le repère…</translation>
    </message>
    <message>
        <source>Change the selected pin</source>
        <translation>Modifier le repère sélectionné</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete Pin</source>
        <translation>Supprimer le repère</translation>
    </message>
    <message>
        <source>Delete the selected pin (Undo brings it back)</source>
        <translation>Supprimer le repère sélectionné (Annuler le rétablit)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>Repères de perception</translation>
    </message>
    <message>
        <source>The pins placed on the map; select one to see it</source>
        <translation>Les repères placés sur la carte&#xa0;; sélectionnez-en un pour le voir</translation>
    </message>
    <message>
        <source>%1 %2/5</source>
        <comment>a feeling and its scale</comment>
        <translation>%1 %2/5</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins in no workshop</source>
        <translation>
            <numerusform>%Ln repère hors atelier</numerusform>
            <numerusform>%Ln repères hors atelier</numerusform>
        </translation>
    </message>
    <message>
        <source>No pins in no workshop yet: use the Perception Pin tool (N) on the map.</source>
        <translation>Aucun repère hors atelier pour l’instant&#xa0;: utilisez l’outil Repère de perception (N) sur la carte.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins in %1</source>
        <translation>
            <numerusform>%Ln repère dans %1</numerusform>
            <numerusform>%Ln repères dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No pins in %1 yet: use the Perception Pin tool (N) on the map.</source>
        <translation>Aucun repère dans %1 pour l’instant&#xa0;: utilisez l’outil Repère de perception (N) sur la carte.</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Click proposals, audit points or pins on the map to link them; Escape when done</source>
        <translation>Cliquez sur des propositions, des points d’observation ou des repères sur la carte pour les lier&#xa0;; Échap pour terminer</translation>
    </message>
    <message>
        <source>Nothing to link there: click on a proposal, an audit point or a pin</source>
        <translation>Rien à lier ici&#xa0;: cliquez sur une proposition, un point d’observation ou un repère</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>A stakeholder needs a name</source>
        <translation>Une partie prenante doit avoir un nom</translation>
    </message>
    <message>
        <source>Unknown sector: %1 (expected one of %2)</source>
        <translation>Secteur inconnu&#xa0;: %1 (attendu&#xa0;: l’un de %2)</translation>
    </message>
    <message>
        <source>The influence must be a whole number from 1 to 5, not %1</source>
        <translation>L’influence doit être un nombre entier de 1 à 5, pas %1</translation>
    </message>
    <message>
        <source>The interest must be a whole number from 1 to 5, not %1</source>
        <translation>L’intérêt doit être un nombre entier de 1 à 5, pas %1</translation>
    </message>
    <message>
        <source>An action needs a title</source>
        <translation>Une action doit avoir un titre</translation>
    </message>
    <message>
        <source>Unknown CPTED principle: %1 (expected one of %2)</source>
        <translation>Principe CPTED inconnu&#xa0;: %1 (attendu&#xa0;: l’un de %2)</translation>
    </message>
    <message>
        <source>Unknown prevention approach: %1 (expected one of %2)</source>
        <translation>Approche de prévention inconnue&#xa0;: %1 (attendu&#xa0;: l’une de %2)</translation>
    </message>
    <message>
        <source>Unknown timeframe: %1 (expected one of %2)</source>
        <translation>Échéance inconnue&#xa0;: %1 (attendu&#xa0;: l’une de %2)</translation>
    </message>
    <message>
        <source>Unknown action status: %1 (expected one of %2)</source>
        <translation>Statut d’action inconnu&#xa0;: %1 (attendu&#xa0;: l’un de %2)</translation>
    </message>
    <message>
        <source>The start date must be a date like 2026-03-17, not %1</source>
        <translation>La date de début doit être une date comme 2026-03-17, pas %1</translation>
    </message>
    <message>
        <source>The end date must be a date like 2026-03-17, not %1</source>
        <translation>La date de fin doit être une date comme 2026-03-17, pas %1</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2</source>
        <translation>La date de fin %1 est antérieure à la date de début %2</translation>
    </message>
    <message>
        <source>The estimated cost cannot be negative (%1)</source>
        <translation>Le coût estimé ne peut pas être négatif (%1)</translation>
    </message>
    <message>
        <source>A priority is 1 (highest) or more, not %1</source>
        <translation>Une priorité vaut 1 (la plus haute) ou plus, pas %1</translation>
    </message>
    <message>
        <source>No stakeholder with id %1 in the register</source>
        <translation>Aucune partie prenante d’identifiant %1 dans le registre</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>Proposition sans titre</translation>
    </message>
    <message>
        <source>Proposal “%1”</source>
        <translation>Proposition «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Proposal (deleted)</source>
        <translation>Proposition (supprimée)</translation>
    </message>
    <message>
        <source>Audit point (deleted)</source>
        <translation>Point d’observation (supprimé)</translation>
    </message>
    <message>
        <source>Audit point %1 of “%2”</source>
        <translation>Point d’observation %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Audit point %1</source>
        <translation>Point d’observation %1</translation>
    </message>
    <message>
        <source>Perception pin (deleted)</source>
        <translation>Repère de perception (supprimé)</translation>
    </message>
    <message>
        <source>%1 pin (%2)</source>
        <comment>a feeling and a time of day: “Unsafe pin (night)”</comment>
        <translation>Repère %1 (%2)</translation>
    </message>
    <message>
        <source>Recorded incident (deleted)</source>
        <translation>Incident enregistré (supprimé)</translation>
    </message>
    <message>
        <source>Recorded incident: %1</source>
        <translation>Incident enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>uncategorised</source>
        <translation>non catégorisé</translation>
    </message>
    <message>
        <source>No audit scores at the linked places yet</source>
        <translation>Aucune note de diagnostic aux lieux liés pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %Ln audit points</source>
        <translation>
            <numerusform>Note de sécurité moyenne %1 / 5 sur %Ln point d’observation</numerusform>
            <numerusform>Note de sécurité moyenne %1 / 5 sur %Ln points d’observation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %Ln audit points (%2)</source>
        <translation>
            <numerusform>Note de sécurité moyenne %1 / 5 sur %Ln point d’observation (%2)</numerusform>
            <numerusform>Note de sécurité moyenne %1 / 5 sur %Ln points d’observation (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %Ln audit points (%2 to %3)</source>
        <translation>
            <numerusform>Note de sécurité moyenne %1 / 5 sur %Ln point d’observation (%2 à %3)</numerusform>
            <numerusform>Note de sécurité moyenne %1 / 5 sur %Ln points d’observation (%2 à %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed proposal</source>
        <translation>Proposition retirée</translation>
    </message>
    <message>
        <source>Removed audit point</source>
        <translation>Point d’observation retiré</translation>
    </message>
    <message>
        <source>Removed perception pin</source>
        <translation>Repère de perception retiré</translation>
    </message>
    <message>
        <source>Removed recorded incident</source>
        <translation>Incident enregistré retiré</translation>
    </message>
    <message>
        <source>That proposal is linked already</source>
        <translation>Cette proposition est déjà liée</translation>
    </message>
    <message>
        <source>That audit point is linked already</source>
        <translation>Ce point d’observation est déjà lié</translation>
    </message>
    <message>
        <source>That perception pin is linked already</source>
        <translation>Ce repère de perception est déjà lié</translation>
    </message>
    <message>
        <source>That recorded incident is linked already</source>
        <translation>Cet incident enregistré est déjà lié</translation>
    </message>
    <message>
        <source>Safe pin (%1)</source>
        <translation>Repère sûr (%1)</translation>
    </message>
    <message>
        <source>Unsafe pin (%1)</source>
        <translation>Repère peu sûr (%1)</translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation>Proposition&#xa0;: %1</translation>
    </message>
    <message>
        <source>Audit point %1 · %2</source>
        <comment>%1: its number; %2: its walk&apos;s title</comment>
        <translation>Point d’observation %1 · %2</translation>
    </message>
    <message>
        <source>untitled walk</source>
        <translation>marche sans titre</translation>
    </message>
    <message>
        <source>%1 pin (%2)</source>
        <comment>%1: how people feel there; %2: the time of day</comment>
        <translation>Repère %1 (%2)</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <comment>%1: its category and date</comment>
        <translation>Incident&#xa0;: %1</translation>
    </message>
    <message>
        <source>— (no votes yet)</source>
        <translation>— (pas encore de votes)</translation>
    </message>
    <message>
        <source>%1 (votes)</source>
        <comment>a priority taken from the votes</comment>
        <translation>%1 (votes)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no supporting partners</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1
Responsible: %2
Supporting: %3</source>
        <comment>%1: an action&apos;s title; %2, %3: partners&apos; names</comment>
        <translation>%1
Responsable&#xa0;: %2
En appui&#xa0;: %3</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l’instant</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a timeline card: an action&apos;s status · its responsible partner</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>nobody responsible yet</source>
        <translation>pas encore de responsable</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <source>Export Plan (PDF)</source>
        <translation>Exporter le plan (PDF)</translation>
    </message>
    <message>
        <source>&amp;A4</source>
        <translation>&amp;A4</translation>
    </message>
    <message>
        <source>&amp;Letter (US)</source>
        <translation>&amp;Lettre (US)</translation>
    </message>
    <message>
        <source>&amp;Public version</source>
        <translation>Version &amp;publique</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Choisir où enregistrer le PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>For anyone: the website, a notice board, the press. Perception pins are moved to the centre of a %1 m grid square so no one&apos;s spot can be found, and stories, comments and notes are left out.</source>
        <translation>Pour tout public&#xa0;: le site web, un panneau d’affichage, la presse. Les repères de perception sont déplacés au centre d’un carré de %1 m pour qu’aucun emplacement ne puisse être retrouvé, et les témoignages, commentaires et notes sont omis.</translation>
    </message>
    <message>
        <source>Untick for the partners who carry out the plan: pins at their places, with stories and comments. Contacts are never printed in either version.</source>
        <translation>Décochez pour les partenaires qui mettent en œuvre le plan&#xa0;: repères à leur emplacement, avec témoignages et commentaires. Les coordonnées ne sont imprimées dans aucune des deux versions.</translation>
    </message>
    <message>
        <source>The plan was not exported</source>
        <translation>Le plan n’a pas été exporté</translation>
    </message>
    <message>
        <source>PDF documents (%1)</source>
        <translation>Documents PDF (%1)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>Le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>Drawing the maps…</source>
        <translation>Dessin des cartes…</translation>
    </message>
    <message>
        <source>The maps could not be drawn (%1)</source>
        <translation>Les cartes n’ont pas pu être dessinées (%1)</translation>
    </message>
    <message>
        <source>Gathering the plan</source>
        <translation>Rassemblement du plan</translation>
    </message>
    <message>
        <source>Writing the plan</source>
        <translation>Écriture du plan</translation>
    </message>
    <message>
        <source>Exporting the plan…</source>
        <translation>Export du plan…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Plan exported</source>
        <translation>Plan exporté</translation>
    </message>
    <message>
        <source>The plan was saved as %1.</source>
        <translation>Le plan a été enregistré sous %1.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>PlanExports</name>
    <message>
        <source>Export Actions (CSV)</source>
        <translation>Exporter les actions (CSV)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (%1)</source>
        <translation>Feuilles de calcul CSV (%1)</translation>
    </message>
    <message>
        <source>Writing the actions</source>
        <translation>Écriture des actions</translation>
    </message>
    <message>
        <source>Exporting the actions…</source>
        <translation>Export des actions…</translation>
    </message>
    <message>
        <source>The actions were not exported</source>
        <translation>Les actions n’ont pas été exportées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions written to %1 (linked pins and incidents at %2 m, not their exact places)</source>
        <translation>
            <numerusform>%Ln action écrite dans %1 (repères et incidents liés à %2 m près, pas à leur emplacement exact)</numerusform>
            <numerusform>%Ln actions écrites dans %1 (repères et incidents liés à %2 m près, pas à leur emplacement exact)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the layers…</source>
        <translation>Export des couches…</translation>
    </message>
    <message>
        <source>The layers were not exported</source>
        <translation>Les couches n’ont pas été exportées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln public files written to %1</source>
        <translation>
            <numerusform>%Ln fichier public écrit dans %1</numerusform>
            <numerusform>%Ln fichiers publics écrits dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files written to %1</source>
        <translation>
            <numerusform>%Ln fichier écrit dans %1</numerusform>
            <numerusform>%Ln fichiers écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Export annulé&#xa0;; aucun fichier n’a été écrit</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a finished export&apos;s message, as a sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>PlanFeature</name>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>&amp;New Action…</source>
        <translation>&amp;Nouvelle action…</translation>
    </message>
    <message>
        <source>Add an action to the plan from scratch</source>
        <translation>Ajouter au plan une action partant de zéro</translation>
    </message>
    <message>
        <source>&amp;Create Action from Proposal</source>
        <translation>&amp;Créer une action à partir de la proposition</translation>
    </message>
    <message>
        <source>Turn the selected proposal into an action, linked to it</source>
        <translation>Transformer la proposition sélectionnée en action liée à elle</translation>
    </message>
    <message>
        <source>Add &amp;Stakeholder…</source>
        <translation>Ajou&amp;ter une partie prenante…</translation>
    </message>
    <message>
        <source>Add a department, business, community group or NGO</source>
        <translation>Ajouter un service, une entreprise, un groupe communautaire ou une ONG</translation>
    </message>
    <message>
        <source>Export &amp;Plan (PDF)…</source>
        <translation>Exporter le &amp;plan (PDF)…</translation>
    </message>
    <message>
        <source>Write the action plan as a PDF to print or share</source>
        <translation>Écrire le plan d’action en PDF pour l’imprimer ou le partager</translation>
    </message>
    <message>
        <source>Export &amp;Actions (CSV)…</source>
        <translation>Exporter les &amp;actions (CSV)…</translation>
    </message>
    <message>
        <source>Write the actions as a spreadsheet (CSV)</source>
        <translation>Écrire les actions dans une feuille de calcul (CSV)</translation>
    </message>
    <message>
        <source>Export &amp;Layers…</source>
        <translation>Exporter les c&amp;ouches…</translation>
    </message>
    <message>
        <source>Write every layer as GeoJSON or a GeoPackage for GIS</source>
        <translation>Écrire chaque couche en GeoJSON ou dans un GeoPackage pour les SIG</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>The action was not created</source>
        <translation>L’action n’a pas été créée</translation>
    </message>
    <message>
        <source>%1: edit it in the Action Plan panel</source>
        <comment>%1: the edit just made</comment>
        <translation>%1&#xa0;: modifiez-la dans le panneau Plan d’action</translation>
    </message>
</context>
<context>
    <name>PlanMaps</name>
    <message>
        <source>solid by day</source>
        <translation>trait plein de jour</translation>
    </message>
    <message>
        <source>dash-dot at dusk</source>
        <translation>trait mixte au crépuscule</translation>
    </message>
    <message>
        <source>dashed at night</source>
        <translation>tirets la nuit</translation>
    </message>
    <message>
        <source>Heat map: unsafe pins</source>
        <translation>Carte de densité&#xa0;: repères peu sûrs</translation>
    </message>
    <message>
        <source>Heat map: low audit scores</source>
        <translation>Carte de densité&#xa0;: notes basses du diagnostic</translation>
    </message>
    <message>
        <source>Heat map: recorded incidents</source>
        <translation>Carte de densité&#xa0;: incidents enregistrés</translation>
    </message>
    <message>
        <source>Heat map of where participants marked feeling unsafe.</source>
        <translation>Carte de densité des endroits où les participants ont indiqué se sentir en insécurité.</translation>
    </message>
    <message>
        <source>Heat map of where audit points scored low for safety (a score of 0 weighs most, 5 nothing).</source>
        <translation>Carte de densité des points d’observation à faible note de sécurité (une note de 0 pèse le plus, 5 rien).</translation>
    </message>
    <message>
        <source>Heat map of where incidents were recorded (imported data, not perceptions).</source>
        <translation>Carte de densité des lieux où des incidents ont été enregistrés (données importées, pas des perceptions).</translation>
    </message>
    <message>
        <source>Pin locations blurred to a %1 m grid: each pin is drawn at the centre of its %1 m square, so pins in one square are drawn on top of each other.</source>
        <translation>Positions des repères floutées sur une grille de %1 m&#xa0;: chaque repère est dessiné au centre de son carré de %1 m, donc les repères d’un même carré se superposent.</translation>
    </message>
    <message>
        <source>Grey squares were not scored.</source>
        <translation>Les carrés gris n’ont pas été notés.</translation>
    </message>
    <message>
        <source>Black rings: lighting scored 0 (dark spots).</source>
        <translation>Anneaux noirs&#xa0;: éclairage noté 0 (points noirs d’éclairage).</translation>
    </message>
    <message>
        <source>Pink lines: the audit walk routes (%1).</source>
        <comment>%1: how each time of day is drawn</comment>
        <translation>Lignes roses&#xa0;: les itinéraires des marches exploratoires (%1).</translation>
    </message>
    <message>
        <source>Safety audit: scores along the walks</source>
        <translation>Diagnostic de sécurité&#xa0;: notes le long des marches</translation>
    </message>
    <message>
        <source>Audit points coloured by their mean safety score, 0 (poor, dark purple) to 5 (good, yellow).</source>
        <translation>Points d’observation colorés selon leur note de sécurité moyenne, de 0 (mauvaise, violet foncé) à 5 (bonne, jaune).</translation>
    </message>
    <message>
        <source>Where people feel safe and unsafe</source>
        <translation>Où l’on se sent en sécurité ou en insécurité</translation>
    </message>
    <message>
        <source>Perception pins placed by workshop participants: green diamonds where they feel safe, orange triangles where they feel unsafe.</source>
        <translation>Repères de perception placés par les participants aux ateliers&#xa0;: losanges verts là où ils se sentent en sécurité, triangles orange là où ils se sentent en insécurité.</translation>
    </message>
    <message>
        <source>Each point spreads over %1 m; the darker the red, the more of them close together. Pale or no colour: few or none.</source>
        <translation>Chaque point s’étend sur %1 m&#xa0;; plus le rouge est foncé, plus ils sont nombreux et proches. Pâle ou sans couleur&#xa0;: peu ou aucun.</translation>
    </message>
    <message>
        <source>Workshop proposals</source>
        <translation>Propositions des ateliers</translation>
    </message>
    <message>
        <source>Proposals drawn by the workshop groups: markers mark a place, lines a route, shaded areas an area to change. Each group has its colour and also its own marker shape, line dash and area hatch (see the legend), so groups can be told apart without colour. The action plan links its actions to them.</source>
        <translation>Propositions dessinées par les groupes de l’atelier&#xa0;: les marqueurs indiquent un lieu, les lignes un trajet, les zones hachurées une zone à transformer. Chaque groupe a sa couleur ainsi que sa propre forme de marqueur, son type de trait et sa hachure (voir la légende), pour distinguer les groupes sans la couleur. Le plan d’action y relie ses actions.</translation>
    </message>
    <message>
        <source>the map image could not be encoded as PNG</source>
        <translation>l’image de la carte n’a pas pu être encodée en PNG</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>%1 (outcome)  n=%2</source>
        <comment>a criterion, how many scores it has</comment>
        <translation>%1 (résultat)  n=%2</translation>
    </message>
    <message>
        <source>%1  n=%2</source>
        <comment>a criterion, how many scores it has</comment>
        <translation>%1  n=%2</translation>
    </message>
    <message>
        <source>score 0 poor</source>
        <translation>note 0 mauvais</translation>
    </message>
    <message>
        <source>score 1</source>
        <translation>note 1</translation>
    </message>
    <message>
        <source>score 2</source>
        <translation>note 2</translation>
    </message>
    <message>
        <source>score 3 good</source>
        <translation>note 3 bon</translation>
    </message>
    <message>
        <source>%1 people: not shown</source>
        <comment>%1: fewer than N, as &lt;5</comment>
        <translation>%1 personnes&#xa0;: non affiché</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>de jour</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>de nuit</translation>
    </message>
    <message>
        <source>Safety score 0–5; places numbered west to east</source>
        <translation>Note de sécurité 0–5&#xa0;; lieux numérotés d’ouest en est</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Maintenir satisfait</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Gérer de près</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Tenir informé</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Intérêt →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>Influence →</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>clock hours, from–to</comment>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents (imported data, kept apart from what people felt): %1 by day (%2), %3 at dusk (%4), %5 at night (%6), %7 at a time not recorded.</source>
        <translation>
            <numerusform>%Ln incident enregistré (données importées, tenues à part de ce que les gens ont ressenti) : %1 le jour (%2), %3 au crépuscule (%4), %5 la nuit (%6), %7 à une heure non enregistrée.</numerusform>
            <numerusform>%Ln incidents enregistrés (données importées, tenues à part de ce que les gens ont ressenti) : %1 le jour (%2), %3 au crépuscule (%4), %5 la nuit (%6), %7 à une heure non enregistrée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit points scored; mean safety score %1 out of 5 (lowest %2, highest %3).</source>
        <translation>
            <numerusform>%Ln point d’observation noté&#xa0;; note de sécurité moyenne %1 sur 5 (minimum %2, maximum %3).</numerusform>
            <numerusform>%Ln points d’observation notés&#xa0;; note de sécurité moyenne %1 sur 5 (minimum %2, maximum %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dark spots: points where lighting scored 0 (poor).</source>
        <translation>
            <numerusform>%Ln point noir d’éclairage&#xa0;: point où l’éclairage a été noté 0 (mauvais).</numerusform>
            <numerusform>%Ln points noirs d’éclairage&#xa0;: points où l’éclairage a été noté 0 (mauvais).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln places walked both by day and at night: %1 scored lower at night; mean %2 by day, %3 at night.</source>
        <translation>
            <numerusform>%Ln lieu parcouru de jour et de nuit&#xa0;: %1 moins bien noté(s) la nuit&#xa0;; moyenne %2 le jour, %3 la nuit.</numerusform>
            <numerusform>%Ln lieux parcourus de jour et de nuit&#xa0;: %1 moins bien notés la nuit&#xa0;; moyenne %2 le jour, %3 la nuit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln perception pins, %1 of them marking a place where people feel unsafe.</source>
        <translation>
            <numerusform>%Ln repère de perception, dont %1 signalant un lieu où l’on se sent en insécurité.</numerusform>
            <numerusform>%Ln repères de perception, dont %1 signalant un lieu où l’on se sent en insécurité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where %1 scored low, people felt less safe (rank correlation with the feeling score of at least 0.3: a link, not proof of a cause).</source>
        <comment>%1: criteria</comment>
        <translation>Là où %1 ont reçu des notes basses, on se sentait moins en sécurité (corrélation de rang avec la note de ressenti d’au moins 0,3&#xa0;: un lien, pas la preuve d’une cause).</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Public version</source>
        <translation>Version publique</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>The plan was not written: the folder %1 does not exist</source>
        <translation>Le plan n’a pas été écrit&#xa0;: le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>Preparing the plan</source>
        <translation>Préparation du plan</translation>
    </message>
    <message>
        <source>%1 · Action plan · %2</source>
        <comment>the foot of every page: the project&apos;s name, the date</comment>
        <translation>%1 · Plan d’action · %2</translation>
    </message>
    <message>
        <source>The plan was not written: %1</source>
        <translation>Le plan n’a pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Community safety action plan, %1</source>
        <translation>Plan d’action pour la sécurité du quartier, %1</translation>
    </message>
    <message>
        <source>Community safety action plan</source>
        <translation>Plan d’action pour la sécurité du quartier</translation>
    </message>
    <message>
        <source>%1 — action plan</source>
        <comment>the PDF&apos;s title</comment>
        <translation>%1 — plan d’action</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>Enregistrement du fichier</translation>
    </message>
    <message>
        <source>The plan was not written: something in it is too large to fit on a page</source>
        <translation>Le plan n’a pas été écrit&#xa0;: un élément est trop grand pour tenir sur une page</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>“%1” — perception pin, %2, %3</source>
        <comment>%2: how it felt, %3: time of day</comment>
        <translation>«&#xa0;%1&#xa0;» — repère de perception, %2, %3</translation>
    </message>
    <message>
        <source>“%1” — audit point %2, %3</source>
        <comment>%3: the walk&apos;s title</comment>
        <translation>«&#xa0;%1&#xa0;» — point d’observation %2, %3</translation>
    </message>
    <message>
        <source>“%1” — audit point %2</source>
        <translation>«&#xa0;%1&#xa0;» — point d’observation %2</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>Other or not stated</source>
        <translation>Autre ou non précisé</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Atelier sans titre</translation>
    </message>
    <message>
        <source>Audit walk</source>
        <translation>Marche exploratoire</translation>
    </message>
    <message>
        <source>Untitled walk</source>
        <translation>Marche sans titre</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Audit walks</source>
        <translation>Marches exploratoires</translation>
    </message>
    <message>
        <source>Audit points scored</source>
        <translation>Points d’observation notés</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>audit points scored of those recorded</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>Repères de perception</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Voting dots placed</source>
        <translation>Gommettes de vote placées</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>Proposition sans titre</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>an action&apos;s first and last day</comment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>an action&apos;s first day</comment>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>an action&apos;s last day</comment>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>Audit point %1: %2</source>
        <comment>%2: the walk</comment>
        <translation>Point d’observation %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Audit points %1: %2</source>
        <comment>%1: their numbers, %2: the walk</comment>
        <translation>Points d’observation %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Audit point %1</source>
        <translation>Point d’observation %1</translation>
    </message>
    <message>
        <source>Audit points %1</source>
        <comment>%1: their numbers</comment>
        <translation>Points d’observation %1</translation>
    </message>
    <message>
        <source>Proposal %1: %2</source>
        <comment>%1: its number, %2: its title</comment>
        <translation>Proposition %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Proposal %1: untitled</source>
        <translation>Proposition %1&#xa0;: sans titre</translation>
    </message>
    <message>
        <source>Perception pin: %1, %2</source>
        <comment>%1: how it felt, %2: time of day</comment>
        <translation>Repère de perception&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Recorded incident: %1</source>
        <comment>%1: its category, as imported</comment>
        <translation>Incident enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recorded incident: uncategorised</source>
        <translation>Incident enregistré&#xa0;: non catégorisé</translation>
    </message>
    <message>
        <source>untitled walk</source>
        <translation>marche sans titre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a walk&apos;s title (its time of day)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <comment>a criteria set&apos;s name and version</comment>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>The diagnosis was made together with the people who use these streets. Small groups walked agreed routes by day and again after dark and scored each stop on a fixed set of criteria (0 = poor to 3 = good); participants marked where they feel safe or unsafe on a map and said why; groups then sketched proposals and placed voting dots on those they thought most important. The actions below were drawn from those proposals and agreed with the partners who will carry them out.</source>
        <translation>Le diagnostic a été établi avec les personnes qui fréquentent ces rues. De petits groupes ont parcouru des itinéraires convenus de jour puis de nouveau après la tombée de la nuit, et ont noté chaque arrêt selon une grille de critères fixe (0 = mauvais à 3 = bon)&#xa0;; les participants ont indiqué sur une carte où ils se sentent en sécurité ou en insécurité, et pourquoi&#xa0;; les groupes ont ensuite esquissé des propositions et placé des gommettes de vote sur celles qu’ils jugeaient les plus importantes. Les actions ci-dessous sont issues de ces propositions et ont été convenues avec les partenaires qui les mettront en œuvre.</translation>
    </message>
    <message>
        <source>Counts of fewer than %1 people, and counts from which one could be worked out, are hidden. This plan names no participant and gives no contact details. This public version leaves out every story, comment and note.</source>
        <translation>Les effectifs de moins de %1 personnes, et ceux qui permettraient de les déduire, sont masqués. Ce plan ne nomme aucun participant et ne donne aucune coordonnée. Cette version publique omet tous les témoignages, commentaires et notes.</translation>
    </message>
    <message>
        <source>Counts of fewer than %1 people, and counts from which one could be worked out, are hidden. This plan names no participant and gives no contact details.</source>
        <translation>Les effectifs de moins de %1 personnes, et ceux qui permettraient de les déduire, sont masqués. Ce plan ne nomme aucun participant et ne donne aucune coordonnée.</translation>
    </message>
    <message>
        <source>Prepared with CoSafe on %1.</source>
        <translation>Préparé avec CoSafe le %1.</translation>
    </message>
    <message>
        <source>participants</source>
        <comment>under a big number on the cover</comment>
        <translation>participants</translation>
    </message>
    <message>
        <source>audit points scored</source>
        <comment>under a big number on the cover</comment>
        <translation>points d’observation notés</translation>
    </message>
    <message>
        <source>perception pins</source>
        <comment>under a big number on the cover</comment>
        <translation>repères de perception</translation>
    </message>
    <message>
        <source>proposals</source>
        <comment>under a big number on the cover</comment>
        <translation>propositions</translation>
    </message>
    <message>
        <source>actions</source>
        <comment>under a big number on the cover</comment>
        <translation>actions</translation>
    </message>
    <message>
        <source>partners</source>
        <comment>under a big number on the cover</comment>
        <translation>partenaires</translation>
    </message>
    <message>
        <source>1  Method and participation</source>
        <translation>1  Méthode et participation</translation>
    </message>
    <message>
        <source>Workshops and walks</source>
        <translation>Ateliers et marches</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants signed in, recorded only by gender, age band and role. Categories with fewer than %1 people are counted together as “Other or not stated”; a count that is still below %1, or from which one could be worked out, is “hidden”.</source>
        <translation>
            <numerusform>%Ln participant inscrit, enregistré uniquement par genre, tranche d’âge et rôle. Les catégories de moins de %1 personnes sont regroupées sous «&#xa0;Autre ou non précisé&#xa0;»&#xa0;; un effectif encore inférieur à %1, ou qui permettrait d’en déduire un, est «&#xa0;masqué&#xa0;».</numerusform>
            <numerusform>%Ln participants inscrits, enregistrés uniquement par genre, tranche d’âge et rôle. Les catégories de moins de %1 personnes sont regroupées sous «&#xa0;Autre ou non précisé&#xa0;»&#xa0;; un effectif encore inférieur à %1, ou qui permettrait d’en déduire un, est «&#xa0;masqué&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>%2 participants signed in, recorded only by gender, age band and role. Categories with fewer than %1 people are counted together as “Other or not stated”; a count that is still below %1, or from which one could be worked out, is “hidden”.</source>
        <comment>%2: “hidden”, as the count is too small to show</comment>
        <translation>Participants inscrits&#xa0;: %2, enregistrés uniquement par genre, tranche d’âge et rôle. Les catégories de moins de %1 personnes sont regroupées sous «&#xa0;Autre ou non précisé&#xa0;»&#xa0;; un effectif encore inférieur à %1, ou qui permettrait d’en déduire un, est «&#xa0;masqué&#xa0;».</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Qui a participé</translation>
    </message>
    <message>
        <source>2  Diagnosis</source>
        <translation>2  Diagnostic</translation>
    </message>
    <message>
        <source>No audit scores or perception pins were recorded yet.</source>
        <translation>Aucune note de diagnostic ni aucun repère de perception n’a encore été enregistré.</translation>
    </message>
    <message>
        <source>Scores by criterion</source>
        <translation>Notes par critère</translation>
    </message>
    <message>
        <source>Share of audit scores from 0 (poor) to 3 (good) for each criterion; n = scores given. Feeling is the outcome the other criteria are read against.</source>
        <translation>Part des notes de diagnostic de 0 (mauvais) à 3 (bon) pour chaque critère&#xa0;; n = notes données. Le ressenti est le résultat auquel les autres critères sont comparés.</translation>
    </message>
    <message>
        <source>Mean 0–5 safety score of the audit points walked by each group. Groups of fewer than %1 people are not shown.</source>
        <translation>Note de sécurité moyenne (0–5) des points d’observation parcourus par chaque groupe. Les groupes de moins de %1 personnes ne sont pas affichés.</translation>
    </message>
    <message>
        <source>Mean safety score by gender</source>
        <translation>Note de sécurité moyenne par genre</translation>
    </message>
    <message>
        <source>Mean safety score by age band</source>
        <translation>Note de sécurité moyenne par tranche d’âge</translation>
    </message>
    <message>
        <source>Mean safety score</source>
        <translation>Note de sécurité moyenne</translation>
    </message>
    <message>
        <source>Share of pins marked unsafe</source>
        <translation>Part des repères marqués peu sûrs</translation>
    </message>
    <message>
        <source>Day and night</source>
        <translation>Jour et nuit</translation>
    </message>
    <message>
        <source>By the time of day of the walk or pin.</source>
        <translation>Selon le moment de la journée de la marche ou du repère.</translation>
    </message>
    <message>
        <source>The same places by day and at night</source>
        <translation>Les mêmes lieux de jour et de nuit</translation>
    </message>
    <message>
        <source>Each place walked both by day (circle) and after dark (square); the line shows how much its safety score changes.</source>
        <translation>Chaque lieu parcouru de jour (cercle) et après la tombée de la nuit (carré)&#xa0;; la ligne montre de combien sa note de sécurité varie.</translation>
    </message>
    <message>
        <source>What people said</source>
        <translation>Ce que les gens ont dit</translation>
    </message>
    <message>
        <source>3  Proposals</source>
        <translation>3  Propositions</translation>
    </message>
    <message>
        <source>No proposals were recorded.</source>
        <translation>Aucune proposition n’a été enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals; the %1 with the most voting dots (and %2 more on the map). No. is the number beside the proposal on the map above.</source>
        <translation>
            <numerusform>%Ln proposition&#xa0;; les %1 ayant reçu le plus de gommettes (et %2 de plus sur la carte). N° est le numéro à côté de la proposition sur la carte ci-dessus.</numerusform>
            <numerusform>%Ln propositions&#xa0;; les %1 ayant reçu le plus de gommettes (et %2 de plus sur la carte). N° est le numéro à côté de la proposition sur la carte ci-dessus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals; the %1 with the most voting dots. No. is the number beside the proposal on the map above.</source>
        <translation>
            <numerusform>%Ln proposition&#xa0;; les %1 ayant reçu le plus de gommettes. N° est le numéro à côté de la proposition sur la carte ci-dessus.</numerusform>
            <numerusform>%Ln propositions&#xa0;; les %1 ayant reçu le plus de gommettes. N° est le numéro à côté de la proposition sur la carte ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most voted proposals</source>
        <translation>Propositions les plus votées</translation>
    </message>
    <message>
        <source>4  Action plan</source>
        <translation>4  Plan d’action</translation>
    </message>
    <message>
        <source>No actions have been agreed yet.</source>
        <translation>Aucune action n’a encore été convenue.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions in priority order (1 = highest, from the community&apos;s votes or agreed). Estimated cost of those costed: %1.</source>
        <translation>
            <numerusform>%Ln action par ordre de priorité (1 = la plus haute, d’après les votes de la communauté ou convenue). Coût estimé des actions chiffrées&#xa0;: %1.</numerusform>
            <numerusform>%Ln actions par ordre de priorité (1 = la plus haute, d’après les votes de la communauté ou convenue). Coût estimé des actions chiffrées&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions in priority order (1 = highest, from the community&apos;s votes or agreed).</source>
        <translation>
            <numerusform>%Ln action par ordre de priorité (1 = la plus haute, d’après les votes de la communauté ou convenue).</numerusform>
            <numerusform>%Ln actions par ordre de priorité (1 = la plus haute, d’après les votes de la communauté ou convenue).</numerusform>
        </translation>
    </message>
    <message>
        <source>5  Stakeholders</source>
        <translation>5  Parties prenantes</translation>
    </message>
    <message>
        <source>No stakeholders are registered yet.</source>
        <translation>Aucune partie prenante n’est encore enregistrée.</translation>
    </message>
    <message>
        <source>Who can make the actions happen: each stakeholder&apos;s influence over the outcome and interest in it, scored 1–5. Numbers refer to the table below.</source>
        <translation>Qui peut faire aboutir les actions&#xa0;: l’influence de chaque partie prenante sur le résultat et son intérêt pour celui-ci, notés de 1 à 5. Les numéros renvoient au tableau ci-dessous.</translation>
    </message>
    <message>
        <source>Influence and interest</source>
        <translation>Influence et intérêt</translation>
    </message>
    <message>
        <source>Register</source>
        <comment>the list of stakeholders</comment>
        <translation>Registre</translation>
    </message>
    <message>
        <source>6  Monitoring</source>
        <translation>6  Suivi</translation>
    </message>
    <message>
        <source>No actions to monitor yet.</source>
        <translation>Aucune action à suivre pour l’instant.</translation>
    </message>
    <message>
        <source>How each action will be judged: its indicator, where it starts (the baseline, often the mean safety score at its places today) and the target. Re-audit the same places after the work to compare.</source>
        <translation>Comment chaque action sera évaluée&#xa0;: son indicateur, son point de départ (la situation de référence, souvent la note de sécurité moyenne actuelle de ses lieux) et la cible. Refaites le diagnostic des mêmes lieux après les travaux pour comparer.</translation>
    </message>
    <message>
        <source>Appendix: audit criteria and the safety score</source>
        <translation>Annexe&#xa0;: critères du diagnostic et note de sécurité</translation>
    </message>
    <message>
        <source>Criteria set: %1.</source>
        <translation>Grille de critères&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The safety score</source>
        <translation>La note de sécurité</translation>
    </message>
    <message>
        <source>The formula is CoSafe&apos;s own and is stated here so that anyone can recompute the scores.</source>
        <translation>La formule est propre à CoSafe et figure ici pour que chacun puisse recalculer les notes.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <comment>places or partners not listed</comment>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible / supporting</source>
        <translation>Responsable / en appui</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>no one yet</source>
        <comment>no partner responsible for the action</comment>
        <translation>personne pour l’instant</translation>
    </message>
    <message>
        <source>with %1</source>
        <comment>%1: the supporting partners</comment>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>Total estimated cost</source>
        <translation>Coût total estimé</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Situation de référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Partie prenante</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <comment>a score out of 5</comment>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>the number of a proposal on the map</comment>
        <translation>N°</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>Principe CPTED</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>Dots</source>
        <comment>voting dots</comment>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Place / time of day</source>
        <translation>Lieu / moment de la journée</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>A score of 3 (good) means</source>
        <translation>Une note de 3 (bon) signifie</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>Utilisé comme</translation>
    </message>
    <message>
        <source>outcome (not in the score)</source>
        <translation>résultat (hors de la note)</translation>
    </message>
    <message>
        <source>part of the safety score</source>
        <translation>composante de la note de sécurité</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Voting is on the presentation screen.</source>
        <translation>Le vote est sur l’écran de présentation.</translation>
    </message>
</context>
<context>
    <name>PresentationLegend</name>
    <message>
        <source>Feels safe (pin)</source>
        <translation>Se sent en sécurité (repère)</translation>
    </message>
    <message>
        <source>Feels unsafe (pin)</source>
        <translation>Se sent en insécurité (repère)</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>losange</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>triangle</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — drawing now</source>
        <comment>the active group</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; — dessine en ce moment</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>CoSafe — Presentation</source>
        <translation>CoSafe — Présentation</translation>
    </message>
    <message>
        <source>Workshop and Group</source>
        <translation>Atelier et groupe</translation>
    </message>
    <message>
        <source>End Presentation (Esc)</source>
        <translation>Terminer la présentation (Échap)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Show the dot voting and the ranking beside the map</source>
        <translation>Afficher le vote par gommettes et le classement à côté de la carte</translation>
    </message>
</context>
<context>
    <name>PrincipleBars</name>
    <message>
        <source>%1: %2</source>
        <comment>a CPTED principle: how many proposals serve it</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PrintAuditSheetsDialog</name>
    <message>
        <source>Print Audit Sheets</source>
        <translation>Imprimer les feuilles de marche exploratoire</translation>
    </message>
    <message>
        <source>A sheet is printed for every three points of the walk (five on A3)</source>
        <translation>Une feuille est imprimée pour trois points de la marche (cinq en A3)</translation>
    </message>
    <message>
        <source>A4 (a clipboard)</source>
        <translation>A4 (un porte-bloc)</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>audit sheets</source>
        <translation>feuilles de marche</translation>
    </message>
    <message>
        <source>Audit walk:</source>
        <translation>Marche exploratoire&#xa0;:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Print to PDF</source>
        <translation>&amp;Imprimer en PDF</translation>
    </message>
    <message>
        <source>Save Audit Sheets As</source>
        <translation>Enregistrer les feuilles de marche sous</translation>
    </message>
    <message>
        <source>The audit sheets were not printed</source>
        <translation>Les feuilles de marche n’ont pas été imprimées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit sheets written to %1</source>
        <translation>
            <numerusform>%Ln feuille de marche écrite dans %1</numerusform>
            <numerusform>%Ln feuilles de marche écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit sheets printed</source>
        <translation>Feuilles de marche imprimées</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>PrintSheetsDialog</name>
    <message>
        <source>Print Group Maps</source>
        <translation>Imprimer les cartes de groupe</translation>
    </message>
    <message>
        <source>One sheet is printed for each ticked group</source>
        <translation>Une feuille est imprimée pour chaque groupe coché</translation>
    </message>
    <message>
        <source>A3 (a table of 4–6 people)</source>
        <translation>A3 (une table de 4 à 6 personnes)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A2 (a large table)</source>
        <translation>A2 (une grande table)</translation>
    </message>
    <message>
        <source>group maps</source>
        <translation>cartes de groupe</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Atelier&#xa0;:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Groupes&#xa0;:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Print to PDF</source>
        <translation>&amp;Imprimer en PDF</translation>
    </message>
    <message>
        <source>Save Group Maps As</source>
        <translation>Enregistrer les cartes de groupe sous</translation>
    </message>
    <message>
        <source>The group maps were not printed</source>
        <translation>Les cartes de groupe n&apos;ont pas été imprimées</translation>
    </message>
    <message numerus="yes">
        <source>Writing %Ln group maps</source>
        <translation>
            <numerusform>Écriture de %Ln carte de groupe</numerusform>
            <numerusform>Écriture de %Ln cartes de groupe</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing group maps…</source>
        <translation>Impression des cartes de groupe…</translation>
    </message>
    <message>
        <source>Printing cancelled; no file was written</source>
        <translation>Impression annulée&#xa0;; aucun fichier n&apos;a été écrit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group maps written to %1</source>
        <translation>
            <numerusform>%Ln carte de groupe écrite dans %1</numerusform>
            <numerusform>%Ln cartes de groupe écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Group maps printed</source>
        <translation>Cartes de groupe imprimées</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>The suppression threshold must be between %1 and %2 people: a figure for fewer than %1 could name them</source>
        <translation>Le seuil de masquage doit être compris entre %1 et %2 personnes&#xa0;: un chiffre portant sur moins de %1 personnes pourrait les identifier</translation>
    </message>
    <message>
        <source>The blur grid must be more than 0 m, not %1</source>
        <translation>La grille de floutage doit dépasser 0 m, pas %1</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>“%1” is not a currency code: use an ISO 4217 code such as KES, BRL, EUR or XOF</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de devise&#xa0;: utilisez un code ISO 4217 comme KES, BRL, EUR ou XOF</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>application_id is %1, not GPKG</source>
        <translation>application_id vaut %1, et non GPKG</translation>
    </message>
    <message>
        <source>user_version is %1, expected %2 or later</source>
        <translation>user_version vaut %1, %2 ou plus attendu</translation>
    </message>
    <message>
        <source>required table is missing</source>
        <translation>une table obligatoire manque</translation>
    </message>
    <message>
        <source>SRS %1 is not defined</source>
        <translation>le SRS %1 n’est pas défini</translation>
    </message>
    <message>
        <source>registered in gpkg_contents but missing</source>
        <translation>enregistrée dans gpkg_contents mais absente</translation>
    </message>
    <message>
        <source>feature table has no geometry column registered</source>
        <translation>la table d’entités n’a pas de colonne de géométrie enregistrée</translation>
    </message>
    <message>
        <source>geometry uses undefined SRS %1</source>
        <translation>la géométrie utilise le SRS non défini %1</translation>
    </message>
    <message>
        <source>its registered geometry column is not a column of a table</source>
        <translation>sa colonne de géométrie enregistrée n’est pas une colonne d’une table</translation>
    </message>
    <message>
        <source>spatial index (R-tree) is missing</source>
        <translation>l’index spatial (R-tree) manque</translation>
    </message>
    <message>
        <source>R-tree trigger %1 is missing</source>
        <translation>le déclencheur R-tree %1 manque</translation>
    </message>
    <message numerus="yes">
        <source>spatial index holds %1 entries for %Ln geometries</source>
        <translation>
            <numerusform>l’index spatial contient %1 entrées pour %Ln géométrie</numerusform>
            <numerusform>l’index spatial contient %1 entrées pour %Ln géométries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file</source>
        <translation>%1 est un dossier, pas un fichier de projet</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a CoSafe project: it is not an SQLite/GeoPackage file</source>
        <translation>%1 n’est pas un projet CoSafe&#xa0;: ce n’est pas un fichier SQLite/GeoPackage</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a GeoPackage, so not a CoSafe project</source>
        <translation>%1 est une base SQLite mais pas un GeoPackage, donc pas un projet CoSafe</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: the SQLite integrity check failed</source>
        <translation>%1 est endommagé&#xa0;: la vérification d’intégrité SQLite a échoué</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a GeoPackage with %Ln layers: %2, but not a CoSafe project</source>
        <translation>
            <numerusform>%1 est un GeoPackage avec %Ln couche&#xa0;: %2, mais pas un projet CoSafe</numerusform>
            <numerusform>%1 est un GeoPackage avec %Ln couches&#xa0;: %2, mais pas un projet CoSafe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a GeoPackage, but not a CoSafe project</source>
        <translation>%1 est un GeoPackage, mais pas un projet CoSafe</translation>
    </message>
    <message>
        <source>%1 took too long to read, so it was refused</source>
        <translation>La lecture de %1 a pris trop de temps, il a donc été refusé</translation>
    </message>
    <message>
        <source>%1 is damaged: its tables cannot be read</source>
        <translation>%1 est endommagé&#xa0;: ses tables ne peuvent pas être lues</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no CoSafe schema version</source>
        <translation>%1 est endommagé&#xa0;: il n’a pas de version de schéma CoSafe</translation>
    </message>
    <message>
        <source>%1 was made by a newer CoSafe (project format %2; this version reads up to %3): update CoSafe to open it</source>
        <translation>%1 a été créé par une version plus récente de CoSafe (format de projet %2&#xa0;; cette version lit jusqu’au %3)&#xa0;: mettez CoSafe à jour pour l’ouvrir</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>son dossier est en lecture seule</translation>
    </message>
    <message>
        <source>Folder %1 does not exist</source>
        <translation>Le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>Could not write the new project</source>
        <translation>Impossible d’écrire le nouveau projet</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1 is already open in another CoSafe window; it can be opened read-only</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre CoSafe&#xa0;; il peut être ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1; an older format, upgraded in memory only</source>
        <comment>%1 is why the file is read-only</comment>
        <translation>%1&#xa0;; un ancien format, mis à jour en mémoire seulement</translation>
    </message>
    <message>
        <source>The project is read-only (%1); nothing was changed</source>
        <translation>Le projet est en lecture seule (%1)&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>La modification n’a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The project file was moved or deleted while open, so the change was not saved; use File › Save As to keep a copy</source>
        <translation>Le fichier de projet a été déplacé ou supprimé pendant qu’il était ouvert, la modification n’a donc pas été enregistrée&#xa0;; utilisez Fichier › Enregistrer sous pour garder une copie</translation>
    </message>
    <message>
        <source>Choose a different file name to save a copy</source>
        <translation>Choisissez un autre nom de fichier pour enregistrer une copie</translation>
    </message>
    <message>
        <source>The photos were cleaned, but the file was not rewritten</source>
        <translation>Les photos ont été nettoyées, mais le fichier n’a pas été réécrit</translation>
    </message>
    <message>
        <source>The traces were not removed</source>
        <translation>Les traces n’ont pas été effacées</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <comment>a problem SQLite&apos;s integrity check found</comment>
        <translation>intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <source>GeoPackage: %1</source>
        <comment>a problem of the GeoPackage structure</comment>
        <translation>GeoPackage&#xa0;: %1</translation>
    </message>
    <message>
        <source>schema: version %1, expected %2</source>
        <translation>schéma&#xa0;: version %1, %2 attendue</translation>
    </message>
    <message>
        <source>records: %1</source>
        <comment>a record that is not one CoSafe writes</comment>
        <translation>données&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>records: checking stopped after %Ln bad records</source>
        <translation>
            <numerusform>données&#xa0;: vérification arrêtée après %Ln enregistrement erroné</numerusform>
            <numerusform>données&#xa0;: vérification arrêtée après %Ln enregistrements erronés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>%1 is open in another CoSafe window; close it there first</source>
        <translation>%1 est ouvert dans une autre fenêtre CoSafe&#xa0;; fermez-le d’abord là-bas</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>La copie n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Impossible d’écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 could not be read to upgrade it in memory: %2</source>
        <translation>%1 n’a pas pu être lu pour être mis à jour en mémoire&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not make a backup before upgrading</source>
        <translation>Impossible de faire une sauvegarde avant la mise à jour</translation>
    </message>
    <message>
        <source>Upgrading the project failed and was undone (the file is as it was, and no backup was kept): %1</source>
        <translation>La mise à jour du projet a échoué et a été annulée (le fichier est tel qu’il était, et aucune sauvegarde n’a été conservée)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what failed, then why: “The copy was not saved: the disk is full”</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the file cannot be written (read-only)</source>
        <translation>le fichier ne peut pas être écrit (lecture seule)</translation>
    </message>
    <message>
        <source>the file is locked by another program</source>
        <translation>le fichier est verrouillé par un autre programme</translation>
    </message>
    <message>
        <source>the disk could not be written (I/O error; was the USB stick removed?)</source>
        <translation>le disque n’a pas pu être écrit (erreur d’E/S&#xa0;; la clé USB a-t-elle été retirée&#xa0;?)</translation>
    </message>
    <message>
        <source>a value is out of its allowed range (%1)</source>
        <translation>une valeur est hors de sa plage autorisée (%1)</translation>
    </message>
    <message>
        <source>a record with the same identity already exists</source>
        <translation>un enregistrement de même identité existe déjà</translation>
    </message>
    <message>
        <source>%1 record feature %2: %3</source>
        <comment>a table, a basemap feature&apos;s number, what is wrong in it</comment>
        <translation>%1, entité n° %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 record %2: %3</source>
        <comment>a table, a record&apos;s UUID, what is wrong in it</comment>
        <translation>%1, enregistrement %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>its geometry is not a GeoPackage geometry</source>
        <translation>sa géométrie n’est pas une géométrie GeoPackage</translation>
    </message>
    <message>
        <source>its layer or style class is not text</source>
        <translation>sa couche ou sa classe de style n’est pas du texte</translation>
    </message>
    <message>
        <source>its name is not text</source>
        <translation>son nom n’est pas du texte</translation>
    </message>
    <message>
        <source>its columns are not the ones CoSafe declares, so its records cannot be read</source>
        <translation>ses colonnes ne sont pas celles que déclare CoSafe, ses enregistrements ne peuvent donc pas être lus</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 ou 1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>des données binaires</translation>
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
        <translation>%1 vaut %2, et non %3</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>a date and time (YYYY-MM-DDTHH:MM:SS.SSSZ)</source>
        <translation>une date et une heure (AAAA-MM-JJTHH:MM:SS.SSSZ)</translation>
    </message>
    <message>
        <source>it does not have the columns of its table</source>
        <translation>il n’a pas les colonnes de sa table</translation>
    </message>
    <message>
        <source>JSON text</source>
        <translation>du texte JSON</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <comment>%1 is a column</comment>
        <translation>%1 n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <comment>%1 is a column</comment>
        <translation>%1 n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>%1 is not a JSON list</source>
        <comment>%1 is a column</comment>
        <translation>%1 n’est pas une liste JSON</translation>
    </message>
    <message>
        <source>%1 holds something other than text</source>
        <comment>%1 is a column</comment>
        <translation>%1 contient autre chose que du texte</translation>
    </message>
    <message>
        <source>empty (NULL)</source>
        <translation>vide (NULL)</translation>
    </message>
    <message>
        <source>its geometry cannot be read</source>
        <translation>sa géométrie ne peut pas être lue</translation>
    </message>
    <message>
        <source>its geometry is not a %1</source>
        <comment>%1 is a GeoPackage geometry type: “multipolygon”</comment>
        <translation>sa géométrie n’est pas de type %1</translation>
    </message>
    <message>
        <source>%1 is empty (NULL) where a value is needed</source>
        <comment>%1 is a column</comment>
        <translation>%1 est vide (NULL) alors qu’une valeur est requise</translation>
    </message>
    <message>
        <source>a value is empty (NULL) where a value is needed</source>
        <translation>une valeur est vide (NULL) alors qu’elle est requise</translation>
    </message>
    <message>
        <source>a value breaks the rule %1</source>
        <comment>%1 is an SQL rule of the table</comment>
        <translation>une valeur enfreint la règle %1</translation>
    </message>
    <message>
        <source>a value breaks a rule of its table</source>
        <translation>une valeur enfreint une règle de sa table</translation>
    </message>
    <message>
        <source>a view “%1” where a table belongs</source>
        <translation>une vue «&#xa0;%1&#xa0;» à la place d’une table</translation>
    </message>
    <message>
        <source>a trigger “%1” on %2</source>
        <translation>un déclencheur «&#xa0;%1&#xa0;» sur %2</translation>
    </message>
    <message>
        <source>an index “%1” on %2</source>
        <translation>un index «&#xa0;%1&#xa0;» sur %2</translation>
    </message>
    <message>
        <source>a view “%1”</source>
        <translation>une vue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a virtual table “%1”</source>
        <translation>une table virtuelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 was refused: it holds %2, which neither CoSafe nor the GeoPackage standard makes (SQL of a file&apos;s own could change records unseen or never finish)</source>
        <comment>%2 names what it holds: “a trigger “x” on proposals”</comment>
        <translation>%1 a été refusé&#xa0;: il contient %2, ce que ni CoSafe ni la norme GeoPackage ne créent (du SQL propre au fichier pourrait modifier des données à votre insu ou ne jamais se terminer)</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 est déjà ouvert</translation>
    </message>
    <message>
        <source>Not a CoSafe project</source>
        <translation>Pas un projet CoSafe</translation>
    </message>
    <message>
        <source>%1. Start a new project with its layers as the basemap?</source>
        <translation>%1. Créer un nouveau projet avec ses couches comme fond de carte&#xa0;?</translation>
    </message>
    <message>
        <source>Start New Project</source>
        <translation>Créer un nouveau projet</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>%1; it was removed from the recent projects</source>
        <translation>%1&#xa0;; il a été retiré des projets récents</translation>
    </message>
    <message>
        <source>Upgraded %1 to the current project format; the file as it was is kept as %2 (a full copy: remove it in File › Project Properties)</source>
        <translation>%1 a été mis à jour au format de projet actuel&#xa0;; le fichier d’origine est conservé sous %2 (une copie complète&#xa0;: supprimez-la dans Fichier › Propriétés du projet)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>two messages</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>photos cleaned</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Cleaning stored photos…</source>
        <translation>Nettoyage des photos enregistrées…</translation>
    </message>
    <message>
        <source>Photos not cleaned</source>
        <translation>Photos non nettoyées</translation>
    </message>
    <message>
        <source>Stored photos were not cleaned of camera data (cancelled); CoSafe cleans them the next time</source>
        <translation>Les données d’appareil photo n’ont pas été retirées des photos enregistrées (annulé)&#xa0;; CoSafe les nettoiera la prochaine fois</translation>
    </message>
    <message>
        <source>%1 project.gpkg</source>
        <comment>a file name</comment>
        <translation>%1 projet.gpkg</translation>
    </message>
    <message>
        <source>New project.gpkg</source>
        <comment>a file name</comment>
        <translation>Nouveau projet.gpkg</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <source>%1 is open in CoSafe; choose another file name</source>
        <translation>%1 est ouvert dans CoSafe&#xa0;; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <source>%1 copy.gpkg</source>
        <comment>a file name</comment>
        <translation>%1 copie.gpkg</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Impossible d’enregistrer une copie</translation>
    </message>
    <message>
        <source>Choose a different file name to save a copy</source>
        <translation>Choisissez un autre nom de fichier pour enregistrer une copie</translation>
    </message>
    <message>
        <source>Saved a copy as %1; you are now working in the copy</source>
        <translation>Copie enregistrée sous %1&#xa0;; vous travaillez maintenant dans la copie</translation>
    </message>
    <message>
        <source>Remove traces of deleted records?</source>
        <translation>Effacer les traces des éléments supprimés&#xa0;?</translation>
    </message>
    <message>
        <source>CoSafe rewrites the project file so that nothing that deleted records held can be recovered from it, and stores every photo and paper map without camera data, under a neutral name. Do this for a file that came from another laptop or an older CoSafe: what this CoSafe deletes is overwritten already. Your records and the undo history stay as they are.</source>
        <translation>CoSafe réécrit le fichier de projet pour que rien de ce que contenaient les éléments supprimés ne puisse en être récupéré, et enregistre chaque photo et carte papier sans données d’appareil photo, sous un nom neutre. Faites-le pour un fichier venu d’un autre ordinateur ou d’une ancienne version de CoSafe&#xa0;: ce que cette version supprime est déjà écrasé. Vos données et l’historique des modifications restent inchangés.</translation>
    </message>
    <message>
        <source>Remove Traces</source>
        <translation>Effacer les traces</translation>
    </message>
    <message>
        <source>Traces not removed</source>
        <translation>Traces non effacées</translation>
    </message>
    <message>
        <source>Removed the traces of deleted records from the project file. %1</source>
        <translation>Les traces des éléments supprimés ont été effacées du fichier de projet. %1</translation>
    </message>
    <message>
        <source>No sample project</source>
        <translation>Pas de projet d’exemple</translation>
    </message>
    <message>
        <source>This installation of CoSafe has no sample project</source>
        <translation>Cette installation de CoSafe n’a pas de projet d’exemple</translation>
    </message>
    <message>
        <source>Cannot write the sample project</source>
        <translation>Impossible d’écrire le projet d’exemple</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a folder: what went wrong</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ProjectPropertiesDialog</name>
    <message>
        <source>Counts and means for groups smaller than this, and figures from which they could be worked out, are hidden to protect participants.</source>
        <translation>Les effectifs et moyennes des groupes plus petits que ce seuil, et les chiffres qui permettraient de les déduire, sont masqués pour protéger les participants.</translation>
    </message>
    <message>
        <source>The currency of every cost in the project: shown beside costs and printed in the plan</source>
        <translation>La devise de tous les coûts du projet&#xa0;: affichée à côté des coûts et imprimée dans le plan</translation>
    </message>
    <message>
        <source>The language the plan and the exports are written in, whatever language the window speaks</source>
        <translation>La langue dans laquelle le plan et les exports sont rédigés, quelle que soit la langue de la fenêtre</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Project Properties</source>
        <translation>Propriétés du projet</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>The project&apos;s name, on the window title and the plan&apos;s cover (required)</source>
        <translation>Le nom du projet, dans le titre de la fenêtre et sur la couverture du plan (obligatoire)</translation>
    </message>
    <message>
        <source>Required, e.g. Riverside safety audit 2026</source>
        <translation>Obligatoire, p. ex. Diagnostic de sécurité Bord-de-rivière 2026</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>The neighbourhood, town or city the project is about</source>
        <translation>Le quartier, la commune ou la ville concernés par le projet</translation>
    </message>
    <message>
        <source>Neighbourhood, town or city</source>
        <translation>Quartier, commune ou ville</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What this project is for and who takes part; printed on the plan&apos;s cover</source>
        <translation>À quoi sert ce projet et qui y participe&#xa0;; imprimé sur la couverture du plan</translation>
    </message>
    <message>
        <source>What this project is for, who takes part</source>
        <translation>À quoi sert ce projet, qui y participe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Small groups threshold</source>
        <translation>Seuil des petits groupes</translation>
    </message>
    <message>
        <source> people</source>
        <comment>after the smallest number of people a group may have</comment>
        <translation> personnes</translation>
    </message>
    <message>
        <source>Small &amp;groups:</source>
        <translation>Petits &amp;groupes&#xa0;:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue des rapports</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <comment>the plan&apos;s language</comment>
        <translation>Comme la fenêtre</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Langue des &amp;rapports&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>La modification n’a pas été faite</translation>
    </message>
    <message>
        <source>The project is read-only (%1)</source>
        <translation>Le projet est en lecture seule (%1)</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>La modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Undo of “%1” failed</source>
        <translation>L’annulation de «&#xa0;%1&#xa0;» a échoué</translation>
    </message>
    <message>
        <source>Redo of “%1” failed</source>
        <translation>Le rétablissement de «&#xa0;%1&#xa0;» a échoué</translation>
    </message>
    <message>
        <source>%1. The undo history was cleared.</source>
        <translation>%1. L’historique des modifications a été effacé.</translation>
    </message>
</context>
<context>
    <name>ProposalPropertiesPanel</name>
    <message>
        <source>Name this proposal, e.g. Lights on Soko St</source>
        <translation>Nommez cette proposition, p. ex. Éclairage rue Soko</translation>
    </message>
    <message>
        <source>What should change, and why it would feel safer</source>
        <translation>Ce qui devrait changer, et pourquoi on s’y sentirait plus en sécurité</translation>
    </message>
    <message>
        <source>Choose, or type a new type</source>
        <translation>Choisissez, ou saisissez un nouveau type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>Principe CPTED</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Rough cost</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Create Action from Proposal</source>
        <translation>Créer une action à partir de la proposition</translation>
    </message>
    <message>
        <source>Add an action to the plan from this proposal, linked to it</source>
        <translation>Ajouter au plan une action issue de cette proposition et liée à elle</translation>
    </message>
    <message>
        <source>Select a proposal on the map or in the Proposals list to describe it here.</source>
        <translation>Sélectionnez une proposition sur la carte ou dans la liste Propositions pour la décrire ici.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals are selected. Select one to describe it here.</source>
        <translation>
            <numerusform>%Ln proposition est sélectionnée. Sélectionnez-en une pour la décrire ici.</numerusform>
            <numerusform>%Ln propositions sont sélectionnées. Sélectionnez-en une pour la décrire ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <source>Set title of “%1”</source>
        <translation>Définir le titre de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Set description of “%1”</source>
        <translation>Définir la description de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Set principle of “%1”</source>
        <translation>Définir le principe de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Set intervention of “%1”</source>
        <translation>Définir l’intervention de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Set who it is for of “%1”</source>
        <translation>Définir le public de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Set day/night of “%1”</source>
        <translation>Définir jour/nuit de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Set cost of “%1”</source>
        <translation>Définir le coût de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Set status of “%1”</source>
        <translation>Définir le statut de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Principe</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Intervention</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
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
        <translation>Aucune proposition pour l’instant. Les groupes les dessinent sur la carte avec les outils de croquis.</translation>
    </message>
    <message>
        <source>Filter by workshop</source>
        <translation>Filtrer par atelier</translation>
    </message>
    <message>
        <source>Show only this workshop&apos;s proposals</source>
        <translation>Afficher seulement les propositions de cet atelier</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Filtrer par groupe</translation>
    </message>
    <message>
        <source>Show only this group&apos;s proposals</source>
        <translation>Afficher seulement les propositions de ce groupe</translation>
    </message>
    <message>
        <source>Filter by principle</source>
        <translation>Filtrer par principe</translation>
    </message>
    <message>
        <source>Show only proposals for this CPTED principle</source>
        <translation>Afficher seulement les propositions pour ce principe CPTED</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>The proposals, ranked; double-click zooms the map to one</source>
        <translation>Les propositions, classées&#xa0;; un double-clic zoome la carte sur l’une d’elles</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>Tous les ateliers</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Atelier sans titre</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>Unnamed group</source>
        <translation>Groupe sans nom</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln proposals shown</source>
        <translation>
            <numerusform>%1 sur %Ln proposition affichée</numerusform>
            <numerusform>%1 sur %Ln propositions affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals</source>
        <translation>
            <numerusform>%Ln proposition</numerusform>
            <numerusform>%Ln propositions</numerusform>
        </translation>
    </message>
    <message>
        <source>Create Action from Proposal</source>
        <translation>Créer une action à partir de la proposition</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Second-generation CPTED: the social side of safety</source>
        <translation>CPTED de deuxième génération&#xa0;: la dimension sociale de la sécurité</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <comment>no CPTED principle</comment>
        <translation>Non choisi</translation>
    </message>
    <message>
        <source>All principles</source>
        <translation>Tous les principes</translation>
    </message>
    <message>
        <source>12 ● 3: proposal no. 12 (as in the tables), 3 voting dots</source>
        <translation>12 ● 3&#xa0;: proposition n° 12 (comme dans les tableaux), 3 gommettes de vote</translation>
    </message>
    <message>
        <source>Proposals: %1</source>
        <comment>a legend row: a group&apos;s proposals</comment>
        <translation>Propositions&#xa0;: %1</translation>
    </message>
    <message>
        <source>unnamed group</source>
        <translation>groupe sans nom</translation>
    </message>
    <message>
        <source>Proposals (no group)</source>
        <translation>Propositions (sans groupe)</translation>
    </message>
    <message>
        <source>Move proposal</source>
        <translation>Déplacer la proposition</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln proposals</source>
        <translation>
            <numerusform>Déplacer %Ln proposition</numerusform>
            <numerusform>Déplacer %Ln propositions</numerusform>
        </translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>Déplacer le sommet</translation>
    </message>
    <message>
        <source>Insert vertex</source>
        <translation>Insérer un sommet</translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation>Supprimer le sommet</translation>
    </message>
    <message>
        <source>That change leaves the area with no inside</source>
        <translation>Cette modification laisse la zone sans intérieur</translation>
    </message>
    <message>
        <source>Cannot remove that vertex: a shape needs at least a point</source>
        <translation>Impossible de supprimer ce sommet&#xa0;: une forme doit avoir au moins un point</translation>
    </message>
    <message>
        <source>Cannot remove that vertex: a line needs at least two vertices</source>
        <translation>Impossible de supprimer ce sommet&#xa0;: une ligne doit avoir au moins deux sommets</translation>
    </message>
    <message>
        <source>Cannot remove that vertex: a shape needs at least three vertices</source>
        <translation>Impossible de supprimer ce sommet&#xa0;: une forme doit avoir au moins trois sommets</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>Proposition sans titre</translation>
    </message>
</context>
<context>
    <name>ProposalsFeature</name>
    <message>
        <source>Proposal Details</source>
        <translation>Détails de la proposition</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Compare Groups</source>
        <translation>Comparer les groupes</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Vote</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>this laptop</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>an unnamed laptop</source>
        <translation>un ordinateur sans nom</translation>
    </message>
    <message>
        <source>Made on: %1 · %2</source>
        <comment>%1: a laptop, %2: a group</comment>
        <translation>Créé sur&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>Made on: %1</source>
        <comment>%1: a laptop</comment>
        <translation>Créé sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>From paper sheet %1 (read on %2)</source>
        <comment>%1: the sheet&apos;s number, %2: a date</comment>
        <translation>De la feuille papier %1 (lue le %2)</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Ferme le panneau</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Détache le panneau de la fenêtre ou l’y rattache</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;on à tout</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Défiler vers la gauche</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Défiler vers la droite</translation>
    </message>
</context>
<context>
    <name>RankingList</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 dots from %Ln voters</source>
        <translation>
            <numerusform>%1&#xa0;: %2 gommettes de %Ln votant</numerusform>
            <numerusform>%1&#xa0;: %2 gommettes de %Ln votants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1. Use File › Save As to make an editable copy.</source>
        <translation>&lt;b&gt;Lecture seule&#xa0;:&lt;/b&gt; %1. Utilisez Fichier › Enregistrer sous pour faire une copie modifiable.</translation>
    </message>
</context>
<context>
    <name>ReadSheetsDialog</name>
    <message>
        <source>Read Paper Sheets</source>
        <translation>Lire les feuilles papier</translation>
    </message>
    <message>
        <source>Add Photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <source>Choose a read sheet in the list to check what was found on it.</source>
        <translation>Choisissez une feuille lue dans la liste pour vérifier ce qui y a été trouvé.</translation>
    </message>
    <message>
        <source>&amp;Store Sheet</source>
        <translation>&amp;Enregistrer la feuille</translation>
    </message>
    <message>
        <source>Add the ticked dots to the project as one step you can undo</source>
        <translation>Ajouter les points cochés au projet en une seule étape que vous pouvez annuler</translation>
    </message>
    <message>
        <source>Photos of Paper Sheets</source>
        <translation>Photos de feuilles papier</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Reading paper sheets…</source>
        <translation>Lecture des feuilles papier…</translation>
    </message>
    <message>
        <source>Reading cancelled; the photos read so far are not listed</source>
        <translation>Lecture annulée&#xa0;; les photos déjà lues ne sont pas listées</translation>
    </message>
    <message>
        <source>The photos were not read</source>
        <translation>Les photos n&apos;ont pas été lues</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a photo&apos;s file name, then why it cannot be read</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: sheet %2 (%3), stored</source>
        <translation>%1&#xa0;: feuille %2 (%3), enregistrée</translation>
    </message>
    <message>
        <source>%1: sheet %2 (%3): %4</source>
        <comment>%4: how many dots, how many to check</comment>
        <translation>%1&#xa0;: feuille %2 (%3)&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln to check</source>
        <comment>%1: the marks found (3 dots, 1 pen line)</comment>
        <translation>
            <numerusform>%1, %Ln à vérifier</numerusform>
            <numerusform>%1, %Ln à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: audit sheet %2 (%3), stored</source>
        <translation>%1 : feuille %2 (%3), enregistrée</translation>
    </message>
    <message>
        <source>%1: audit sheet %2 (%3): %4</source>
        <comment>%4: how many scores, how many to check</comment>
        <translation>%1 : feuille %2 (%3) : %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scores, %1 to check</source>
        <translation>
            <numerusform>%Ln note, %1 à vérifier</numerusform>
            <numerusform>%Ln notes, %1 à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the scores ticked to store</source>
        <translation>
            <numerusform>%Ln des notes cochée pour l’enregistrement</numerusform>
            <numerusform>%Ln des notes cochées pour l’enregistrement</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticked to store: %1</source>
        <comment>%1: 3 dots, 1 pen line</comment>
        <translation>Coché pour l’enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sheet %1 stored: %2 added (Edit › Undo takes them away)</source>
        <comment>%2: 3 dots, 1 pen line</comment>
        <translation>Feuille %1 enregistrée&#xa0;: ajouté %2 (Édition › Annuler le retire)</translation>
    </message>
    <message>
        <source>%1. Storing it again replaces its points&apos; scores with those ticked now.</source>
        <translation>%1. L’enregistrer encore remplace les notes de ses points par celles cochées maintenant.</translation>
    </message>
    <message>
        <source>Read Before</source>
        <translation>Déjà lue</translation>
    </message>
    <message>
        <source>%1. Storing it again adds its dots a second time.</source>
        <translation>%1. L’enregistrer encore ajoute ses points une seconde fois.</translation>
    </message>
    <message>
        <source>Photos of printed group maps or audit sheets: drop them here or add them. Check what was read, then store the sheet.</source>
        <translation>Photos de cartes de groupe ou de feuilles de marche imprimées&#xa0;: déposez-les ici ou ajoutez-les. Vérifiez ce qui a été lu, puis enregistrez la feuille.</translation>
    </message>
    <message>
        <source>Store Again</source>
        <translation>Enregistrer encore</translation>
    </message>
    <message>
        <source>Photo of audit sheet %1</source>
        <translation>Photo de la feuille de marche %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit sheet %1 stored: %Ln scores (Edit › Undo takes them away)</source>
        <translation>
            <numerusform>Feuille de marche %1 enregistrée : %Ln note (Édition › Annuler la retire)</numerusform>
            <numerusform>Feuille de marche %1 enregistrée : %Ln notes (Édition › Annuler les retire)</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet was not stored</source>
        <translation>La feuille n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>Photo of paper sheet %1</source>
        <translation>Photo de la feuille papier %1</translation>
    </message>
</context>
<context>
    <name>ReasonTagsDialog</name>
    <message>
        <source>Reason Tags</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Reason tags</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>The reasons a pin can give; F2 or a double click renames one</source>
        <translation>Les motifs qu’un repère peut indiquer&#xa0;; F2 ou un double-clic en renomme un</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Nouveau motif</translation>
    </message>
    <message>
        <source>Type a new reason and press Enter to add it</source>
        <translation>Saisissez un nouveau motif et appuyez sur Entrée pour l’ajouter</translation>
    </message>
    <message>
        <source>New reason, e.g. No toilets</source>
        <translation>Nouveau motif, p. ex. Pas de toilettes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Stop offering this reason for new pins; pins that have it keep it</source>
        <translation>Ne plus proposer ce motif pour les nouveaux repères&#xa0;; les repères qui l’ont le gardent</translation>
    </message>
    <message>
        <source>Translations…</source>
        <translation>Traductions…</translation>
    </message>
    <message>
        <source>This reason in other languages</source>
        <translation>Ce motif dans d’autres langues</translation>
    </message>
    <message>
        <source>Double-click a reason (or F2) to rename it. Reasons are retired, never deleted, so pins keep their meaning.</source>
        <translation>Double-cliquez sur un motif (ou F2) pour le renommer. Les motifs sont retirés, jamais supprimés, pour que les repères gardent leur sens.</translation>
    </message>
    <message>
        <source>Retired: not offered for new pins</source>
        <translation>Retiré&#xa0;: non proposé pour les nouveaux repères</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Type the new reason first</source>
        <translation>Saisissez d’abord le nouveau motif</translation>
    </message>
    <message>
        <source>“%1” is already a reason; nothing was added</source>
        <translation>«&#xa0;%1&#xa0;» est déjà un motif&#xa0;; rien n’a été ajouté</translation>
    </message>
    <message>
        <source>Add reason tag “%1”</source>
        <translation>Ajouter le motif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is already a reason; the name was kept</source>
        <translation>«&#xa0;%1&#xa0;» est déjà un motif&#xa0;; le nom a été conservé</translation>
    </message>
    <message>
        <source>A reason needs a name; the name was kept</source>
        <translation>Un motif doit avoir un nom&#xa0;; le nom a été conservé</translation>
    </message>
    <message>
        <source>Rename reason tag “%1” to “%2”</source>
        <translation>Renommer le motif «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Translate reason tag “%1”</source>
        <translation>Traduire le motif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Restore reason tag “%1”</source>
        <translation>Rétablir le motif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Retire reason tag “%1”</source>
        <translation>Retirer le motif «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>Basemap layers</source>
        <translation>Couches du fond de carte</translation>
    </message>
    <message>
        <source>basemap layer</source>
        <translation>couche du fond de carte</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>proposition</translation>
    </message>
    <message>
        <source>Criteria sets</source>
        <translation>Grilles de critères</translation>
    </message>
    <message>
        <source>criteria set</source>
        <translation>grille de critères</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>critère</translation>
    </message>
    <message>
        <source>Audit walks</source>
        <translation>Marches exploratoires</translation>
    </message>
    <message>
        <source>audit walk</source>
        <translation>marche exploratoire</translation>
    </message>
    <message>
        <source>Walk participants</source>
        <translation>Participants aux marches</translation>
    </message>
    <message>
        <source>walk participant</source>
        <translation>participant à une marche</translation>
    </message>
    <message>
        <source>Audit points</source>
        <translation>Points d’observation</translation>
    </message>
    <message>
        <source>audit point</source>
        <translation>point d’observation</translation>
    </message>
    <message>
        <source>Audit scores</source>
        <translation>Notes de diagnostic</translation>
    </message>
    <message>
        <source>audit score</source>
        <translation>note de diagnostic</translation>
    </message>
    <message>
        <source>Checklist answers</source>
        <translation>Réponses à la liste de contrôle</translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation>réponse à la liste de contrôle</translation>
    </message>
    <message>
        <source>Reason tags</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>reason tag</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>Label translations</source>
        <translation>Traductions des libellés</translation>
    </message>
    <message>
        <source>label translation</source>
        <translation>traduction de libellé</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>Repères de perception</translation>
    </message>
    <message>
        <source>perception pin</source>
        <translation>repère de perception</translation>
    </message>
    <message>
        <source>Recorded incidents</source>
        <translation>Incidents enregistrés</translation>
    </message>
    <message>
        <source>recorded incident</source>
        <translation>incident enregistré</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>partie prenante</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>Action partners</source>
        <translation>Partenaires d’action</translation>
    </message>
    <message>
        <source>action partner</source>
        <translation>partenaire d’action</translation>
    </message>
    <message>
        <source>Action links</source>
        <translation>Liens d’action</translation>
    </message>
    <message>
        <source>action link</source>
        <translation>lien d’action</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>vote</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <source>Paper sheets read</source>
        <translation>Feuilles papier lues</translation>
    </message>
    <message>
        <source>paper sheet read</source>
        <translation>feuille papier lue</translation>
    </message>
    <message>
        <source>Records read from paper</source>
        <translation>Enregistrements lus sur papier</translation>
    </message>
    <message>
        <source>record read from paper</source>
        <translation>enregistrement lu sur papier</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>device</source>
        <translation>appareil</translation>
    </message>
    <message>
        <source>Merge log</source>
        <translation>Journal des fusions</translation>
    </message>
    <message>
        <source>merge log</source>
        <translation>journal des fusions</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Unsafe place</source>
        <translation>Lieu peu sûr</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>Lieu sûr</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>The photo, straightened: drag a dot to where the sticker is</source>
        <translation>La photo, redressée&#xa0;: faites glisser un point là où est la gommette</translation>
    </message>
    <message>
        <source>The map: drag a dot to where it belongs</source>
        <translation>La carte&#xa0;: faites glisser un point à sa place</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Looks sure (%1 %)</source>
        <translation>Semble sûr (%1 %)</translation>
    </message>
    <message>
        <source>Pen line: %1</source>
        <translation>Trait de stylo : %1</translation>
    </message>
    <message>
        <source>Pen shape (an area): %1</source>
        <translation>Forme au stylo (une zone) : %1</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no numbered note</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Note number</source>
        <translation>Numéro de note</translation>
    </message>
    <message>
        <source>The number written beside the dot: it links the dot to that note of the margin</source>
        <translation>Le numéro écrit à côté de la pastille : il la relie à cette note de la marge</translation>
    </message>
    <message>
        <source>Photo of sheet %1</source>
        <translation>Photo de la feuille %1</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Sur la carte</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Numbered notes</source>
        <translation>Notes numérotées</translation>
    </message>
    <message>
        <source>Type each numbered note&apos;s text as written in the sheet&apos;s margin: it is stored with the dots that carry its number</source>
        <translation>Saisissez le texte de chaque note numérotée tel qu&apos;il est écrit dans la marge de la feuille : il est enregistré avec les pastilles qui portent son numéro</translation>
    </message>
    <message>
        <source>Numbered notes on this sheet</source>
        <translation>Notes numérotées de cette feuille</translation>
    </message>
    <message>
        <source>No sticker and no pen line was found on this sheet.</source>
        <translation>Aucune gommette ni aucun trait de stylo n’a été trouvé sur cette feuille.</translation>
    </message>
    <message>
        <source>%1: note %2</source>
        <comment>a dot&apos;s row, then the number written beside it</comment>
        <translation>%1 : note %2</translation>
    </message>
    <message>
        <source>%1?</source>
        <comment>a dot to check</comment>
        <translation>%1 ?</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>cosafe: %1 has no workshop: add one in CoSafe first (Workshop › New Workshop…).</source>
        <translation>cosafe: %1 n&apos;a aucun atelier : ajoutez-en d&apos;abord un dans CoSafe (Atelier › Nouvel atelier…).</translation>
    </message>
    <message>
        <source>cosafe: %1 has no map area: import a basemap or set the project area first.</source>
        <translation>cosafe: %1 n&apos;a pas de zone de carte : importez d&apos;abord un fond de carte ou définissez la zone du projet.</translation>
    </message>
    <message>
        <source>Room open: %1</source>
        <translation>Salle ouverte : %1</translation>
    </message>
    <message>
        <source>Room closed.</source>
        <translation>Salle fermée.</translation>
    </message>
    <message>
        <source>This address is not the room&apos;s.</source>
        <translation>Cette adresse n&apos;est pas celle de la salle.</translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation>La salle est fermée.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests from this device: wait %Ln seconds.</source>
        <translation>
            <numerusform>Trop de requêtes depuis cet appareil : attendez %Ln seconde.</numerusform>
            <numerusform>Trop de requêtes depuis cet appareil : attendez %Ln secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room code is wrong or missing: it is shown on the projector.</source>
        <translation>Le code de la salle est faux ou manquant : il est affiché au projecteur.</translation>
    </message>
    <message>
        <source>Join the room first: this needs the token that joining gives.</source>
        <translation>Entrez d&apos;abord dans la salle : il faut le jeton donné à l&apos;entrée.</translation>
    </message>
    <message>
        <source>This token is not valid, or the room was closed since: join again.</source>
        <translation>Ce jeton n&apos;est pas valide, ou la salle a été fermée depuis : entrez de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>The request is too large: at most %Ln bytes.</source>
        <translation>
            <numerusform>La requête est trop grande : %Ln octet au plus.</numerusform>
            <numerusform>La requête est trop grande : %Ln octets au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room is paused: try again in a moment.</source>
        <translation>La salle est en pause : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The basemap has no tile here.</source>
        <translation>Le fond de carte n&apos;a pas de tuile ici.</translation>
    </message>
    <message>
        <source>There is no such page in the room.</source>
        <translation>Cette page n&apos;existe pas dans la salle.</translation>
    </message>
    <message>
        <source>This address does not take that kind of request.</source>
        <translation>Cette adresse n&apos;accepte pas ce genre de requête.</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>La requête a été refusée.</translation>
    </message>
    <message>
        <source>Something went wrong in the room; nothing was stored.</source>
        <translation>Un problème est survenu dans la salle ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation>Proposition %1</translation>
    </message>
    <message>
        <source>This workshop has no groups: leave “group” out.</source>
        <translation>Cet atelier n&apos;a pas de groupes : omettez « group ».</translation>
    </message>
    <message>
        <source>“%1” must be a JSON object.</source>
        <translation>« %1 » doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Taking part needs consent: nothing was stored.</source>
        <translation>Participer demande le consentement : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Participant %1 joins from a phone</source>
        <translation>Participant %1 entre depuis un téléphone</translation>
    </message>
    <message>
        <source>Pin from phone %1</source>
        <translation>Repère du téléphone %1</translation>
    </message>
    <message>
        <source>Idea from phone %1</source>
        <translation>Idée du téléphone %1</translation>
    </message>
    <message>
        <source>“proposal” must be the id of one of this workshop&apos;s proposals.</source>
        <translation>« proposal » doit être l&apos;identifiant d&apos;une des propositions de cet atelier.</translation>
    </message>
    <message>
        <source>Dot from phone %1</source>
        <translation>Gommette du téléphone %1</translation>
    </message>
    <message>
        <source>“%1” is not an IP address; give the address of this computer on the phones&apos; network, e.g. 192.168.4.1.</source>
        <translation>« %1 » n&apos;est pas une adresse IP ; donnez l&apos;adresse de cet ordinateur sur le réseau des téléphones, p. ex. 192.168.4.1.</translation>
    </message>
    <message>
        <source>“%1” would listen on every network of this computer; give the address of the one the phones use, e.g. 192.168.4.1.</source>
        <translation>« %1 » écouterait sur tous les réseaux de cet ordinateur ; donnez l&apos;adresse de celui qu&apos;utilisent les téléphones, p. ex. 192.168.4.1.</translation>
    </message>
    <message>
        <source>the port is in use by another program</source>
        <translation>le port est utilisé par un autre programme</translation>
    </message>
    <message>
        <source>this computer has no such address</source>
        <translation>cet ordinateur n&apos;a pas cette adresse</translation>
    </message>
    <message>
        <source>The room cannot listen on %1: %2.</source>
        <translation>La salle ne peut pas écouter sur %1 : %2.</translation>
    </message>
    <message>
        <source>The request body is not JSON.</source>
        <translation>Le corps de la requête n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Le corps de la requête doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>Champ inconnu : « %1 ».</translation>
    </message>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>Le champ « %1 » manque.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” must be text of at most %Ln characters.</source>
        <translation>
            <numerusform>« %1 » doit être un texte de %Ln caractère au plus.</numerusform>
            <numerusform>« %1 » doit être un texte de %Ln caractères au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” must not be empty.</source>
        <translation>« %1 » ne doit pas être vide.</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2.</source>
        <translation>« %1 » doit être l&apos;une de ces valeurs : %2.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” must be a list of different values, at most %Ln, each one of: %2.</source>
        <translation>
            <numerusform>« %1 » doit être une liste de valeurs différentes, %Ln au plus, chacune parmi : %2.</numerusform>
            <numerusform>« %1 » doit être une liste de valeurs différentes, %Ln au plus, chacune parmi : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>« %1 » doit valoir true ou false.</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>« %1 » doit être un nombre.</translation>
    </message>
    <message>
        <source>The place is outside the workshop&apos;s area.</source>
        <translation>Le lieu est hors de la zone de l&apos;atelier.</translation>
    </message>
    <message numerus="yes">
        <source>“geometry” must be a GeoJSON point or a line of 2 to %Ln points.</source>
        <translation>
            <numerusform>« geometry » doit être un point GeoJSON ou une ligne de 2 à %Ln points.</numerusform>
            <numerusform>« geometry » doit être un point GeoJSON ou une ligne de 2 à %Ln points.</numerusform>
        </translation>
    </message>
    <message>
        <source>Safety workshop</source>
        <translation>Atelier sécurité</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Code de la salle</translation>
    </message>
    <message>
        <source>The code is shown on the projector.</source>
        <translation>Le code est affiché au projecteur.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Join the workshop</source>
        <translation>Entrer dans l&apos;atelier</translation>
    </message>
    <message>
        <source>No name is asked. Your answers only help show how safety differs between groups.</source>
        <translation>Aucun nom n&apos;est demandé. Vos réponses servent seulement à montrer comment la sécurité diffère entre les groupes.</translation>
    </message>
    <message>
        <source>Your group</source>
        <translation>Votre groupe</translation>
    </message>
    <message>
        <source>I agree that my answers, pins, ideas and dots are kept in this workshop&apos;s project, without my name.</source>
        <translation>J&apos;accepte que mes réponses, repères, idées et gommettes soient gardés dans le projet de cet atelier, sans mon nom.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Entrer</translation>
    </message>
    <message>
        <source>Your code is %1</source>
        <translation>Votre code est %1</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Repère</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>Map of the workshop&apos;s area</source>
        <translation>Carte de la zone de l&apos;atelier</translation>
    </message>
    <message>
        <source>Tap the map to choose a place. The arrow keys move the map; the button below chooses its centre.</source>
        <translation>Touchez la carte pour choisir un lieu. Les flèches du clavier déplacent la carte ; le bouton ci-dessous choisit son centre.</translation>
    </message>
    <message>
        <source>The numbers on the map are the proposals listed below.</source>
        <translation>Les numéros sur la carte sont les propositions de la liste ci-dessous.</translation>
    </message>
    <message>
        <source>Choose the centre of the map</source>
        <translation>Choisir le centre de la carte</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Place chosen.</source>
        <translation>Lieu choisi.</translation>
    </message>
    <message>
        <source>This place is outside the workshop&apos;s area (the dashed line).</source>
        <translation>Ce lieu est hors de la zone de l&apos;atelier (la ligne en tirets).</translation>
    </message>
    <message>
        <source>Tap the map to choose a place first.</source>
        <translation>Touchez d&apos;abord la carte pour choisir un lieu.</translation>
    </message>
    <message>
        <source>How do you feel here?</source>
        <translation>Comment vous sentez-vous ici ?</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi ?</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>Quand ?</translation>
    </message>
    <message>
        <source>Your story (if you wish)</source>
        <translation>Votre témoignage (si vous le souhaitez)</translation>
    </message>
    <message>
        <source>The facilitator reads stories before any is shown on the projector.</source>
        <translation>L&apos;animateur ou l&apos;animatrice lit les témoignages avant d&apos;en montrer un au projecteur.</translation>
    </message>
    <message>
        <source>Add the pin</source>
        <translation>Ajouter le repère</translation>
    </message>
    <message>
        <source>Your pin was added.</source>
        <translation>Votre repère a été ajouté.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>A point</source>
        <translation>Un point</translation>
    </message>
    <message>
        <source>A line: tap the map at each of its points</source>
        <translation>Une ligne : touchez la carte à chacun de ses points</translation>
    </message>
    <message>
        <source>Remove the last point</source>
        <translation>Retirer le dernier point</translation>
    </message>
    <message>
        <source>Points of the line: %1</source>
        <translation>Points de la ligne : %1</translation>
    </message>
    <message>
        <source>Tap the map at two points at least for a line.</source>
        <translation>Pour une ligne, touchez la carte en deux points au moins.</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Principe</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Description (if you wish)</source>
        <translation>Description (si vous le souhaitez)</translation>
    </message>
    <message>
        <source>Add the idea</source>
        <translation>Ajouter l&apos;idée</translation>
    </message>
    <message>
        <source>Your idea was added.</source>
        <translation>Votre idée a été ajoutée.</translation>
    </message>
    <message>
        <source>Dots left: %1</source>
        <translation>Gommettes restantes : %1</translation>
    </message>
    <message>
        <source>Place a dot on “%1”</source>
        <translation>Mettre une gommette sur « %1 »</translation>
    </message>
    <message>
        <source>Your dot was placed.</source>
        <translation>Votre gommette a été placée.</translation>
    </message>
    <message>
        <source>Your dots here: %1</source>
        <translation>Vos gommettes ici : %1</translation>
    </message>
    <message>
        <source>The laptop cannot be reached. Check the Wi-Fi and try again.</source>
        <translation>L&apos;ordinateur portable est injoignable. Vérifiez le wifi et réessayez.</translation>
    </message>
</context>
<context>
    <name>RoomFeature</name>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Open the &amp;Room…</source>
        <translation>Ouvrir la &amp;salle…</translation>
    </message>
    <message>
        <source>Let participants add pins, ideas and dots from their own phones</source>
        <translation>Permettre aux personnes participantes d&apos;ajouter repères, idées et gommettes depuis leur téléphone</translation>
    </message>
    <message>
        <source>The room cannot open</source>
        <translation>La salle ne peut pas s&apos;ouvrir</translation>
    </message>
    <message>
        <source>The project is open read-only: phones could add nothing.</source>
        <translation>Le projet est ouvert en lecture seule : les téléphones ne pourraient rien ajouter.</translation>
    </message>
    <message>
        <source>The project has no workshop: add one first (Workshop › New Workshop…).</source>
        <translation>Le projet n&apos;a aucun atelier : ajoutez-en un d&apos;abord (Atelier › Nouvel atelier…).</translation>
    </message>
    <message>
        <source>The project has no map area: import a basemap or set the project area first.</source>
        <translation>Le projet n&apos;a pas de zone de carte : importez un fond de carte ou définissez d&apos;abord la zone du projet.</translation>
    </message>
    <message>
        <source>The project was closed.</source>
        <translation>Le projet a été fermé.</translation>
    </message>
    <message>
        <source>Room open: %1</source>
        <translation>Salle ouverte : %1</translation>
    </message>
    <message>
        <source>Room closed.</source>
        <translation>Salle fermée.</translation>
    </message>
    <message>
        <source>Remove the contributions of phone %1</source>
        <translation>Retirer les contributions du téléphone %1</translation>
    </message>
    <message>
        <source>Phone %1 has added nothing to remove.</source>
        <translation>Le téléphone %1 n&apos;a rien ajouté à retirer.</translation>
    </message>
    <message>
        <source>Approve the story from phone %1</source>
        <translation>Valider le témoignage du téléphone %1</translation>
    </message>
    <message>
        <source>Reject the story from phone %1</source>
        <translation>Refuser le témoignage du téléphone %1</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>The room is closed. Open it to let participants add pins, ideas and dots from their own phones, on this computer&apos;s network, without internet.</source>
        <translation>La salle est fermée. Ouvrez-la pour que les personnes participantes ajoutent repères, idées et gommettes depuis leur téléphone, sur le réseau de cet ordinateur, sans internet.</translation>
    </message>
    <message>
        <source>Open the Room…</source>
        <translation>Ouvrir la salle…</translation>
    </message>
    <message>
        <source>Let participants add pins, ideas and dots from their own phones</source>
        <translation>Permettre aux personnes participantes d&apos;ajouter repères, idées et gommettes depuis leur téléphone</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>Code QR de l&apos;adresse de la salle</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Show on the Projector</source>
        <translation>Afficher au projecteur</translation>
    </message>
    <message>
        <source>The QR code, the address and the room code, full screen on the projector</source>
        <translation>Le code QR, l&apos;adresse et le code de la salle, en plein écran au projecteur</translation>
    </message>
    <message>
        <source>Close the Room</source>
        <translation>Fermer la salle</translation>
    </message>
    <message>
        <source>Connected phones</source>
        <translation>Téléphones connectés</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>Repères</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Stories awaiting approval</source>
        <translation>Témoignages en attente de validation</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Remove This Device&apos;s Contributions</source>
        <translation>Retirer les contributions de cet appareil</translation>
    </message>
    <message>
        <source>Delete the selected phone&apos;s pins, ideas and dots as one step (Undo brings them back)</source>
        <translation>Supprime les repères, idées et gommettes du téléphone choisi en une seule étape (Annuler les rétablit)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>A story sent from a phone is shown on the projector, the panels and the plan only once you approve it.</source>
        <translation>Un témoignage envoyé depuis un téléphone n&apos;apparaît au projecteur, dans les panneaux et dans le plan qu&apos;une fois que vous l&apos;avez validé.</translation>
    </message>
    <message>
        <source>Room code: %1</source>
        <translation>Code de la salle : %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Paused: phones can look, but nothing they send is added.</source>
        <translation>En pause : les téléphones peuvent consulter, mais rien de ce qu&apos;ils envoient n&apos;est ajouté.</translation>
    </message>
    <message>
        <source>Open: phones on this network can join and add pins, ideas and dots.</source>
        <translation>Ouverte : les téléphones de ce réseau peuvent rejoindre la salle et ajouter repères, idées et gommettes.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln phones connected</source>
        <translation>
            <numerusform>%Ln téléphone connecté</numerusform>
            <numerusform>%Ln téléphones connectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories awaiting approval</source>
        <translation>
            <numerusform>%Ln témoignage en attente de validation</numerusform>
            <numerusform>%Ln témoignages en attente de validation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPoster</name>
    <message>
        <source>Join the room</source>
        <translation>Rejoindre la salle</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>Code QR de l&apos;adresse de la salle</translation>
    </message>
    <message>
        <source>Room code: %1</source>
        <translation>Code de la salle : %1</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or type the address in its browser.</source>
        <translation>Scannez le code avec l&apos;appareil photo de votre téléphone, ou tapez l&apos;adresse dans son navigateur.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>Market to river loop (day)</source>
        <translation>Boucle du marché à la rivière (de jour)</translation>
    </message>
    <message>
        <source>Walked 10:00–11:30 on a market day.</source>
        <translation>Marche faite de 10 h à 11 h 30, un jour de marché.</translation>
    </message>
    <message>
        <source>Market to river loop (night)</source>
        <translation>Boucle du marché à la rivière (de nuit)</translation>
    </message>
    <message>
        <source>Walked 19:30–21:00, after the market closed.</source>
        <translation>Marche faite de 19 h 30 à 21 h, après la fermeture du marché.</translation>
    </message>
    <message>
        <source>Dark dirt path between bushes and the river; nowhere to run.</source>
        <translation>Chemin de terre sombre entre les buissons et la rivière ; impossible de s’enfuir.</translation>
    </message>
    <message>
        <source>No light on the footbridge; you cannot see who waits at the far end.</source>
        <translation>Aucun éclairage sur la passerelle ; on ne voit pas qui attend de l’autre côté.</translation>
    </message>
    <message>
        <source>No working lamp: could not see faces at 10 m.</source>
        <translation>Aucun lampadaire en état de marche : impossible de voir les visages à 10 m.</translation>
    </message>
    <message>
        <source>Market frontage, crowded with stalls and buyers.</source>
        <translation>Devant du marché, plein d’étals et d’acheteurs.</translation>
    </message>
    <message>
        <source>Market shut; stalls make blind corners.</source>
        <translation>Marché fermé ; les étals créent des recoins sans visibilité.</translation>
    </message>
    <message>
        <source>Men drinking outside the bar; groups of women cross the road to avoid it.</source>
        <translation>Des hommes boivent devant le bar ; les femmes traversent la rue en groupe pour l’éviter.</translation>
    </message>
    <message>
        <source>Bus stop close by.</source>
        <translation>Arrêt de bus à proximité.</translation>
    </message>
    <message>
        <source>Sign the market toilets from Soko Street.</source>
        <extracomment>“Soko Street” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Indiquer les toilettes du marché depuis Soko Street.</translation>
    </message>
    <message>
        <source>Trim the bushes along the bank path.</source>
        <translation>Tailler les buissons le long du chemin de la berge.</translation>
    </message>
    <message>
        <source>Solar lamps at both ends of the footbridge.</source>
        <translation>Lampadaires solaires aux deux bouts de la passerelle.</translation>
    </message>
    <message>
        <source>Open a lit path from the footbridge to the park.</source>
        <translation>Ouvrir un chemin éclairé de la passerelle au parc.</translation>
    </message>
    <message>
        <source>Light the bank path or close it after dark with a signed, lit detour.</source>
        <translation>Éclairer le chemin de la berge ou le fermer la nuit, avec une déviation balisée et éclairée.</translation>
    </message>
    <message>
        <source>Keep the stop&apos;s lamp working; add a shelter.</source>
        <translation>Garder le lampadaire de l’arrêt en état de marche ; ajouter un abri.</translation>
    </message>
    <message>
        <source>Riverside Police Post occurrence book 2025–26 (invented sample data)</source>
        <translation>Main courante du poste de police de Riverside 2025–26 (données d’exemple inventées)</translation>
    </message>
    <message>
        <source>Men touch and call out at girls in the crowded aisles.</source>
        <extracomment>Stories are what residents wrote on their pins: keep them short and spoken.</extracomment>
        <translation>Dans les allées bondées, des hommes touchent les filles et les interpellent.</translation>
    </message>
    <message>
        <source>The traders know us and look out for us.</source>
        <translation>Les commerçants nous connaissent et veillent sur nous.</translation>
    </message>
    <message>
        <source>The toilets are at the dark back of the market; I wait until I get home.</source>
        <translation>Les toilettes sont au fond du marché, dans le noir ; j’attends d’être rentrée chez moi.</translation>
    </message>
    <message>
        <source>Clean and busy in the morning.</source>
        <translation>Propre et animé le matin.</translation>
    </message>
    <message>
        <source>Pickpockets work the queue for the last matatu.</source>
        <extracomment>A matatu is a shared minibus taxi (East Africa): say the local word for one.</extracomment>
        <translation>Les pickpockets opèrent dans la file du dernier minibus.</translation>
    </message>
    <message>
        <source>Always people and lights at the bays.</source>
        <translation>Toujours du monde et de la lumière aux quais.</translation>
    </message>
    <message>
        <source>Drinkers outside the bar block the pavement and shout at women.</source>
        <translation>Les buveurs devant le bar bloquent le trottoir et crient sur les femmes.</translation>
    </message>
    <message>
        <source>Lively, people about.</source>
        <translation>Animé, il y a du monde.</translation>
    </message>
    <message>
        <source>Nobody walks by the river after dark; there is not one lamp.</source>
        <translation>Personne ne longe la rivière la nuit ; il n’y a pas un seul lampadaire.</translation>
    </message>
    <message>
        <source>Nice walk in the morning with others.</source>
        <translation>Belle promenade le matin avec d’autres gens.</translation>
    </message>
    <message>
        <source>You cannot see who waits at the other end of the footbridge.</source>
        <translation>On ne voit pas qui attend à l’autre bout de la passerelle.</translation>
    </message>
    <message>
        <source>Quick way to school in daylight.</source>
        <translation>Un raccourci pour aller à l’école en plein jour.</translation>
    </message>
    <message>
        <source>Bushes on both sides and the river behind: nowhere to run.</source>
        <translation>Des buissons des deux côtés et la rivière derrière : impossible de s’enfuir.</translation>
    </message>
    <message>
        <source>Young men sit in the dark corners smoking.</source>
        <translation>Des jeunes hommes fument, assis dans les coins sombres.</translation>
    </message>
    <message>
        <source>Families and football in the afternoon.</source>
        <translation>L’après-midi, des familles et du football.</translation>
    </message>
    <message>
        <source>The post is closed at night.</source>
        <translation>Le poste est fermé la nuit.</translation>
    </message>
    <message>
        <source>Police at the post; I feel safe here.</source>
        <translation>La police est au poste ; ici je me sens en sécurité.</translation>
    </message>
    <message>
        <source>Empty and dark around the school at night.</source>
        <translation>Vide et sombre autour de l’école la nuit.</translation>
    </message>
    <message>
        <source>Teachers and parents at the gate.</source>
        <translation>Des enseignants et des parents au portail.</translation>
    </message>
    <message>
        <source>The stop is dark and buses stop coming after eight.</source>
        <translation>L’arrêt est sombre et les bus ne passent plus après huit heures.</translation>
    </message>
    <message>
        <source>Busy stop in the morning.</source>
        <translation>Arrêt très fréquenté le matin.</translation>
    </message>
    <message>
        <source>Tumaini Lane has no street lights at all.</source>
        <extracomment>“Tumaini Lane” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Il n’y a aucun lampadaire dans Tumaini Lane.</translation>
    </message>
    <message>
        <source>Neighbours sit outside in the day.</source>
        <translation>Dans la journée, les voisins s’assoient dehors.</translation>
    </message>
    <message>
        <source>Boda boda riders stop and harass girls at night.</source>
        <extracomment>Boda bodas are motorcycle taxis (East Africa): say the local word for them.</extracomment>
        <translation>La nuit, les conducteurs de moto-taxi s’arrêtent et harcèlent les filles.</translation>
    </message>
    <message>
        <source>Shops open late and well lit.</source>
        <translation>Les boutiques ouvrent tard et sont bien éclairées.</translation>
    </message>
    <message>
        <source>Theft</source>
        <extracomment>An incident category in the police records (invented).</extracomment>
        <translation>Vol</translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation>Vol avec violence</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>Agression</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>Harcèlement sexuel</translation>
    </message>
    <message>
        <source>Drug offence</source>
        <translation>Infraction à la législation sur les stupéfiants</translation>
    </message>
    <message>
        <source>Vandalism</source>
        <translation>Vandalisme</translation>
    </message>
    <message>
        <source>County Public Lighting Department</source>
        <translation>Direction de l’éclairage public du comté</translation>
    </message>
    <message>
        <source>Installs and repairs street and public lighting; holds the lighting budget</source>
        <translation>Installe et répare l’éclairage des rues et des espaces publics ; gère le budget de l’éclairage</translation>
    </message>
    <message>
        <source>Eng. A. Otieno, lighting works office, 0700 100 200 (invented)</source>
        <extracomment>An invented contact person: keep the name and the phone number as they are.</extracomment>
        <translation>Ing. A. Otieno, bureau des travaux d’éclairage, 0700 100 200 (fictif)</translation>
    </message>
    <message>
        <source>County Roads and Transport Department</source>
        <translation>Direction des routes et des transports du comté</translation>
    </message>
    <message>
        <source>Builds stops, crossings and footpaths; licenses matatu stages</source>
        <extracomment>A matatu is a shared minibus taxi (East Africa); a stage is where they wait for passengers.</extracomment>
        <translation>Construit les arrêts, les passages piétons et les chemins ; délivre les autorisations des stations de minibus</translation>
    </message>
    <message>
        <source>Riverside Police Post</source>
        <translation>Poste de police de Riverside</translation>
    </message>
    <message>
        <source>Patrols and the community policing desk</source>
        <translation>Patrouilles et bureau de police de proximité</translation>
    </message>
    <message>
        <source>Riverside Ward Administrator&apos;s Office</source>
        <translation>Bureau de l’administrateur du quartier de Riverside</translation>
    </message>
    <message>
        <source>Convenes ward meetings, allocates public land and market space</source>
        <translation>Convoque les réunions de quartier, attribue les terrains publics et les emplacements du marché</translation>
    </message>
    <message>
        <source>Riverside Market Traders&apos; Association</source>
        <translation>Association des commerçants du marché de Riverside</translation>
    </message>
    <message>
        <source>Represents about 300 stallholders; runs market cleaning and the night guard</source>
        <translation>Représente environ 300 marchands ; organise le nettoyage du marché et le gardiennage de nuit</translation>
    </message>
    <message>
        <source>Chairperson M. Njeri, stall 114, traders@riverside.invalid (invented)</source>
        <extracomment>An invented contact person: keep the name and the e-mail address as they are.</extracomment>
        <translation>Présidente M. Njeri, étal 114, traders@riverside.invalid (fictif)</translation>
    </message>
    <message>
        <source>Riverside Matatu Owners&apos; and Drivers&apos; Association</source>
        <extracomment>A matatu is a shared minibus taxi (East Africa): say the local word for one.</extracomment>
        <translation>Association des propriétaires et chauffeurs de minibus de Riverside</translation>
    </message>
    <message>
        <source>Runs the routes through Riverside Interchange and Riverside Halt</source>
        <extracomment>“Riverside Halt” and “Riverside Interchange” are names on the sample&apos;s map: keep them as written.</extracomment>
        <translation>Exploite les lignes qui passent par Riverside Interchange et Riverside Halt</translation>
    </message>
    <message>
        <source>Riverside Residents&apos; Association</source>
        <translation>Association des habitants de Riverside</translation>
    </message>
    <message>
        <source>Elected street representatives; organises clean-ups</source>
        <translation>Représentants de rue élus ; organise des journées de nettoyage</translation>
    </message>
    <message>
        <source>Mto Women&apos;s Group</source>
        <translation>Groupe des femmes de Mto</translation>
    </message>
    <message>
        <source>Savings group of women traders; runs the evening watch rota</source>
        <translation>Groupe d’épargne de commerçantes ; organise le tour de garde du soir</translation>
    </message>
    <message>
        <source>Riverside Youth Football Club</source>
        <translation>Club de football des jeunes de Riverside</translation>
    </message>
    <message>
        <source>Coaches about 120 girls and boys at Riverside Grounds</source>
        <extracomment>“Riverside Grounds” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Entraîne environ 120 filles et garçons à Riverside Grounds</translation>
    </message>
    <message>
        <source>Riverside Safer Neighbourhoods Trust</source>
        <translation>Fondation Quartiers plus sûrs de Riverside</translation>
    </message>
    <message>
        <source>NGO that facilitated the safety audit; raises funds for small works</source>
        <translation>ONG qui a animé le diagnostic de sécurité ; collecte des fonds pour les petits travaux</translation>
    </message>
    <message>
        <source>Riverside Interfaith Forum</source>
        <translation>Forum interreligieux de Riverside</translation>
    </message>
    <message>
        <source>Mosques and churches of the ward; hosts youth and parents&apos; meetings</source>
        <translation>Mosquées et églises du quartier ; accueille des réunions de jeunes et de parents</translation>
    </message>
    <message>
        <source>Mean safety score of the audit points at these places (re-audit walks, day and night)</source>
        <translation>Note de sécurité moyenne des points d’observation de ces lieux (nouvelles marches exploratoires, de jour et de nuit)</translation>
    </message>
    <message>
        <source>From the audit walks&apos; dark spots.</source>
        <extracomment>The description of an action that comes from the audit walks rather than from a proposal.</extracomment>
        <translation>D’après les points noirs d’éclairage relevés lors des marches exploratoires.</translation>
    </message>
    <message>
        <source>Shelter and lights at Riverside Halt</source>
        <extracomment>“Riverside Halt” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Abri et éclairage à Riverside Halt</translation>
    </message>
    <message>
        <source>Women waiting at the halt after 19:00 (evening count, 2 weekdays)</source>
        <translation>Femmes qui attendent à la halte après 19 h (comptage du soir, 2 jours de semaine)</translation>
    </message>
    <message>
        <source>3 women on average (count of 20–21 March 2026)</source>
        <translation>3 femmes en moyenne (comptage des 20 et 21 mars 2026)</translation>
    </message>
    <message>
        <source>At least 10 by March 2027</source>
        <translation>Au moins 10 d’ici mars 2027</translation>
    </message>
    <message>
        <source>Public toilets inside the market</source>
        <translation>Toilettes publiques dans le marché</translation>
    </message>
    <message>
        <source>Market toilet block open and staffed 06:00–21:00</source>
        <translation>Bloc sanitaire du marché ouvert et tenu par du personnel de 6 h à 21 h</translation>
    </message>
    <message>
        <source>No public toilet inside the market</source>
        <translation>Pas de toilettes publiques dans le marché</translation>
    </message>
    <message>
        <source>Open every market day by December 2027</source>
        <translation>Ouvertes chaque jour de marché d’ici décembre 2027</translation>
    </message>
    <message>
        <source>Solar lights on the Mto footbridge</source>
        <translation>Éclairage solaire sur la passerelle de Mto</translation>
    </message>
    <message>
        <source>2.5 / 5 at the re-audit in July 2026</source>
        <translation>2,5 / 5 au nouveau diagnostic de juillet 2026</translation>
    </message>
    <message>
        <source>Light the market&apos;s back lanes</source>
        <translation>Éclairer les ruelles à l’arrière du marché</translation>
    </message>
    <message>
        <source>3.5 / 5 by the 2027 audit</source>
        <translation>3,5 / 5 d’ici le diagnostic de 2027</translation>
    </message>
    <message>
        <source>Street lights on Tumaini Lane</source>
        <extracomment>“Tumaini Lane” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Éclairage public dans Tumaini Lane</translation>
    </message>
    <message>
        <source>Working street lamps on Tumaini Lane</source>
        <extracomment>“Tumaini Lane” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Lampadaires en état de marche dans Tumaini Lane</translation>
    </message>
    <message>
        <source>0 of 9 lamp posts working</source>
        <translation>0 lampadaire sur 9 en état de marche</translation>
    </message>
    <message>
        <source>9 of 9 working, checked monthly</source>
        <translation>9 sur 9 en état de marche, vérifiés chaque mois</translation>
    </message>
    <message>
        <source>Seating and shade in Mto Park</source>
        <extracomment>“Mto Park” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Bancs et ombre à Mto Park</translation>
    </message>
    <message>
        <source>Older people and carers using the park on weekday afternoons</source>
        <translation>Personnes âgées et aidants qui fréquentent le parc l’après-midi en semaine</translation>
    </message>
    <message>
        <source>About 5 (count of 18 March 2026)</source>
        <translation>Environ 5 (comptage du 18 mars 2026)</translation>
    </message>
    <message>
        <source>15 or more</source>
        <translation>15 ou plus</translation>
    </message>
    <message>
        <source>Upgrade the bus stop at Riverside Road South</source>
        <extracomment>“Riverside Road South” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Améliorer l’arrêt de bus Riverside Road South</translation>
    </message>
    <message>
        <source>Stop has a lit shelter and a timetable board</source>
        <translation>L’arrêt a un abri éclairé et un panneau d’horaires</translation>
    </message>
    <message>
        <source>Pole only, no light</source>
        <translation>Un simple poteau, sans éclairage</translation>
    </message>
    <message>
        <source>Shelter, lamp and board installed</source>
        <translation>Abri, lampadaire et panneau installés</translation>
    </message>
    <message>
        <source>Evening football league with a floodlit pitch</source>
        <translation>Ligue de football du soir sur un terrain éclairé</translation>
    </message>
    <message>
        <source>Young people (girls counted apart) playing in the evening league</source>
        <translation>Jeunes (filles comptées à part) qui jouent dans la ligue du soir</translation>
    </message>
    <message>
        <source>No evening activity at the grounds</source>
        <translation>Aucune activité le soir sur le terrain</translation>
    </message>
    <message>
        <source>120 players, at least 40 girls</source>
        <translation>120 joueurs, dont au moins 40 filles</translation>
    </message>
    <message>
        <source>Light the riverbank path, or close it after dark with a lit detour</source>
        <translation>Éclairer le chemin de la berge, ou le fermer la nuit avec une déviation éclairée</translation>
    </message>
    <message>
        <source>No point below 1.5 / 5, by day or at night</source>
        <translation>Aucun point en dessous de 1,5 / 5, de jour comme de nuit</translation>
    </message>
    <message>
        <source>Market traders&apos; evening watch</source>
        <translation>Tour de garde du soir des commerçants du marché</translation>
    </message>
    <message>
        <source>Evenings a week the watch rota is covered</source>
        <translation>Soirs par semaine où le tour de garde est assuré</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas encore commencé</translation>
    </message>
    <message>
        <source>6 evenings a week</source>
        <translation>6 soirs par semaine</translation>
    </message>
    <message>
        <source>Gun-free zone around the school</source>
        <translation>Zone sans armes autour de l’école</translation>
    </message>
    <message>
        <source>Signs up and a parents&apos; pledge signed</source>
        <translation>Panneaux posés et engagement des parents signé</translation>
    </message>
    <message>
        <source>No signs</source>
        <translation>Aucun panneau</translation>
    </message>
    <message>
        <source>Signs at all 4 gates; 200 pledges</source>
        <translation>Panneaux aux 4 portails ; 200 engagements</translation>
    </message>
    <message>
        <source>Safe crossing at Soko junction</source>
        <translation>Traversée sécurisée au carrefour de Soko Street</translation>
    </message>
    <message>
        <source>Marked crossing with a refuge island and a lamp</source>
        <translation>Passage piéton marqué avec îlot refuge et lampadaire</translation>
    </message>
    <message>
        <source>Unmarked, unlit junction</source>
        <translation>Carrefour sans marquage ni éclairage</translation>
    </message>
    <message>
        <source>Crossing built before the 2027 rains</source>
        <translation>Traversée construite avant les pluies de 2027</translation>
    </message>
    <message>
        <source>Riverside Market sample</source>
        <extracomment>The name of the sample project. Riverside is the invented neighbourhood&apos;s name.</extracomment>
        <translation>Exemple : marché de Riverside</translation>
    </message>
    <message>
        <source>Riverside (fictional neighbourhood)</source>
        <translation>Riverside (quartier fictif)</translation>
    </message>
    <message>
        <source>Invented sample data for trying CoSafe. Riverside is a fictional neighbourhood: its river, market, streets, buildings and places were generated by a program and describe no real place or people. It is placed near lon 36.85, lat -1.28 only so that distances and scale bars are real.</source>
        <translation>Données d’exemple inventées pour essayer CoSafe. Riverside est un quartier fictif : sa rivière, son marché, ses rues, ses bâtiments et ses lieux ont été générés par un programme et ne décrivent aucun lieu ni aucune personne réels. Il est placé près de lon 36.85, lat -1.28 uniquement pour que les distances et les barres d’échelle soient réelles.</translation>
    </message>
    <message>
        <source>Riverside basemap</source>
        <extracomment>The name of the sample&apos;s map layer.</extracomment>
        <translation>Fond de carte de Riverside</translation>
    </message>
    <message>
        <source>Sample data, invented for CoSafe</source>
        <translation>Données d’exemple, inventées pour CoSafe</translation>
    </message>
    <message>
        <source>Women traders</source>
        <translation>Commerçantes</translation>
    </message>
    <message>
        <source>Proposed by the women traders group.</source>
        <extracomment>The description of every proposal of the group “Women traders”.</extracomment>
        <translation>Proposé par le groupe des commerçantes.</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <source>Proposed by the youth group.</source>
        <extracomment>The description of every proposal of the group “Youth”.</extracomment>
        <translation>Proposé par le groupe des jeunes.</translation>
    </message>
    <message>
        <source>Residents and elders</source>
        <translation>Habitants et aînés</translation>
    </message>
    <message>
        <source>Proposed by the residents and elders group.</source>
        <extracomment>The description of every proposal of the group “Residents and elders”.</extracomment>
        <translation>Proposé par le groupe des habitants et des aînés.</translation>
    </message>
    <message>
        <source>Riverside safety mapping workshop</source>
        <translation>Atelier de cartographie de la sécurité à Riverside</translation>
    </message>
    <message>
        <source>Riverside Community Hall</source>
        <translation>Salle communautaire de Riverside</translation>
    </message>
    <message>
        <source>Municipal safety officer and a community leader</source>
        <translation>Agent municipal chargé de la sécurité et une responsable associative du quartier</translation>
    </message>
    <message>
        <source>Three groups mapped where they feel unsafe and what would help; each person had 3 dots.</source>
        <translation>Trois groupes ont cartographié les lieux où ils ne se sentent pas en sécurité et ce qui aiderait ; chaque personne avait 3 gommettes.</translation>
    </message>
    <message>
        <source>Vending bays along Soko Street</source>
        <extracomment>“Soko Street” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Emplacements de vente le long de Soko Street</translation>
    </message>
    <message>
        <source>Lit walkway from the market to the interchange</source>
        <translation>Cheminement éclairé du marché à la gare routière</translation>
    </message>
    <message>
        <source>Clear the blind corner at the market gate</source>
        <translation>Dégager le recoin sans visibilité à l’entrée du marché</translation>
    </message>
    <message>
        <source>Repave the market&apos;s muddy walkways</source>
        <translation>Repaver les allées boueuses du marché</translation>
    </message>
    <message>
        <source>Floodlit pitch at Riverside Grounds</source>
        <extracomment>“Riverside Grounds” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Terrain éclairé à Riverside Grounds</translation>
    </message>
    <message>
        <source>Evening youth programme in Mto Park</source>
        <extracomment>“Mto Park” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Programme du soir pour les jeunes à Mto Park</translation>
    </message>
    <message>
        <source>Lights on the Mto footbridge</source>
        <translation>Éclairage sur la passerelle de Mto</translation>
    </message>
    <message>
        <source>Trim the bushes along Riverside Walk</source>
        <extracomment>“Riverside Walk” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Tailler les buissons le long de Riverside Walk</translation>
    </message>
    <message>
        <source>Mural on the railway wall</source>
        <translation>Fresque sur le mur de la voie ferrée</translation>
    </message>
    <message>
        <source>Signs from the river to the interchange</source>
        <translation>Signalétique de la rivière à la gare routière</translation>
    </message>
    <message>
        <source>Riverbank clean-up days</source>
        <translation>Journées de nettoyage des berges</translation>
    </message>
    <message>
        <source>Neighbourhood watch by the health centre</source>
        <translation>Veille citoyenne près du centre de santé</translation>
    </message>
    <message>
        <source>Safe crossing by the primary school</source>
        <translation>Traversée sécurisée près de l’école primaire</translation>
    </message>
    <message>
        <source>Ramp and handrail at the footbridge</source>
        <translation>Rampe et main courante à la passerelle</translation>
    </message>
    <message>
        <source>Greening in front of the police post</source>
        <translation>Végétalisation devant le poste de police</translation>
    </message>
</context>
<context>
    <name>ScoreField</name>
    <message>
        <source>%1: type %2–%3 (0 = poor, 3 = good), Space to leave it blank; a comment goes in the comment field below the scores</source>
        <translation>%1&#xa0;: tapez %2–%3 (0 = mauvais, 3 = bon), Espace pour laisser vide&#xa0;; un commentaire va dans le champ de commentaire sous les notes</translation>
    </message>
</context>
<context>
    <name>SheetPhotos</name>
    <message>
        <source>Add Photo…</source>
        <translation>Ajouter une photo…</translation>
    </message>
    <message>
        <source>Photos of this point (Ctrl+P); saved with the sheet</source>
        <translation>Photos de ce point (Ctrl+P)&#xa0;; enregistrées avec la fiche</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between problems</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Remove photo from audit point %1</source>
        <translation>Retirer la photo du point d’observation %1</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>No workshop is called %1</source>
        <translation>Aucun atelier ne s’appelle %1</translation>
    </message>
    <message>
        <source>No group is called %1</source>
        <translation>Aucun groupe ne s’appelle %1</translation>
    </message>
    <message>
        <source>There is no group to print a map for: add groups to a workshop first</source>
        <translation>Il n’y a aucun groupe pour qui imprimer une carte : ajoutez d’abord des groupes à un atelier</translation>
    </message>
    <message>
        <source>Nothing to print: the project has no workshop area and no basemap</source>
        <translation>Rien à imprimer : le projet n’a ni zone d’atelier ni fond de carte</translation>
    </message>
    <message>
        <source>Orange-red dot: an unsafe place</source>
        <translation>Gommette rouge orangé : un lieu peu sûr</translation>
    </message>
    <message>
        <source>Green dot: a safe place</source>
        <translation>Gommette verte : un lieu sûr</translation>
    </message>
    <message>
        <source>Blue dot: an idea for a change</source>
        <translation>Gommette bleue : une idée de changement</translation>
    </message>
    <message>
        <source>The sheets were not written: the folder %1 does not exist</source>
        <translation>Les feuilles n’ont pas été écrites : le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>Audit sheets</source>
        <translation>Feuilles de marche exploratoire</translation>
    </message>
    <message>
        <source>Audit walk “%1”</source>
        <comment>a printed audit sheet&apos;s title: the walk&apos;s title</comment>
        <translation>Marche exploratoire « %1 »</translation>
    </message>
    <message>
        <source>Tick one box in each row: 0 = poor, 3 = good. Leave a row empty if you did not look.</source>
        <translation>Cochez une case par ligne : 0 = mauvais, 3 = bon. Laissez la ligne vide si vous n’avez pas regardé.</translation>
    </message>
    <message>
        <source>Point %1</source>
        <comment>an audit point&apos;s number on a printed sheet</comment>
        <translation>Point %1</translation>
    </message>
    <message>
        <source>Time of day</source>
        <comment>the row of day, dusk and night boxes on an audit sheet</comment>
        <translation>Moment de la journée</translation>
    </message>
    <message>
        <source>3: %1</source>
        <comment>what a score of 3 means for a criterion</comment>
        <translation>3 : %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nuit</translation>
    </message>
    <message>
        <source>Dusk</source>
        <translation>Crépuscule</translation>
    </message>
    <message>
        <source>Route (points numbered along the walk)</source>
        <translation>Parcours (points numérotés le long de la marche)</translation>
    </message>
    <message>
        <source>Group maps</source>
        <translation>Cartes de groupe</translation>
    </message>
    <message>
        <source>The sheets were not written to %1: %2</source>
        <translation>Les feuilles n’ont pas été écrites dans %1 : %2</translation>
    </message>
    <message>
        <source>Group %1 · %2</source>
        <comment>a printed map&apos;s title: the group&apos;s name, the workshop&apos;s title</comment>
        <translation>Groupe %1 · %2</translation>
    </message>
    <message>
        <source>Sheet %1 · part %2 of %3</source>
        <comment>a tile of a large area: %1 the sheet&apos;s number</comment>
        <translation>Feuille %1 · partie %2 sur %3</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <comment>the printed map&apos;s number</comment>
        <translation>Feuille %1</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <translation>Ce que signifient les couleurs</translation>
    </message>
    <message>
        <source>Pen line: a route</source>
        <translation>Trait de stylo : un itinéraire</translation>
    </message>
    <message>
        <source>Closed pen line: an area for an idea</source>
        <translation>Trait de stylo fermé : une zone pour une idée</translation>
    </message>
    <message>
        <source>Notes (write the note&apos;s number beside its dot)</source>
        <translation>Notes (écrivez le numéro de la note à côté de sa gommette)</translation>
    </message>
    <message>
        <source>Group %1 · %2 · overview</source>
        <comment>the overview page of a large area&apos;s map: the group&apos;s name, the workshop&apos;s title</comment>
        <translation>Groupe %1 · %2 · vue d’ensemble</translation>
    </message>
    <message numerus="yes">
        <source>The area is printed on %Ln sheets. Put the dots and lines on the numbered sheets, not on this page.</source>
        <translation>
            <numerusform>La zone est imprimée sur %Ln feuille. Placez les gommettes et les traits sur la feuille numérotée, pas sur cette page.</numerusform>
            <numerusform>La zone est imprimée sur %Ln feuilles. Placez les gommettes et les traits sur les feuilles numérotées, pas sur cette page.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a photo CoSafe can read (JPEG, PNG, TIFF, WebP)</source>
        <translation>%1 n’est pas une photo que CoSafe sait lire (JPEG, PNG, TIFF, WebP)</translation>
    </message>
    <message>
        <source>This photo is not a CoSafe sheet: its corner markers were not found</source>
        <translation>Cette photo n’est pas une feuille CoSafe : ses repères d’angle sont introuvables</translation>
    </message>
    <message>
        <source>This sheet&apos;s QR code and its corner markers do not agree: it cannot be read</source>
        <translation>Le code QR de cette feuille et ses repères d’angle ne concordent pas : elle ne peut pas être lue</translation>
    </message>
    <message>
        <source>This photo shows corner markers but its QR code cannot be read: take the photo again with the whole sheet in view and in focus</source>
        <translation>Cette photo montre les repères d’angle mais son code QR est illisible : reprenez la photo avec toute la feuille visible et nette</translation>
    </message>
    <message>
        <source>This photo is not a CoSafe sheet: its QR code is not a CoSafe sheet&apos;s</source>
        <translation>Cette photo n’est pas une feuille CoSafe : son code QR n’est pas celui d’une feuille CoSafe</translation>
    </message>
    <message>
        <source>This is a sheet of another project, not of %1</source>
        <translation>C’est une feuille d’un autre projet, pas de %1</translation>
    </message>
    <message>
        <source>Audit sheet %1 is for an audit walk this project no longer has</source>
        <translation>La feuille %1 est celle d’une marche exploratoire que ce projet n’a plus</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2”, “%3” and “%4” at different points; the audit walk %5 is recorded as “%6”</source>
        <comment>%2, %3, %4: day, dusk and night; %6: the walk&apos;s time of day</comment>
        <translation>La feuille de marche %1 est cochée «&#xa0;%2&#xa0;», «&#xa0;%3&#xa0;» et «&#xa0;%4&#xa0;» selon les points&#xa0;; la marche exploratoire %5 est enregistrée comme «&#xa0;%6&#xa0;»</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked both “%2” and “%3” at different points; the audit walk %4 is recorded as “%5”</source>
        <comment>%2, %3: two of day, dusk and night; %5: the walk&apos;s time of day</comment>
        <translation>La feuille de marche %1 est cochée à la fois «&#xa0;%2&#xa0;» et «&#xa0;%3&#xa0;» selon les points&#xa0;; la marche exploratoire %4 est enregistrée comme «&#xa0;%5&#xa0;»</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2” and the audit walk %3 had no scores yet: its time of day is now “%2”</source>
        <comment>%2: day, dusk or night</comment>
        <translation>La feuille de marche %1 est cochée «&#xa0;%2&#xa0;» et la marche exploratoire %3 n’avait encore aucune note&#xa0;: son moment de la journée est maintenant «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2” and the audit walk %3 has no scores yet: storing the sheet sets its time of day to “%2”</source>
        <comment>%2: day, dusk or night</comment>
        <translation>La feuille de marche %1 est cochée «&#xa0;%2&#xa0;» et la marche exploratoire %3 n’a encore aucune note&#xa0;: enregistrer la feuille met son moment de la journée à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2”, but the audit walk %3 is recorded as “%4”: its scores are stored on the walk as recorded</source>
        <comment>%2: day, dusk or night; %4: the walk&apos;s time of day</comment>
        <translation>La feuille de marche %1 est cochée «&#xa0;%2&#xa0;», mais la marche exploratoire %3 est enregistrée comme «&#xa0;%4&#xa0;»&#xa0;: ses notes sont enregistrées sur la marche telle qu’elle est</translation>
    </message>
    <message>
        <source>Audit sheet %1 of this audit walk was read on %2</source>
        <comment>%1: the sheet&apos;s number, %2: a date</comment>
        <translation>La feuille de marche %1 de cette marche exploratoire a été lue le %2</translation>
    </message>
    <message>
        <source>Read audit sheet %1 (%2)</source>
        <comment>%1: the sheet&apos;s number, %2: the audit walk</comment>
        <translation>Lire la feuille de marche %1 (%2)</translation>
    </message>
    <message>
        <source>Sheet %1 is for a group this project no longer has</source>
        <translation>La feuille %1 est celle d’un groupe que ce projet n’a plus</translation>
    </message>
    <message>
        <source>This photo was read on %1</source>
        <translation>Cette photo a été lue le %1</translation>
    </message>
    <message>
        <source>Sheet %1 of this group was read on %2</source>
        <comment>%1: the sheet&apos;s number, %2: a date</comment>
        <translation>La feuille %1 de ce groupe a été lue le %2</translation>
    </message>
    <message>
        <source>From paper sheet %1</source>
        <comment>a proposal read from a photo of a printed group map</comment>
        <translation>De la feuille papier %1</translation>
    </message>
    <message>
        <source>Read paper sheet %1 (%2)</source>
        <comment>%1: the sheet&apos;s number, %2: the group</comment>
        <translation>Lire la feuille papier %1 (%2)</translation>
    </message>
    <message>
        <source>Note %1 on paper sheet %2</source>
        <comment>a dot&apos;s number written on a printed group map</comment>
        <translation>Note %1 de la feuille papier %2</translation>
    </message>
    <message>
        <source>%1

From paper sheet %2, note %3</source>
        <comment>%1: the note&apos;s text typed from the paper</comment>
        <translation>%1

De la feuille papier %2, note %3</translation>
    </message>
    <message>
        <source>The notes in %1 cannot be read: %2</source>
        <translation>Les notes de %1 ne peuvent pas être lues : %2</translation>
    </message>
    <message>
        <source>%1 holds no numbered notes: give rows of number,text (CSV) or {&quot;number&quot;: &quot;text&quot;} (JSON)</source>
        <translation>%1 ne contient aucune note numérotée : donnez des lignes numéro,texte (CSV) ou {&quot;numéro&quot;: &quot;texte&quot;} (JSON)</translation>
    </message>
    <message>
        <source>No audit walk is called %1</source>
        <translation>Aucune marche exploratoire ne s’appelle %1</translation>
    </message>
    <message>
        <source>The audit walk %1 has no route: draw its route first</source>
        <translation>La marche exploratoire %1 n’a pas de parcours : dessinez d’abord son parcours</translation>
    </message>
    <message>
        <source>The audit walk %1 has no criteria to score</source>
        <translation>La marche exploratoire %1 n’a aucun critère à noter</translation>
    </message>
    <message>
        <source>The audit walk %1 has %2 criteria: at most %3 fit on a sheet of this paper</source>
        <translation>La marche exploratoire %1 a %2 critères : une feuille de ce papier en contient %3 au plus</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>on the map</source>
        <translation>sur la carte</translation>
    </message>
    <message>
        <source>Elsewhere in the window</source>
        <translation>Ailleurs dans la fenêtre</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Sur la carte</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>keys of one command</comment>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>in its panel</source>
        <translation>dans son panneau</translation>
    </message>
    <message>
        <source>Move the map</source>
        <translation>Déplacer la carte</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <source>Zoom in, zoom out</source>
        <translation>Zoom avant, zoom arrière</translation>
    </message>
    <message>
        <source>+ and −</source>
        <translation>+ et −</translation>
    </message>
    <message>
        <source>Click at the centre: place a point, pin or vertex, select</source>
        <translation>Cliquer au centre&#xa0;: placer un point, un repère ou un sommet, sélectionner</translation>
    </message>
    <message>
        <source>Insert, or Enter</source>
        <translation>Inser, ou Entrée</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
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
        <translation>&lt;b&gt;Genre&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Âge&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Rôle&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Groupe&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Espace&lt;/b&gt; consentement · &lt;b&gt;Tab&lt;/b&gt; cellule suivante · &lt;b&gt;Entrée&lt;/b&gt; personne suivante · &lt;b&gt;Ctrl+Entrée&lt;/b&gt; enregistrer</translation>
    </message>
    <message>
        <source>no groups yet</source>
        <translation>pas encore de groupes</translation>
    </message>
    <message>
        <source>w m n u</source>
        <comment>the keys typed for Woman, Man, Non-binary, Prefer not to say, in this order: four different single letters separated by spaces, each the first letter of its word as translated where you can</comment>
        <translation>f h n p</translation>
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
        <translation>CoSafe enregistre les personnes de façon anonyme — sans noms. Donnez à chaque personne le code de gauche (écrivez-le sur son badge) pour que ses votes et ses repères puissent y être rattachés.</translation>
    </message>
    <message>
        <source>Sign-in Sheet — %1</source>
        <translation>Feuille d’émargement — %1</translation>
    </message>
    <message>
        <source>Participants signed in</source>
        <translation>Participants inscrits</translation>
    </message>
    <message>
        <source>One row per participant: code, name, group and the answers; type in a row, Enter or Tab moves on</source>
        <translation>Une ligne par participant&#xa0;: code, nom, groupe et réponses&#xa0;; saisissez dans une ligne, Entrée ou Tab passe à la suite</translation>
    </message>
    <message>
        <source>Already signed in: %1. New codes start at %2.</source>
        <translation>Déjà inscrits&#xa0;: %1. Les nouveaux codes commencent à %2.</translation>
    </message>
    <message>
        <source>Nobody signed in yet: codes start at P01.</source>
        <translation>Personne n’est encore inscrit&#xa0;: les codes commencent à P01.</translation>
    </message>
    <message>
        <source>A participant needs a code.</source>
        <translation>Un participant doit avoir un code.</translation>
    </message>
    <message>
        <source>%1 is already signed in to this workshop — codes must be unique.</source>
        <translation>%1 est déjà inscrit à cet atelier — les codes doivent être uniques.</translation>
    </message>
    <message>
        <source>%1 is already on this sheet (row %2) — codes must be unique.</source>
        <translation>%1 est déjà sur cette feuille (ligne %2) — les codes doivent être uniques.</translation>
    </message>
    <message numerus="yes">
        <source>Sign In %Ln People</source>
        <translation>
            <numerusform>Inscrire %Ln personne</numerusform>
            <numerusform>Inscrire %Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Inscrire</translation>
    </message>
    <message numerus="yes">
        <source>Sign in %Ln participants</source>
        <translation>
            <numerusform>Inscrire %Ln participant</numerusform>
            <numerusform>Inscrire %Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the sign-in sheet</source>
        <translation>Abandonner la feuille d’émargement</translation>
    </message>
    <message numerus="yes">
        <source>Close the sheet without signing in %Ln people?</source>
        <translation>
            <numerusform>Fermer la feuille sans inscrire %Ln personne&#xa0;?</numerusform>
            <numerusform>Fermer la feuille sans inscrire %Ln personnes&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>SignInTable</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Gender (%1)</source>
        <translation>Genre (%1)</translation>
    </message>
    <message>
        <source>Age (1–6)</source>
        <translation>Âge (1–6)</translation>
    </message>
    <message>
        <source>Role (letter)</source>
        <translation>Rôle (lettre)</translation>
    </message>
    <message>
        <source>Group (1–9)</source>
        <translation>Groupe (1–9)</translation>
    </message>
    <message>
        <source>Disability (optional)</source>
        <translation>Handicap (facultatif)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
</context>
<context>
    <name>SketchController</name>
    <message>
        <source>This project is read-only: drawing is turned off</source>
        <translation>Ce projet est en lecture seule&#xa0;: le dessin est désactivé</translation>
    </message>
    <message>
        <source>This project is read-only: nothing was drawn</source>
        <translation>Ce projet est en lecture seule&#xa0;: rien n’a été dessiné</translation>
    </message>
    <message>
        <source>Nothing was drawn: %1</source>
        <comment>%1: why the shape was refused</comment>
        <translation>Rien n’a été dessiné&#xa0;: %1</translation>
    </message>
    <message>
        <source>Draw point</source>
        <translation>Dessiner un point</translation>
    </message>
    <message>
        <source>Draw line</source>
        <translation>Dessiner une ligne</translation>
    </message>
    <message>
        <source>Draw area</source>
        <translation>Dessiner une zone</translation>
    </message>
    <message>
        <source>Delete proposal</source>
        <translation>Supprimer la proposition</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln proposals</source>
        <translation>
            <numerusform>Supprimer %Ln proposition</numerusform>
            <numerusform>Supprimer %Ln propositions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>a duplicated proposal&apos;s title</comment>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate proposal</source>
        <translation>Dupliquer la proposition</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %Ln proposals</source>
        <translation>
            <numerusform>Dupliquer %Ln proposition</numerusform>
            <numerusform>Dupliquer %Ln propositions</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Finish Area</source>
        <translation>&amp;Terminer la zone</translation>
    </message>
    <message>
        <source>&amp;Finish Line</source>
        <translation>&amp;Terminer la ligne</translation>
    </message>
    <message>
        <source>&amp;Remove Last Point</source>
        <translation>&amp;Retirer le dernier point</translation>
    </message>
    <message>
        <source>&amp;Cancel Area</source>
        <translation>&amp;Annuler la zone</translation>
    </message>
    <message>
        <source>&amp;Cancel Line</source>
        <translation>&amp;Annuler la ligne</translation>
    </message>
    <message>
        <source>Delete &amp;Vertex</source>
        <translation>Supprimer le s&amp;ommet</translation>
    </message>
    <message>
        <source>D&amp;uplicate Proposal</source>
        <translation>D&amp;upliquer la proposition</translation>
    </message>
    <message numerus="yes">
        <source>D&amp;uplicate %Ln Proposals</source>
        <translation>
            <numerusform>D&amp;upliquer %Ln proposition</numerusform>
            <numerusform>D&amp;upliquer %Ln propositions</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete Proposal</source>
        <translation>&amp;Supprimer la proposition</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln Proposals</source>
        <translation>
            <numerusform>&amp;Supprimer %Ln proposition</numerusform>
            <numerusform>&amp;Supprimer %Ln propositions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sketching</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Sélectionner</translation>
    </message>
    <message>
        <source>Click a proposal to select it; Shift+click adds</source>
        <translation>Cliquez sur une proposition pour la sélectionner&#xa0;; Maj+clic en ajoute</translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation>&amp;Point</translation>
    </message>
    <message>
        <source>Click to place a point proposal</source>
        <translation>Cliquez pour placer une proposition ponctuelle</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Ligne</translation>
    </message>
    <message>
        <source>Click vertices; Enter or double-click finishes</source>
        <translation>Cliquez les sommets&#xa0;; Entrée ou un double-clic termine</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Zone</translation>
    </message>
    <message>
        <source>Click corners; Enter or double-click finishes</source>
        <translation>Cliquez les angles&#xa0;; Entrée ou un double-clic termine</translation>
    </message>
    <message>
        <source>&amp;Freehand</source>
        <translation>&amp;Main levée</translation>
    </message>
    <message>
        <source>Press and drag; end near the start for an area</source>
        <translation>Appuyez et glissez&#xa0;; terminez près du départ pour une zone</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>Drag proposals to move them</source>
        <translation>Faites glisser les propositions pour les déplacer</translation>
    </message>
    <message>
        <source>Edit &amp;Vertices</source>
        <translation>Modifier les s&amp;ommets</translation>
    </message>
    <message>
        <source>Drag a vertex, click an edge to add one, Delete removes the one under the mouse</source>
        <translation>Faites glisser un sommet, cliquez sur un côté pour en ajouter un, Suppr retire celui sous la souris</translation>
    </message>
    <message>
        <source>S&amp;nap to Basemap</source>
        <translation>&amp;Aimanter au fond de carte</translation>
    </message>
    <message>
        <source>Put new vertices on the nearest street or building corner</source>
        <translation>Placer les nouveaux sommets sur la rue ou l’angle de bâtiment le plus proche</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Copy the selected proposals</source>
        <translation>Copier les propositions sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected proposals</source>
        <translation>Supprimer les propositions sélectionnées</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Dessin</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>De&amp;ssin</translation>
    </message>
    <message>
        <source>Show &amp;Groups</source>
        <translation>Afficher les &amp;groupes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a group (its workshop)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Aucun groupe</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <source>Add Stakeholder</source>
        <translation>Ajouter une partie prenante</translation>
    </message>
    <message>
        <source>Edit Stakeholder</source>
        <translation>Modifier la partie prenante</translation>
    </message>
    <message>
        <source>1 = little say over the outcome … 5 = can make or stop it</source>
        <translation>1 = peu de poids sur le résultat … 5 = peut le faire aboutir ou le bloquer</translation>
    </message>
    <message>
        <source>1 = hardly affected or engaged … 5 = closely affected, keen to act</source>
        <translation>1 = peu concernée ou engagée … 5 = directement concernée, désireuse d’agir</translation>
    </message>
    <message>
        <source>e.g. Municipal Lighting Department</source>
        <translation>p. ex. Service municipal de l’éclairage</translation>
    </message>
    <message>
        <source>What they do in the process, e.g. funds street lights</source>
        <translation>Son rôle dans la démarche, p. ex. finance l’éclairage public</translation>
    </message>
    <message>
        <source>Name, phone or e-mail (optional)</source>
        <translation>Nom, téléphone ou e-mail (facultatif)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Name, phone or e-mail of the contact person: private, never in an export</source>
        <translation>Nom, téléphone ou e-mail de la personne de contact&#xa0;: privé, jamais dans un export</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Influence (1–5)</source>
        <translation>&amp;Influence (1–5)</translation>
    </message>
    <message>
        <source>I&amp;nterest (1–5)</source>
        <translation>In&amp;térêt (1–5)</translation>
    </message>
    <message>
        <source>Influence: %1.&lt;br&gt;Interest: %2.</source>
        <translation>Influence&#xa0;: %1.&lt;br&gt;Intérêt&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Contact person — private</source>
        <translation>Personne de contact — privé</translation>
    </message>
    <message>
        <source>Private: kept in this project file only. Never printed in the plan or written to any export, public or not.</source>
        <translation>Privé&#xa0;: conservé uniquement dans ce fichier de projet. Jamais imprimé dans le plan ni écrit dans un export, public ou non.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>StakeholderGrid</name>
    <message>
        <source>Manage closely</source>
        <translation>Gérer de près</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Maintenir satisfait</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Tenir informé</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Intérêt →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>Influence →</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Sans nom</translation>
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
        <translation>contact privé enregistré</translation>
    </message>
    <message>
        <source>manage closely</source>
        <translation>gérer de près</translation>
    </message>
    <message>
        <source>keep satisfied</source>
        <translation>maintenir satisfait</translation>
    </message>
    <message>
        <source>keep informed</source>
        <translation>tenir informé</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>surveiller</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>No stakeholders yet. Add the departments, businesses, community groups and NGOs the plan needs.</source>
        <translation>Aucune partie prenante pour l’instant. Ajoutez les services, entreprises, groupes communautaires et ONG dont le plan a besoin.</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Parties prenantes</translation>
    </message>
    <message>
        <source>The stakeholder register; Enter or double-click edits one</source>
        <translation>Le registre des parties prenantes&#xa0;; Entrée ou un double-clic en modifie une</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a stakeholder to the register</source>
        <translation>Ajouter une partie prenante au registre</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected stakeholder</source>
        <translation>Modifier la partie prenante sélectionnée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected stakeholder; actions lose them as a partner</source>
        <translation>Retirer la partie prenante sélectionnée&#xa0;; les actions la perdent comme partenaire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a stakeholder&apos;s name: the grid&apos;s advice, e.g. keep informed</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln partie prenante</numerusform>
            <numerusform>%Ln parties prenantes</numerusform>
        </translation>
    </message>
    <message>
        <source>The stakeholder was not saved</source>
        <translation>La partie prenante n’a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>TranslationsDialog</name>
    <message>
        <source>Translations of “%1”</source>
        <translation>Traductions de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and what was typed in it</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>As typed (shown in every language without a label below):
%1</source>
        <translation>Tel que saisi (affiché dans toute langue sans libellé ci-dessous)&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Labels by language</source>
        <translation>Libellés par langue</translation>
    </message>
    <message>
        <source>One row per language; F2 or a double click types the label in it. An empty cell shows the text as typed</source>
        <translation>Une ligne par langue&#xa0;; F2 ou un double-clic saisit le libellé dans cette langue. Une cellule vide affiche le texte tel que saisi</translation>
    </message>
    <message>
        <source>Words of CoSafe itself are translated for you; what you typed is not. Give it here in the languages your readers speak.</source>
        <translation>Les mots de CoSafe sont traduits pour vous&#xa0;; ce que vous avez saisi ne l’est pas. Donnez-le ici dans les langues de vos lecteurs.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaire</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Préfère ne pas répondre</translation>
    </message>
    <message>
        <source>Under 15</source>
        <translation>Moins de 15 ans</translation>
    </message>
    <message>
        <source>15–24</source>
        <translation>15–24 ans</translation>
    </message>
    <message>
        <source>25–39</source>
        <translation>25–39 ans</translation>
    </message>
    <message>
        <source>40–59</source>
        <translation>40–59 ans</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 ans et plus</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Habitant·e</translation>
    </message>
    <message>
        <source>Trader / vendor</source>
        <translation>Commerçant·e / vendeur·se</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève / étudiant·e</translation>
    </message>
    <message>
        <source>Community leader</source>
        <translation>Leader communautaire</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Municipal official</source>
        <translation>Agent·e municipal·e</translation>
    </message>
    <message>
        <source>NGO / civil society</source>
        <translation>ONG / société civile</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Chef·fe d’entreprise</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Dusk</source>
        <translation>Crépuscule</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nuit</translation>
    </message>
    <message>
        <source>Natural surveillance</source>
        <translation>Surveillance naturelle</translation>
    </message>
    <message>
        <source>Natural access control</source>
        <translation>Contrôle naturel des accès</translation>
    </message>
    <message>
        <source>Territorial reinforcement</source>
        <translation>Appropriation du territoire</translation>
    </message>
    <message>
        <source>Maintenance and image</source>
        <translation>Entretien et image</translation>
    </message>
    <message>
        <source>Activity support</source>
        <translation>Soutien aux activités</translation>
    </message>
    <message>
        <source>Target hardening</source>
        <translation>Durcissement des cibles</translation>
    </message>
    <message>
        <source>Social cohesion</source>
        <translation>Cohésion sociale</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Connectivité</translation>
    </message>
    <message>
        <source>Community culture</source>
        <translation>Culture communautaire</translation>
    </message>
    <message>
        <source>Threshold capacity</source>
        <translation>Capacité d’accueil</translation>
    </message>
    <message>
        <source>Street lighting</source>
        <translation>Éclairage public</translation>
    </message>
    <message>
        <source>Clear sightlines / trim vegetation</source>
        <translation>Dégager les vues / tailler la végétation</translation>
    </message>
    <message>
        <source>Active frontage</source>
        <translation>Façades actives</translation>
    </message>
    <message>
        <source>Seating and shade</source>
        <translation>Bancs et ombrage</translation>
    </message>
    <message>
        <source>Vending / market space</source>
        <translation>Espace de vente / marché</translation>
    </message>
    <message>
        <source>Public toilets</source>
        <translation>Toilettes publiques</translation>
    </message>
    <message>
        <source>Safe crossing</source>
        <translation>Traversée sécurisée</translation>
    </message>
    <message>
        <source>Transport stop upgrade</source>
        <translation>Amélioration d’arrêt de transport</translation>
    </message>
    <message>
        <source>Wayfinding and signage</source>
        <translation>Orientation et signalétique</translation>
    </message>
    <message>
        <source>Paths and paving</source>
        <translation>Cheminements et revêtements</translation>
    </message>
    <message>
        <source>Greening</source>
        <translation>Végétalisation</translation>
    </message>
    <message>
        <source>Lighting of a transport interchange</source>
        <translation>Éclairage d’un pôle d’échanges</translation>
    </message>
    <message>
        <source>Youth programme / activity</source>
        <translation>Programme / activité jeunesse</translation>
    </message>
    <message>
        <source>Community watch</source>
        <translation>Veille citoyenne</translation>
    </message>
    <message>
        <source>Clean-up and repair</source>
        <translation>Nettoyage et réparation</translation>
    </message>
    <message>
        <source>Gun-free zone</source>
        <translation>Zone sans armes</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Filles</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Elderly people</source>
        <translation>Personnes âgées</translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation>Personnes handicapées</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Social development</source>
        <translation>Développement social</translation>
    </message>
    <message>
        <source>Locally based (community)</source>
        <translation>Prévention locale (communautaire)</translation>
    </message>
    <message>
        <source>Situational</source>
        <translation>Prévention situationnelle</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation>Réinsertion sociale</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Pouvoirs publics</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>Court terme</translation>
    </message>
    <message>
        <source>Medium term</source>
        <translation>Moyen terme</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>Long terme</translation>
    </message>
    <message>
        <source>Day and night</source>
        <translation>Jour et nuit</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Présélectionnée</translation>
    </message>
    <message>
        <source>Agreed for the plan</source>
        <translation>Retenue pour le plan</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Convenue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Sûr</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>Peu sûr</translation>
    </message>
    <message>
        <source>Poor lighting</source>
        <translation>Mauvais éclairage</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Harcèlement</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Isolé</translation>
    </message>
    <message>
        <source>Crowded</source>
        <translation>Bondé</translation>
    </message>
    <message>
        <source>Drugs / alcohol</source>
        <translation>Drogues / alcool</translation>
    </message>
    <message>
        <source>No transport</source>
        <translation>Pas de transport</translation>
    </message>
    <message>
        <source>Blind corner</source>
        <translation>Angle mort</translation>
    </message>
    <message>
        <source>Well used</source>
        <translation>Très fréquenté</translation>
    </message>
    <message>
        <source>Friendly shops</source>
        <translation>Commerces accueillants</translation>
    </message>
    <message>
        <source>Good lighting</source>
        <translation>Bon éclairage</translation>
    </message>
    <message>
        <source>Major road</source>
        <translation>Route principale</translation>
    </message>
    <message>
        <source>Minor road</source>
        <translation>Route secondaire</translation>
    </message>
    <message>
        <source>Footway / path</source>
        <translation>Trottoir / sentier</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>Voie ferrée</translation>
    </message>
    <message>
        <source>River / canal</source>
        <translation>Rivière / canal</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>Park / green space</source>
        <translation>Parc / espace vert</translation>
    </message>
    <message>
        <source>Land use</source>
        <translation>Occupation du sol</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Transport stop</source>
        <translation>Arrêt de transport</translation>
    </message>
    <message>
        <source>Street lamp</source>
        <translation>Lampadaire</translation>
    </message>
    <message>
        <source>Point of interest</source>
        <translation>Point d’intérêt</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Voting workshop</source>
        <translation>Atelier de vote</translation>
    </message>
    <message>
        <source>The workshop whose proposals are voted on</source>
        <translation>L’atelier dont les propositions sont soumises au vote</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Votant</translation>
    </message>
    <message>
        <source>Who is placing dots now</source>
        <translation>Qui place des gommettes en ce moment</translation>
    </message>
    <message>
        <source>Next Voter</source>
        <translation>Votant suivant</translation>
    </message>
    <message>
        <source>Move on to the next voter in the list</source>
        <translation>Passer au votant suivant de la liste</translation>
    </message>
    <message>
        <source>Proposals to vote on</source>
        <translation>Propositions soumises au vote</translation>
    </message>
    <message>
        <source>Click + to give the voter&apos;s dot to a proposal, − to take it back</source>
        <translation>Cliquez sur + pour donner la gommette du votant à une proposition, sur − pour la reprendre</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>The proposals by dots received</source>
        <translation>Les propositions selon les gommettes reçues</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Place dots&lt;/b&gt; — click a proposal; right-click takes a dot back</source>
        <translation>&lt;b&gt;Placer des gommettes&lt;/b&gt; — cliquez sur une proposition&#xa0;; un clic droit reprend une gommette</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ranking&lt;/b&gt; — all voters so far</source>
        <translation>&lt;b&gt;Classement&lt;/b&gt; — tous les votants jusqu’ici</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Atelier sans titre</translation>
    </message>
    <message>
        <source>Add a workshop with proposals to vote on them.</source>
        <translation>Ajoutez un atelier avec des propositions pour les soumettre au vote.</translation>
    </message>
    <message>
        <source>This workshop has no proposals to vote on yet.</source>
        <translation>Cet atelier n’a pas encore de propositions à soumettre au vote.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a participant&apos;s code · their group</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (group votes as one)</source>
        <translation>%1 (le groupe vote comme une seule personne)</translation>
    </message>
    <message>
        <source>No voters yet: sign participants in first.</source>
        <translation>Pas encore de votants&#xa0;: inscrivez d’abord les participants.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 dots left</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2 gommettes restantes sur %3</translation>
    </message>
    <message>
        <source>%1: %2. Right-click a proposal to take a dot back, or go on to the next voter.</source>
        <comment>%1: the voter; %2: why the dot was refused</comment>
        <translation>%1&#xa0;: %2. Faites un clic droit sur une proposition pour reprendre une gommette, ou passez au votant suivant.</translation>
    </message>
    <message>
        <source>Place a dot on “%1” (%2)</source>
        <comment>an undo step; %2: the voter</comment>
        <translation>Placer une gommette sur «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>%1 has no dot on “%2” to take back.</source>
        <translation>%1 n’a pas de gommette sur «&#xa0;%2&#xa0;» à reprendre.</translation>
    </message>
    <message>
        <source>Take a dot off “%1” (%2)</source>
        <comment>an undo step; %2: the voter</comment>
        <translation>Retirer une gommette de «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
</context>
<context>
    <name>WalkDialog</name>
    <message>
        <source>Edit Audit Walk</source>
        <translation>Modifier la marche exploratoire</translation>
    </message>
    <message>
        <source>New Audit Walk</source>
        <translation>Nouvelle marche exploratoire</translation>
    </message>
    <message>
        <source>Required, e.g. Market street by night</source>
        <translation>Obligatoire, p. ex. Rue du marché de nuit</translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation>Aucun atelier</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Aucun groupe</translation>
    </message>
    <message>
        <source>Walkers</source>
        <translation>Marcheurs</translation>
    </message>
    <message>
        <source>Tick the participants who walked (Space ticks the current one)</source>
        <translation>Cochez les participants qui ont marché (Espace coche le participant en cours)</translation>
    </message>
    <message>
        <source>Tick the Group</source>
        <translation>Cocher le groupe</translation>
    </message>
    <message>
        <source>Tick everyone signed in to the chosen group</source>
        <translation>Cocher toutes les personnes inscrites dans le groupe choisi</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Time of &amp;day</source>
        <translation>Moment de la &amp;journée</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groupe</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who walked&lt;/b&gt; (anonymous codes)</source>
        <translation>&lt;b&gt;Qui a marché&lt;/b&gt; (codes anonymes)</translation>
    </message>
    <message>
        <source>Nobody is signed in to this workshop yet (Workshop › Sign-in Sheet…).</source>
        <translation>Personne n’est encore inscrit à cet atelier (Atelier › Feuille d’émargement…).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln ticked</source>
        <translation>
            <numerusform>%1 sur %Ln coché</numerusform>
            <numerusform>%1 sur %Ln cochés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Plan safer streets together. CoSafe keeps a neighbourhood’s safety audit walks, residents’ perception pins, proposals and the agreed action plan in one project file that works without the internet, so a workshop can run on one laptop and field teams can merge their work later.</source>
        <translation>Planifier ensemble des rues plus sûres. CoSafe réunit les marches exploratoires d’un quartier, les repères de perception des habitants, les propositions et le plan d’action convenu dans un seul fichier de projet qui fonctionne sans internet&#xa0;: un atelier peut tourner sur un seul ordinateur et les équipes de terrain peuvent fusionner leur travail plus tard.</translation>
    </message>
    <message>
        <source>Participatory urban-safety planning</source>
        <translation>Planification participative de la sécurité urbaine</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open Sample Project</source>
        <translation>Ouvrir le projet d’exemple</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>Projects you open will be listed here.</source>
        <translation>Les projets que vous ouvrez apparaîtront ici.</translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message>
        <source>field copy for %1 (%2)</source>
        <comment>%1 a team, %2 its group</comment>
        <translation>copie de terrain pour %1 (%2)</translation>
    </message>
    <message>
        <source>field copy for %1</source>
        <comment>%1 a team</comment>
        <translation>copie de terrain pour %1</translation>
    </message>
    <message>
        <source>field copy (%1)</source>
        <comment>%1 a group</comment>
        <translation>copie de terrain (%1)</translation>
    </message>
    <message>
        <source>field copy</source>
        <translation>copie de terrain</translation>
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
        <translation>%1 [lecture seule]</translation>
    </message>
</context>
<context>
    <name>WorkshopBar</name>
    <message>
        <source>Workshop and Group</source>
        <translation>Atelier et groupe</translation>
    </message>
    <message>
        <source>No workshop yet</source>
        <translation>Aucun atelier pour l’instant</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>Aucun groupe pour l’instant</translation>
    </message>
    <message>
        <source> &amp;Workshop: </source>
        <translation> Ate&amp;lier&#xa0;: </translation>
    </message>
    <message>
        <source>  &amp;Group: </source>
        <translation>  &amp;Groupe&#xa0;: </translation>
    </message>
    <message>
        <source>The active workshop: what you draw and sign in belongs to it</source>
        <translation>L’atelier actif&#xa0;: ce que vous dessinez et les inscriptions lui appartiennent</translation>
    </message>
    <message>
        <source>The active group: what you draw now is recorded as this group&apos;s work</source>
        <translation>Le groupe actif&#xa0;: ce que vous dessinez maintenant est enregistré comme le travail de ce groupe</translation>
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
        <translation>Modifier l’atelier</translation>
    </message>
    <message>
        <source>New Workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>Required, e.g. Market street walk and mapping</source>
        <translation>Obligatoire, p. ex. Marche et cartographie rue du marché</translation>
    </message>
    <message>
        <source>Where it was held, e.g. Community hall, Ward 4</source>
        <translation>Où il s’est tenu, p. ex. Salle communautaire, quartier 4</translation>
    </message>
    <message>
        <source> dots each</source>
        <translation> gommettes chacun</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Animation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Votes per participant:</source>
        <translation>&amp;Votes par participant&#xa0;:</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <source>Workshops and groups</source>
        <translation>Ateliers et groupes</translation>
    </message>
    <message>
        <source>Each workshop and its groups; select one to work in it</source>
        <translation>Chaque atelier et ses groupes&#xa0;; sélectionnez-en un pour y travailler</translation>
    </message>
    <message>
        <source>Workshop / group</source>
        <translation>Atelier / groupe</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>No workshop yet. Create one, add its groups, then sign people in.</source>
        <translation>Aucun atelier pour l’instant. Créez-en un, ajoutez ses groupes, puis inscrivez les participants.</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>Create a workshop: date, place, facilitator</source>
        <translation>Créer un atelier&#xa0;: date, lieu, animation</translation>
    </message>
    <message>
        <source>&amp;Add Group…</source>
        <translation>&amp;Ajouter un groupe…</translation>
    </message>
    <message>
        <source>Add a group to the active workshop</source>
        <translation>Ajouter un groupe à l’atelier actif</translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheet…</source>
        <translation>&amp;Feuille d’émargement…</translation>
    </message>
    <message>
        <source>Sign participants in to the active workshop, keyboard only</source>
        <translation>Inscrire les participants à l’atelier actif, au clavier uniquement</translation>
    </message>
    <message>
        <source>&amp;Participants…</source>
        <translation>&amp;Participants…</translation>
    </message>
    <message>
        <source>List and correct the active workshop&apos;s participants</source>
        <translation>Lister et corriger les participants de l’atelier actif</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected workshop or group</source>
        <translation>Modifier l’atelier ou le groupe sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected workshop or group (Undo brings it back)</source>
        <translation>Supprimer l’atelier ou le groupe sélectionné (Annuler le rétablit)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups · %1</source>
        <comment>%1: how many people</comment>
        <translation>
            <numerusform>%Ln groupe · %1</numerusform>
            <numerusform>%Ln groupes · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Animation&#xa0;: %1</translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation>personne pour l’instant</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <comment>a workshop&apos;s title: its groups and people</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Edit Workshop…</source>
        <translation>Modifier l’atelier…</translation>
    </message>
    <message>
        <source>Edit Group…</source>
        <translation>Modifier le groupe…</translation>
    </message>
    <message>
        <source>Delete Workshop</source>
        <translation>Supprimer l’atelier</translation>
    </message>
    <message>
        <source>Delete Group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>Add workshop “%1”</source>
        <translation>Ajouter l’atelier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Group %1</source>
        <comment>a new group&apos;s name</comment>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>Add group “%1”</source>
        <translation>Ajouter le groupe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit Group</source>
        <translation>Modifier le groupe</translation>
    </message>
    <message>
        <source>Delete the group “%1” and the photos of its paper sheets? Its participants and drawings stay in the workshop without a group. Undo (Ctrl+Z) brings it back.</source>
        <translation>Supprimer le groupe «&#xa0;%1&#xa0;» et les photos de ses feuilles papier&#xa0;? Ses participants et ses dessins restent dans l’atelier, sans groupe. Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>Delete the group “%1”? Its participants and drawings stay in the workshop without a group. Undo (Ctrl+Z) brings it back.</source>
        <translation>Supprimer le groupe «&#xa0;%1&#xa0;»&#xa0;? Ses participants et ses dessins restent dans l’atelier, sans groupe. Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Supprimer l’atelier</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>A vote must say which participant or group placed it</source>
        <translation>Un vote doit indiquer quel participant ou quel groupe l’a placé</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %Ln dots left for this voter</source>
        <translation>
            <numerusform>Il ne reste que %1 gommette sur %Ln pour cette personne</numerusform>
            <numerusform>Il ne reste que %1 gommettes sur %Ln pour cette personne</numerusform>
        </translation>
    </message>
    <message>
        <source>women hidden</source>
        <translation>femmes&#xa0;: masqué</translation>
    </message>
    <message numerus="yes">
        <source>%Ln women</source>
        <translation>
            <numerusform>%Ln femme</numerusform>
            <numerusform>%Ln femmes</numerusform>
        </translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation>personne pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>people hidden</source>
        <translation>personnes&#xa0;: masqué</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a summary: “26 people · 16 women”</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Delete the workshop “%1” with its %2, %3 and %4?</source>
        <comment>%2, %3 and %4 are counts: “2 groups”, “26 participants”, “40 votes”</comment>
        <translation>Supprimer l’atelier «&#xa0;%1&#xa0;» avec ses %2, %3 et %4&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln groupe</numerusform>
            <numerusform>%Ln groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln votes</source>
        <translation>
            <numerusform>%Ln vote</numerusform>
            <numerusform>%Ln votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln proposals, pins and walks stay in the project, in no workshop.</source>
        <translation>
            <numerusform>Sa %Ln proposition, ses repères et ses marches restent dans le projet, hors atelier.</numerusform>
            <numerusform>Ses %Ln propositions, repères et marches restent dans le projet, hors atelier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln photos of its groups&apos; paper sheets are deleted with it.</source>
        <translation>
            <numerusform>La %Ln photo des feuilles papier de ses groupes est supprimée avec lui.</numerusform>
            <numerusform>Les %Ln photos des feuilles papier de ses groupes sont supprimées avec lui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it all back.</source>
        <translation>Annuler (Ctrl+Z) rétablit le tout.</translation>
    </message>
</context>
<context>
    <name>WorkshopsFeature</name>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Wor&amp;kshop</source>
        <translation>A&amp;telier</translation>
    </message>
</context>
</TS>
