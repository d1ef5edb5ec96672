<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionsPanel</name>
    <message numerus="yes">
        <source>%1 of %n actions shown</source>
        <translation>
            <numerusform>%1 of %n action shown</numerusform>
            <numerusform>%1 of %n actions shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message numerus="yes">
        <source>Where the %1 score is low, people feel less safe (strong link, %n places).</source>
        <translation>
            <numerusform>Where the %1 score is low, people feel less safe (strong link, %n place).</numerusform>
            <numerusform>Where the %1 score is low, people feel less safe (strong link, %n places).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is low, people feel less safe (moderate link, %n places).</source>
        <translation>
            <numerusform>Where the %1 score is low, people feel less safe (moderate link, %n place).</numerusform>
            <numerusform>Where the %1 score is low, people feel less safe (moderate link, %n places).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is low, people feel less safe (weak link, %n places).</source>
        <translation>
            <numerusform>Where the %1 score is low, people feel less safe (weak link, %n place).</numerusform>
            <numerusform>Where the %1 score is low, people feel less safe (weak link, %n places).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (strong link, %n places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Where the %1 score is high, people feel less safe (strong link, %n place) — unexpected; worth a look.</numerusform>
            <numerusform>Where the %1 score is high, people feel less safe (strong link, %n places) — unexpected; worth a look.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (moderate link, %n places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Where the %1 score is high, people feel less safe (moderate link, %n place) — unexpected; worth a look.</numerusform>
            <numerusform>Where the %1 score is high, people feel less safe (moderate link, %n places) — unexpected; worth a look.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (weak link, %n places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Where the %1 score is high, people feel less safe (weak link, %n place) — unexpected; worth a look.</numerusform>
            <numerusform>Where the %1 score is high, people feel less safe (weak link, %n places) — unexpected; worth a look.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: too few places scored for both it and %2 to say (%n places; at least %3 needed).</source>
        <translation>
            <numerusform>%1: too few places scored for both it and %2 to say (%n place; at least %3 needed).</numerusform>
            <numerusform>%1: too few places scored for both it and %2 to say (%n places; at least %3 needed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the same score everywhere (or %2 was), so no link can be read (%n places).</source>
        <translation>
            <numerusform>%1: the same score everywhere (or %2 was), so no link can be read (%n place).</numerusform>
            <numerusform>%1: the same score everywhere (or %2 was), so no link can be read (%n places).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 makes no clear difference to how safe people feel (%n places).</source>
        <translation>
            <numerusform>%1 makes no clear difference to how safe people feel (%n place).</numerusform>
            <numerusform>%1 makes no clear difference to how safe people feel (%n places).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisCharts</name>
    <message numerus="yes">
        <source>%n places walked by day and at night: %1 scored lower at night, %2 higher, %3 about the same. Mean score %4 by day, %5 at night.</source>
        <translation>
            <numerusform>%n place walked by day and at night: %1 scored lower at night, %2 higher, %3 about the same. Mean score %4 by day, %5 at night.</numerusform>
            <numerusform>%n places walked by day and at night: %1 scored lower at night, %2 higher, %3 about the same. Mean score %4 by day, %5 at night.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n people match these filters, so their figures are hidden to protect them (the project&apos;s threshold is %n). Widen the filters to see more.</source>
        <translation>
            <numerusform>Fewer than %n person matches these filters, so their figures are hidden to protect them (the project&apos;s threshold is %n). Widen the filters to see more.</numerusform>
            <numerusform>Fewer than %n people match these filters, so their figures are hidden to protect them (the project&apos;s threshold is %n). Widen the filters to see more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisFeature</name>
    <message numerus="yes">
        <source>On the map: what fewer than %n people recorded.</source>
        <translation>
            <numerusform>On the map: what fewer than %n person recorded.</numerusform>
            <numerusform>On the map: what fewer than %n people recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n people match these filters, so no counts are shown.</source>
        <translation>
            <numerusform>Fewer than %n person matches these filters, so no counts are shown.</numerusform>
            <numerusform>Fewer than %n people match these filters, so no counts are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n audit scores</source>
        <translation>
            <numerusform>%1 of %n audit score</numerusform>
            <numerusform>%1 of %n audit scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pins</source>
        <translation>
            <numerusform>%1 of %n pin</numerusform>
            <numerusform>%1 of %n pins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit scores</source>
        <translation>
            <numerusform>%n audit score</numerusform>
            <numerusform>%n audit scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pins</source>
        <translation>
            <numerusform>%n pin</numerusform>
            <numerusform>%n pins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message numerus="yes">
        <source>expected %s arguments</source>
        <translation>
            <numerusform>expected %s argument</numerusform>
            <numerusform>expected %s arguments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditEntryForm</name>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %n scores, %2 left blank, %3</source>
        <translation>
            <numerusform>Saved point %1: %n score, %2 left blank, %3</numerusform>
            <numerusform>Saved point %1: %n scores, %2 left blank, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %n scores, %2 left blank</source>
        <translation>
            <numerusform>Saved point %1: %n score, %2 left blank</numerusform>
            <numerusform>Saved point %1: %n scores, %2 left blank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %n scores, %2</source>
        <translation>
            <numerusform>Saved point %1: %n score, %2</numerusform>
            <numerusform>Saved point %1: %n scores, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %n scores</source>
        <translation>
            <numerusform>Saved point %1: %n score</numerusform>
            <numerusform>Saved point %1: %n scores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditsFeature</name>
    <message numerus="yes">
        <source>“%1” has a route of %2 points already. Replace it with the %n points just drawn? (Undo brings the old route back.)</source>
        <translation>
            <numerusform>“%1” has a route of %2 points already. Replace it with the %n point just drawn? (Undo brings the old route back.)</numerusform>
            <numerusform>“%1” has a route of %2 points already. Replace it with the %n points just drawn? (Undo brings the old route back.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Route of “%1” drawn: %n points</source>
        <translation>
            <numerusform>Route of “%1” drawn: %n point</numerusform>
            <numerusform>Route of “%1” drawn: %n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditsPanel</name>
    <message numerus="yes">
        <source>“%1” and its %n audit points with their scores will be deleted. Undo brings them back.</source>
        <translation>
            <numerusform>“%1” and its %n audit point with their scores will be deleted. Undo brings them back.</numerusform>
            <numerusform>“%1” and its %n audit points with their scores will be deleted. Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message numerus="yes">
        <source>%n backups, %1 in all.</source>
        <translation>
            <numerusform>%n backup, %1 in all.</numerusform>
            <numerusform>%n backups, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n backups?</source>
        <translation>
            <numerusform>Remove %n backup?</numerusform>
            <numerusform>Remove %n backups?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n files are full copies of the project, contacts and stories included. Removing deletes them from the disk and they cannot be brought back; the project itself stays as it is.</source>
        <translation>
            <numerusform>This %n file is a full copy of the project, contacts and stories included. Removing deletes it from the disk and it cannot be brought back; the project itself stays as it is.</numerusform>
            <numerusform>These %n files are full copies of the project, contacts and stories included. Removing deletes them from the disk and they cannot be brought back; the project itself stays as it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BasemapImport</name>
    <message numerus="yes">
        <source>Imported %n tiles into “%1”</source>
        <translation>
            <numerusform>Imported %n tile into “%1”</numerusform>
            <numerusform>Imported %n tiles into “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n features into “%1”</source>
        <translation>
            <numerusform>Imported %n feature into “%1”</numerusform>
            <numerusform>Imported %n features into “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n tiles into %1 layers from %2</source>
        <translation>
            <numerusform>Imported %n tile into %1 layers from %2</numerusform>
            <numerusform>Imported %n tiles into %1 layers from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n features into %1 layers from %2</source>
        <translation>
            <numerusform>Imported %n feature into %1 layers from %2</numerusform>
            <numerusform>Imported %n features into %1 layers from %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BasemapImporter</name>
    <message numerus="yes">
        <source>Placed paper map “%1” by %n points</source>
        <translation>
            <numerusform>Placed paper map “%1” by %n point</numerusform>
            <numerusform>Placed paper map “%1” by %n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message numerus="yes">
        <source>Groups with fewer than %n people, and groups from which one could be worked out, show “hidden” instead of a figure, to protect participants (%1 of %2 here). Each comparison you tick splits people into smaller groups, so more are hidden.</source>
        <translation>
            <numerusform>Groups with fewer than %n person, and groups from which one could be worked out, show “hidden” instead of a figure, to protect participants (%1 of %2 here). Each comparison you tick splits people into smaller groups, so more are hidden.</numerusform>
            <numerusform>Groups with fewer than %n people, and groups from which one could be worked out, show “hidden” instead of a figure, to protect participants (%1 of %2 here). Each comparison you tick splits people into smaller groups, so more are hidden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every group here has at least %n people.</source>
        <translation>
            <numerusform>Every group here has at least %n person.</numerusform>
            <numerusform>Every group here has at least %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message numerus="yes">
        <source>%n full copies of the project, contacts and stories included (remove with: cosafe remove-backups %1 --all, or NAME…)</source>
        <translation>
            <numerusform>%n full copy of the project, contacts and stories included (remove with: cosafe remove-backups %1 --all, or NAME…)</numerusform>
            <numerusform>%n full copies of the project, contacts and stories included (remove with: cosafe remove-backups %1 --all, or NAME…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problems found</source>
        <translation>
            <numerusform>%1: %n problem found</numerusform>
            <numerusform>%1: %n problems found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placed %1: %n control points, RMS error %2 m</source>
        <translation>
            <numerusform>Placed %1: %n control point, RMS error %2 m</numerusform>
            <numerusform>Placed %1: %n control points, RMS error %2 m</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n tiles</source>
        <translation>
            <numerusform>Imported %1: %n tile</numerusform>
            <numerusform>Imported %1: %n tiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n features, drawn as %2</source>
        <comment>%2: the style class given</comment>
        <translation>
            <numerusform>Imported %1: %n feature, drawn as %2</numerusform>
            <numerusform>Imported %1: %n features, drawn as %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n features</source>
        <translation>
            <numerusform>Imported %1: %n feature</numerusform>
            <numerusform>Imported %1: %n features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n recorded incidents from %1</source>
        <translation>
            <numerusform>Imported %n recorded incident from %1</numerusform>
            <numerusform>Imported %n recorded incidents from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <comment>how many project files were merged: %1 in the merge&apos;s sentences</comment>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was changed; merging %1 into %2 would leave %n records in conflict.</source>
        <comment>%1: the files merged (&quot;2 files&quot;)</comment>
        <translation>
            <numerusform>Dry run: nothing was changed; merging %1 into %2 would leave %n record in conflict.</numerusform>
            <numerusform>Dry run: nothing was changed; merging %1 into %2 would leave %n records in conflict.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records changed on both sides: %1 kept its version; open it in CoSafe to keep mine, theirs or both.</source>
        <translation>
            <numerusform>%n record changed on both sides: %1 kept its version; open it in CoSafe to keep mine, theirs or both.</numerusform>
            <numerusform>%n records changed on both sides: %1 kept its version; open it in CoSafe to keep mine, theirs or both.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%n in conflict</numerusform>
            <numerusform>%n in conflict</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message numerus="yes">
        <source>Removing “%1” would orphan %n scores; retire it instead</source>
        <translation>
            <numerusform>Removing “%1” would orphan %n score; retire it instead</numerusform>
            <numerusform>Removing “%1” would orphan %n scores; retire it instead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupComparisonView</name>
    <message numerus="yes">
        <source>%n proposals · %1 without a principle</source>
        <translation>
            <numerusform>%n proposal · %1 without a principle</numerusform>
            <numerusform>%n proposals · %1 without a principle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposals</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message numerus="yes">
        <source>Cleaned %n images that held camera data or a camera&apos;s file name (now without metadata, under a neutral name)</source>
        <translation>
            <numerusform>Cleaned %n image that held camera data or a camera&apos;s file name (now without metadata, under a neutral name)</numerusform>
            <numerusform>Cleaned %n images that held camera data or a camera&apos;s file name (now without metadata, under a neutral name)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n images could not be read and were left as they are</source>
        <comment>%1 is what was cleaned, said just before</comment>
        <translation>
            <numerusform>%1; %n image could not be read and was left as it is</numerusform>
            <numerusform>%1; %n images could not be read and were left as they are</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %n layers</source>
        <comment>%1: a file, %2: its format</comment>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %n layer</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %n layers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentImporter</name>
    <message numerus="yes">
        <source>Storing %n recorded incidents…</source>
        <translation>
            <numerusform>Storing %n recorded incident…</numerusform>
            <numerusform>Storing %n recorded incidents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n recorded incidents from %1</source>
        <translation>
            <numerusform>Import %n recorded incident from %1</numerusform>
            <numerusform>Import %n recorded incidents from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded incidents stored</source>
        <translation>
            <numerusform>%n recorded incident stored</numerusform>
            <numerusform>%n recorded incidents stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n recorded incidents (“%1”), shown apart from perceptions</source>
        <translation>
            <numerusform>Imported %n recorded incident (“%1”), shown apart from perceptions</numerusform>
            <numerusform>Imported %n recorded incidents (“%1”), shown apart from perceptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message numerus="yes">
        <source>%1: %n rows have no coordinates (first: row %2); add them or remove those rows</source>
        <translation>
            <numerusform>%1: %n row has no coordinates (row %2); add its coordinates or remove the row</numerusform>
            <numerusform>%1: %n rows have no coordinates (first: row %2); add them or remove those rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n layers (%2); say which one holds the incidents</source>
        <translation>
            <numerusform>%1 has %n layers (%2); say which one holds the incidents</numerusform>
            <numerusform>%1 has %n layers (%2); say which one holds the incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message numerus="yes">
        <source>%n tiles</source>
        <translation>
            <numerusform>%n tile</numerusform>
            <numerusform>%n tiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pin stories</source>
        <translation>
            <numerusform>%n pin story</numerusform>
            <numerusform>%n pin stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comments and notes</source>
        <translation>
            <numerusform>%n comment or note</numerusform>
            <numerusform>%n comments and notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n facilitators&apos; names</source>
        <translation>
            <numerusform>%n facilitator&apos;s name</numerusform>
            <numerusform>%n facilitators&apos; names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants outside %1</source>
        <translation>
            <numerusform>%n participant outside %1</numerusform>
            <numerusform>%n participants outside %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeConflicts</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line of %n points around %1, %2</source>
        <translation>
            <numerusform>Line of %n point around %1, %2</numerusform>
            <numerusform>Line of %n points around %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Area of %n points around %1, %2</source>
        <translation>
            <numerusform>Area of %n point around %1, %2</numerusform>
            <numerusform>Area of %n points around %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Areas of %n points around %1, %2</source>
        <translation>
            <numerusform>Areas of %n point around %1, %2</numerusform>
            <numerusform>Areas of %n points around %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines of %n points around %1, %2</source>
        <translation>
            <numerusform>Lines of %n point around %1, %2</numerusform>
            <numerusform>Lines of %n points around %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n points around %2, %3</source>
        <comment>%1: a kind of shape</comment>
        <translation>
            <numerusform>%1 of %n point around %2, %3</numerusform>
            <numerusform>%1 of %n points around %2, %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message numerus="yes">
        <source>%n workshops</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n basemap layers</source>
        <translation>
            <numerusform>%n basemap layer</numerusform>
            <numerusform>%n basemap layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposals</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criteria sets</source>
        <translation>
            <numerusform>%n criteria set</numerusform>
            <numerusform>%n criteria sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criteria</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit walks</source>
        <translation>
            <numerusform>%n audit walk</numerusform>
            <numerusform>%n audit walks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk participants</source>
        <translation>
            <numerusform>%n walk participant</numerusform>
            <numerusform>%n walk participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit points</source>
        <translation>
            <numerusform>%n audit point</numerusform>
            <numerusform>%n audit points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit scores</source>
        <translation>
            <numerusform>%n audit score</numerusform>
            <numerusform>%n audit scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist answers</source>
        <translation>
            <numerusform>%n checklist answer</numerusform>
            <numerusform>%n checklist answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reason tags</source>
        <translation>
            <numerusform>%n reason tag</numerusform>
            <numerusform>%n reason tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n perception pins</source>
        <translation>
            <numerusform>%n perception pin</numerusform>
            <numerusform>%n perception pins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded incidents</source>
        <translation>
            <numerusform>%n recorded incident</numerusform>
            <numerusform>%n recorded incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stakeholders</source>
        <translation>
            <numerusform>%n stakeholder</numerusform>
            <numerusform>%n stakeholders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action partners</source>
        <translation>
            <numerusform>%n action partner</numerusform>
            <numerusform>%n action partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action links</source>
        <translation>
            <numerusform>%n action link</numerusform>
            <numerusform>%n action links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos and files</source>
        <translation>
            <numerusform>%n photo or file</numerusform>
            <numerusform>%n photos and files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n laptop names</source>
        <translation>
            <numerusform>%n laptop name</numerusform>
            <numerusform>%n laptop names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records of %1</source>
        <translation>
            <numerusform>%n record of %1</numerusform>
            <numerusform>%n records of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n new records will be added (%1).</source>
        <translation>
            <numerusform>• %n new record will be added (%1).</numerusform>
            <numerusform>• %n new records will be added (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n records changed only on that laptop will be updated to its version (%1).</source>
        <translation>
            <numerusform>• %n record changed only on that laptop will be updated to its version (%1).</numerusform>
            <numerusform>• %n records changed only on that laptop will be updated to its version (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n records were changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts.</source>
        <translation>
            <numerusform>• %n record was changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts.</numerusform>
            <numerusform>• %n records were changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n records were changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts (%1).</source>
        <translation>
            <numerusform>• %n record was changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts (%1).</numerusform>
            <numerusform>• %n records were changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n records already waiting in Merge Conflicts from an earlier merge.</source>
        <translation>
            <numerusform>• %n record already waiting in Merge Conflicts from an earlier merge.</numerusform>
            <numerusform>• %n records already waiting in Merge Conflicts from an earlier merge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n records are the same in both, or newer here, and are skipped.</source>
        <translation>
            <numerusform>• %n record is the same in both, or newer here, and is skipped.</numerusform>
            <numerusform>• %n records are the same in both, or newer here, and are skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;Merging %n files into “%1”&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Merging %n file into “%1”&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Merging %n files into “%1”&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperMap</name>
    <message numerus="yes">
        <source>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %n points. Three points always fit exactly: add a fourth to check them.</source>
        <translation>
            <numerusform>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %n point. Three points always fit exactly: add a fourth to check them.</numerusform>
            <numerusform>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %n points. Three points always fit exactly: add a fourth to check them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %n points. A point far off the others was probably clicked in the wrong place.</source>
        <translation>
            <numerusform>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %n point. A point far off the others was probably clicked in the wrong place.</numerusform>
            <numerusform>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %n points. A point far off the others was probably clicked in the wrong place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperMapDialog</name>
    <message numerus="yes">
        <source>Add %n more points to place the map.</source>
        <translation>
            <numerusform>Add %n more point to place the map.</numerusform>
            <numerusform>Add %n more points to place the map.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participants (%1) and their %2? Undo (Ctrl+Z) brings them back.</source>
        <comment>%2: how many votes</comment>
        <translation>
            <numerusform>Delete %n participant (%1) and their %2? Undo (Ctrl+Z) brings them back.</numerusform>
            <numerusform>Delete %n participants (%1) and their %2? Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participants (%1)? Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Delete %n participant (%1)? Undo (Ctrl+Z) brings them back.</numerusform>
            <numerusform>Delete %n participants (%1)? Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete participants %1</source>
        <translation>
            <numerusform>Delete participant %1</numerusform>
            <numerusform>Delete participants %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participants</source>
        <translation>
            <numerusform>Delete %n participant</numerusform>
            <numerusform>Delete %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerceptionFilterPanel</name>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerceptionMapPanel</name>
    <message numerus="yes">
        <source>%n audit points</source>
        <translation>
            <numerusform>%n audit point</numerusform>
            <numerusform>%n audit points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pins</source>
        <translation>
            <numerusform>%n pin</numerusform>
            <numerusform>%n pins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routes</source>
        <translation>
            <numerusform>%n route</numerusform>
            <numerusform>%n routes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded incidents</source>
        <translation>
            <numerusform>%n recorded incident</numerusform>
            <numerusform>%n recorded incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoSection</name>
    <message numerus="yes">
        <source>Add %n photos to “%1”</source>
        <translation>
            <numerusform>Add %n photo to “%1”</numerusform>
            <numerusform>Add %n photos to “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinsPanel</name>
    <message numerus="yes">
        <source>%n pins in no workshop</source>
        <translation>
            <numerusform>%n pin in no workshop</numerusform>
            <numerusform>%n pins in no workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pins in %1</source>
        <translation>
            <numerusform>%n pin in %1</numerusform>
            <numerusform>%n pins in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %n audit points</source>
        <translation>
            <numerusform>Mean safety score %1 / 5 at %n audit point</numerusform>
            <numerusform>Mean safety score %1 / 5 at %n audit points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %n audit points (%2)</source>
        <translation>
            <numerusform>Mean safety score %1 / 5 at %n audit point (%2)</numerusform>
            <numerusform>Mean safety score %1 / 5 at %n audit points (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %n audit points (%2 to %3)</source>
        <translation>
            <numerusform>Mean safety score %1 / 5 at %n audit point (%2 to %3)</numerusform>
            <numerusform>Mean safety score %1 / 5 at %n audit points (%2 to %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanExports</name>
    <message numerus="yes">
        <source>%n actions written to %1 (linked pins and incidents at %2 m, not their exact places)</source>
        <translation>
            <numerusform>%n action written to %1 (linked pins and incidents at %2 m, not their exact places)</numerusform>
            <numerusform>%n actions written to %1 (linked pins and incidents at %2 m, not their exact places)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n public files written to %1</source>
        <translation>
            <numerusform>%n public file written to %1</numerusform>
            <numerusform>%n public files written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files written to %1</source>
        <translation>
            <numerusform>%n file written to %1</numerusform>
            <numerusform>%n files written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message numerus="yes">
        <source>%n audit points scored; mean safety score %1 out of 5 (lowest %2, highest %3).</source>
        <translation>
            <numerusform>%n audit point scored; mean safety score %1 out of 5 (lowest %2, highest %3).</numerusform>
            <numerusform>%n audit points scored; mean safety score %1 out of 5 (lowest %2, highest %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dark spots: points where lighting scored 0 (poor).</source>
        <translation>
            <numerusform>%n dark spot: a point where lighting scored 0 (poor).</numerusform>
            <numerusform>%n dark spots: points where lighting scored 0 (poor).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n places walked both by day and at night: %1 scored lower at night; mean %2 by day, %3 at night.</source>
        <translation>
            <numerusform>%n place walked both by day and at night: %1 scored lower at night; mean %2 by day, %3 at night.</numerusform>
            <numerusform>%n places walked both by day and at night: %1 scored lower at night; mean %2 by day, %3 at night.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n perception pins, %1 of them marking a place where people feel unsafe.</source>
        <translation>
            <numerusform>%n perception pin, %1 of them marking a place where people feel unsafe.</numerusform>
            <numerusform>%n perception pins, %1 of them marking a place where people feel unsafe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants signed in, recorded only by gender, age band and role. Categories with fewer than %1 people are counted together as “Other or not stated”; a count that is still below %1, or from which one could be worked out, is “hidden”.</source>
        <translation>
            <numerusform>%n participant signed in, recorded only by gender, age band and role. Categories with fewer than %1 people are counted together as “Other or not stated”; a count that is still below %1, or from which one could be worked out, is “hidden”.</numerusform>
            <numerusform>%n participants signed in, recorded only by gender, age band and role. Categories with fewer than %1 people are counted together as “Other or not stated”; a count that is still below %1, or from which one could be worked out, is “hidden”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposals; the %1 with the most voting dots (and %2 more on the map). No. is the number beside the proposal on the map above.</source>
        <translation>
            <numerusform>%n proposal; the %1 with the most voting dots (and %2 more on the map). No. is the number beside the proposal on the map above.</numerusform>
            <numerusform>%n proposals; the %1 with the most voting dots (and %2 more on the map). No. is the number beside the proposal on the map above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposals; the %1 with the most voting dots. No. is the number beside the proposal on the map above.</source>
        <translation>
            <numerusform>%n proposal; the %1 with the most voting dots. No. is the number beside the proposal on the map above.</numerusform>
            <numerusform>%n proposals; the %1 with the most voting dots. No. is the number beside the proposal on the map above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions in priority order (1 = highest, from the community&apos;s votes or agreed). Estimated cost of those costed: %1.</source>
        <translation>
            <numerusform>%n action (priority 1, from the community&apos;s votes or agreed). Estimated cost: %1.</numerusform>
            <numerusform>%n actions in priority order (1 = highest, from the community&apos;s votes or agreed). Estimated cost of those costed: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions in priority order (1 = highest, from the community&apos;s votes or agreed).</source>
        <translation>
            <numerusform>%n action (priority 1, from the community&apos;s votes or agreed).</numerusform>
            <numerusform>%n actions in priority order (1 = highest, from the community&apos;s votes or agreed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>places or partners not listed</comment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message numerus="yes">
        <source>spatial index holds %1 entries for %n geometries</source>
        <translation>
            <numerusform>spatial index holds %1 entries for %n geometry</numerusform>
            <numerusform>spatial index holds %1 entries for %n geometries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is a GeoPackage with %n layers: %2, but not a CoSafe project</source>
        <translation>
            <numerusform>%1 is a GeoPackage with %n layer: %2, but not a CoSafe project</numerusform>
            <numerusform>%1 is a GeoPackage with %n layers: %2, but not a CoSafe project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>records: checking stopped after %n bad records</source>
        <translation>
            <numerusform>records: checking stopped after %n bad record</numerusform>
            <numerusform>records: checking stopped after %n bad records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalPropertiesPanel</name>
    <message numerus="yes">
        <source>%n proposals are selected. Select one to describe it here.</source>
        <translation>
            <numerusform>%n proposal is selected. Select one to describe it here.</numerusform>
            <numerusform>%n proposals are selected. Select one to describe it here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalTablePanel</name>
    <message numerus="yes">
        <source>%1 of %n proposals shown</source>
        <translation>
            <numerusform>%1 of %n proposal shown</numerusform>
            <numerusform>%1 of %n proposals shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposals</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message numerus="yes">
        <source>Move %n proposals</source>
        <translation>
            <numerusform>Move %n proposal</numerusform>
            <numerusform>Move %n proposals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankingList</name>
    <message numerus="yes">
        <source>%1: %2 dots from %n voters</source>
        <translation>
            <numerusform>%1: %2 dots from %n voter</numerusform>
            <numerusform>%1: %2 dots from %n voters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInSheet</name>
    <message numerus="yes">
        <source>Sign In %n People</source>
        <translation>
            <numerusform>Sign In %n Person</numerusform>
            <numerusform>Sign In %n People</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign in %n participants</source>
        <translation>
            <numerusform>Sign in %n participant</numerusform>
            <numerusform>Sign in %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close the sheet without signing in %n people?</source>
        <translation>
            <numerusform>Close the sheet without signing in %n person?</numerusform>
            <numerusform>Close the sheet without signing in %n people?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SketchController</name>
    <message numerus="yes">
        <source>Delete %n proposals</source>
        <translation>
            <numerusform>Delete %n proposal</numerusform>
            <numerusform>Delete %n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n proposals</source>
        <translation>
            <numerusform>Duplicate %n proposal</numerusform>
            <numerusform>Duplicate %n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>D&amp;uplicate %n Proposals</source>
        <translation>
            <numerusform>D&amp;uplicate %n Proposal</numerusform>
            <numerusform>D&amp;uplicate %n Proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n Proposals</source>
        <translation>
            <numerusform>&amp;Delete %n Proposal</numerusform>
            <numerusform>&amp;Delete %n Proposals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderPanel</name>
    <message numerus="yes">
        <source>%n stakeholders</source>
        <translation>
            <numerusform>%n stakeholder</numerusform>
            <numerusform>%n stakeholders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkDialog</name>
    <message numerus="yes">
        <source>%1 of %n ticked</source>
        <translation>
            <numerusform>%1 of %n ticked</numerusform>
            <numerusform>%1 of %n ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message numerus="yes">
        <source>%n groups · %1</source>
        <comment>%1: how many people</comment>
        <translation>
            <numerusform>%n group · %1</numerusform>
            <numerusform>%n groups · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message numerus="yes">
        <source>Only %1 of %n dots left for this voter</source>
        <translation>
            <numerusform>Only %1 of %n dot left for this voter</numerusform>
            <numerusform>Only %1 of %n dots left for this voter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n women</source>
        <translation>
            <numerusform>%n woman</numerusform>
            <numerusform>%n women</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n votes</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n proposals, pins and walks stay in the project, in no workshop.</source>
        <translation>
            <numerusform>Its %n proposal, pin or walk stays in the project, in no workshop.</numerusform>
            <numerusform>Its %n proposals, pins and walks stay in the project, in no workshop.</numerusform>
        </translation>
    </message>
</context>
</TS>
