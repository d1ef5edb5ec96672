<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Analysis</name>
    <message numerus="yes">
        <location filename="../../desktop/cosafe/core/feeling_drivers.py" line="+92"/>
        <source>Where the %1 score is low, people feel less safe (strong link, %n places).</source>
        <translation>
            <numerusform>Where the %1 score is low, people feel less safe (strong link, %n place).</numerusform>
            <numerusform>Where the %1 score is low, people feel less safe (strong link, %n places).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Where the %1 score is low, people feel less safe (moderate link, %n places).</source>
        <translation>
            <numerusform>Where the %1 score is low, people feel less safe (moderate link, %n place).</numerusform>
            <numerusform>Where the %1 score is low, people feel less safe (moderate link, %n places).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Where the %1 score is low, people feel less safe (weak link, %n places).</source>
        <translation>
            <numerusform>Where the %1 score is low, people feel less safe (weak link, %n place).</numerusform>
            <numerusform>Where the %1 score is low, people feel less safe (weak link, %n places).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Where the %1 score is high, people feel less safe (strong link, %n places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Where the %1 score is high, people feel less safe (strong link, %n place) — unexpected; worth a look.</numerusform>
            <numerusform>Where the %1 score is high, people feel less safe (strong link, %n places) — unexpected; worth a look.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Where the %1 score is high, people feel less safe (moderate link, %n places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Where the %1 score is high, people feel less safe (moderate link, %n place) — unexpected; worth a look.</numerusform>
            <numerusform>Where the %1 score is high, people feel less safe (moderate link, %n places) — unexpected; worth a look.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Where the %1 score is high, people feel less safe (weak link, %n places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Where the %1 score is high, people feel less safe (weak link, %n place) — unexpected; worth a look.</numerusform>
            <numerusform>Where the %1 score is high, people feel less safe (weak link, %n places) — unexpected; worth a look.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1: too few places scored for both it and %2 to say (%n places; at least %3 needed).</source>
        <translation>
            <numerusform>%1: too few places scored for both it and %2 to say (%n place; at least %3 needed).</numerusform>
            <numerusform>%1: too few places scored for both it and %2 to say (%n places; at least %3 needed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: the same score everywhere (or %2 was), so no link can be read (%n places).</source>
        <translation>
            <numerusform>%1: the same score everywhere (or %2 was), so no link can be read (%n place).</numerusform>
            <numerusform>%1: the same score everywhere (or %2 was), so no link can be read (%n places).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 makes no clear difference to how safe people feel (%n places).</source>
        <translation>
            <numerusform>%1 makes no clear difference to how safe people feel (%n place).</numerusform>
            <numerusform>%1 makes no clear difference to how safe people feel (%n places).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message numerus="yes">
        <location filename="../../desktop/cosafe/cli/backups.py" line="+111"/>
        <source>%n full copies of the project, contacts and stories included (remove with: cosafe remove-backups %1 --all, or NAME…)</source>
        <translation>
            <numerusform>%n full copy of the project, contacts and stories included (remove with: cosafe remove-backups %1 --all, or NAME…)</numerusform>
            <numerusform>%n full copies of the project, contacts and stories included (remove with: cosafe remove-backups %1 --all, or NAME…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cosafe/cli/main.py" line="+115"/>
        <source>%1: %n problems found</source>
        <translation>
            <numerusform>%1: %n problem found</numerusform>
            <numerusform>%1: %n problems found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Placed %1: %n control points, RMS error %2 m</source>
        <translation>
            <numerusform>Placed %1: %n control point, RMS error %2 m</numerusform>
            <numerusform>Placed %1: %n control points, RMS error %2 m</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %1: %n tiles</source>
        <translation>
            <numerusform>Imported %1: %n tile</numerusform>
            <numerusform>Imported %1: %n tiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %1: %n features, drawn as %2</source>
        <comment>%2: the style class given</comment>
        <translation>
            <numerusform>Imported %1: %n feature, drawn as %2</numerusform>
            <numerusform>Imported %1: %n features, drawn as %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %1: %n features</source>
        <translation>
            <numerusform>Imported %1: %n feature</numerusform>
            <numerusform>Imported %1: %n features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Imported %n recorded incidents from %1</source>
        <translation>
            <numerusform>Imported %n recorded incident from %1</numerusform>
            <numerusform>Imported %n recorded incidents from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cosafe/cli/merge.py" line="+87"/>
        <source>%n files</source>
        <comment>how many project files were merged: %1 in the merge&apos;s sentences</comment>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Dry run: nothing was changed; merging %1 into %2 would leave %n records in conflict.</source>
        <comment>%1: the files merged (&quot;2 files&quot;)</comment>
        <translation>
            <numerusform>Dry run: nothing was changed; merging %1 into %2 would leave %n record in conflict.</numerusform>
            <numerusform>Dry run: nothing was changed; merging %1 into %2 would leave %n records in conflict.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n records changed on both sides: %1 kept its version; open it in CoSafe to keep mine, theirs or both.</source>
        <translation>
            <numerusform>%n record changed on both sides: %1 kept its version; open it in CoSafe to keep mine, theirs or both.</numerusform>
            <numerusform>%n records changed on both sides: %1 kept its version; open it in CoSafe to keep mine, theirs or both.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n added</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n updated</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
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
        <location filename="../../desktop/cosafe/core/criteria_sets.py" line="+123"/>
        <source>Removing “%1” would orphan %n scores; retire it instead</source>
        <translation>
            <numerusform>Removing “%1” would orphan %n score; retire it instead</numerusform>
            <numerusform>Removing “%1” would orphan %n scores; retire it instead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message numerus="yes">
        <location filename="../../desktop/cosafe/io/image_cleaning.py" line="+63"/>
        <source>Cleaned %n images that held camera data or a camera&apos;s file name (now without metadata, under a neutral name)</source>
        <translation>
            <numerusform>Cleaned %n image that held camera data or a camera&apos;s file name (now without metadata, under a neutral name)</numerusform>
            <numerusform>Cleaned %n images that held camera data or a camera&apos;s file name (now without metadata, under a neutral name)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1; %n images could not be read and were left as they are</source>
        <comment>%1 is what was cleaned, said just before</comment>
        <translation>
            <numerusform>%1; %n image could not be read and was left as it is</numerusform>
            <numerusform>%1; %n images could not be read and were left as they are</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message numerus="yes">
        <location filename="../../desktop/cosafe/io/incident_import.py" line="+83"/>
        <source>%1: %n rows have no coordinates (first: row %2); add them or remove those rows</source>
        <translation>
            <numerusform>%1: %n row has no coordinates (row %2); add its coordinates or remove the row</numerusform>
            <numerusform>%1: %n rows have no coordinates (first: row %2); add them or remove those rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+131"/>
        <source>%1 has %n layers (%2); say which one holds the incidents</source>
        <translation>
            <numerusform>%1 has %n layers (%2); say which one holds the incidents</numerusform>
            <numerusform>%1 has %n layers (%2); say which one holds the incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message numerus="yes">
        <location filename="../../desktop/cosafe/store/merge/copy_rule.py" line="+183"/>
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n pin stories</source>
        <translation>
            <numerusform>%n pin story</numerusform>
            <numerusform>%n pin stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n comments and notes</source>
        <translation>
            <numerusform>%n comment or note</numerusform>
            <numerusform>%n comments and notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n facilitators&apos; names</source>
        <translation>
            <numerusform>%n facilitator&apos;s name</numerusform>
            <numerusform>%n facilitators&apos; names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n photos</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n participants outside %1</source>
        <translation>
            <numerusform>%n participant outside %1</numerusform>
            <numerusform>%n participants outside %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <location filename="../../desktop/cosafe/core/indicators.py" line="+114"/>
        <source>Mean safety score %1 / 5 at %n audit points</source>
        <translation>
            <numerusform>Mean safety score %1 / 5 at %n audit point</numerusform>
            <numerusform>Mean safety score %1 / 5 at %n audit points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Mean safety score %1 / 5 at %n audit points (%2)</source>
        <translation>
            <numerusform>Mean safety score %1 / 5 at %n audit point (%2)</numerusform>
            <numerusform>Mean safety score %1 / 5 at %n audit points (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Mean safety score %1 / 5 at %n audit points (%2 to %3)</source>
        <translation>
            <numerusform>Mean safety score %1 / 5 at %n audit point (%2 to %3)</numerusform>
            <numerusform>Mean safety score %1 / 5 at %n audit points (%2 to %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message numerus="yes">
        <location filename="../../desktop/cosafe/io/plan_report/diagnosis.py" line="+60"/>
        <source>%n audit points scored; mean safety score %1 out of 5 (lowest %2, highest %3).</source>
        <translation>
            <numerusform>%n audit point scored; mean safety score %1 out of 5 (lowest %2, highest %3).</numerusform>
            <numerusform>%n audit points scored; mean safety score %1 out of 5 (lowest %2, highest %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n dark spots: points where lighting scored 0 (poor).</source>
        <translation>
            <numerusform>%n dark spot: a point where lighting scored 0 (poor).</numerusform>
            <numerusform>%n dark spots: points where lighting scored 0 (poor).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n places walked both by day and at night: %1 scored lower at night; mean %2 by day, %3 at night.</source>
        <translation>
            <numerusform>%n place walked both by day and at night: %1 scored lower at night; mean %2 by day, %3 at night.</numerusform>
            <numerusform>%n places walked both by day and at night: %1 scored lower at night; mean %2 by day, %3 at night.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n perception pins, %1 of them marking a place where people feel unsafe.</source>
        <translation>
            <numerusform>%n perception pin, %1 of them marking a place where people feel unsafe.</numerusform>
            <numerusform>%n perception pins, %1 of them marking a place where people feel unsafe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cosafe/io/plan_report/sections.py" line="+155"/>
        <source>%n participants signed in, recorded only by gender, age band and role. Categories with fewer than %1 people are counted together as “Other or not stated”; a count that is still below %1, or from which one could be worked out, is “hidden”.</source>
        <translation>
            <numerusform>%n participant signed in, recorded only by gender, age band and role. Categories with fewer than %1 people are counted together as “Other or not stated”; a count that is still below %1, or from which one could be worked out, is “hidden”.</numerusform>
            <numerusform>%n participants signed in, recorded only by gender, age band and role. Categories with fewer than %1 people are counted together as “Other or not stated”; a count that is still below %1, or from which one could be worked out, is “hidden”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>%n proposals; the %1 with the most voting dots (and %2 more on the map). No. is the number beside the proposal on the map above.</source>
        <translation>
            <numerusform>%n proposal; the %1 with the most voting dots (and %2 more on the map). No. is the number beside the proposal on the map above.</numerusform>
            <numerusform>%n proposals; the %1 with the most voting dots (and %2 more on the map). No. is the number beside the proposal on the map above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n proposals; the %1 with the most voting dots. No. is the number beside the proposal on the map above.</source>
        <translation>
            <numerusform>%n proposal; the %1 with the most voting dots. No. is the number beside the proposal on the map above.</numerusform>
            <numerusform>%n proposals; the %1 with the most voting dots. No. is the number beside the proposal on the map above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n actions in priority order (1 = highest, from the community&apos;s votes or agreed). Estimated cost of those costed: %1.</source>
        <translation>
            <numerusform>%n action (priority 1, from the community&apos;s votes or agreed). Estimated cost: %1.</numerusform>
            <numerusform>%n actions in priority order (1 = highest, from the community&apos;s votes or agreed). Estimated cost of those costed: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n actions in priority order (1 = highest, from the community&apos;s votes or agreed).</source>
        <translation>
            <numerusform>%n action (priority 1, from the community&apos;s votes or agreed).</numerusform>
            <numerusform>%n actions in priority order (1 = highest, from the community&apos;s votes or agreed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cosafe/io/plan_report/tables.py" line="+46"/>
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
        <location filename="../../desktop/cosafe/store/geopackage.py" line="+273"/>
        <source>spatial index holds %1 entries for %n geometries</source>
        <translation>
            <numerusform>spatial index holds %1 entries for %n geometry</numerusform>
            <numerusform>spatial index holds %1 entries for %n geometries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cosafe/store/inspection.py" line="+98"/>
        <source>%1 is a GeoPackage with %n layers: %2, but not a CoSafe project</source>
        <translation>
            <numerusform>%1 is a GeoPackage with %n layer: %2, but not a CoSafe project</numerusform>
            <numerusform>%1 is a GeoPackage with %n layers: %2, but not a CoSafe project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cosafe/store/project_store.py" line="+458"/>
        <source>records: checking stopped after %n bad records</source>
        <translation>
            <numerusform>records: checking stopped after %n bad record</numerusform>
            <numerusform>records: checking stopped after %n bad records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message numerus="yes">
        <location filename="../../desktop/cosafe/core/voting.py" line="+48"/>
        <source>Only %1 of %n dots left for this voter</source>
        <translation>
            <numerusform>Only %1 of %n dot left for this voter</numerusform>
            <numerusform>Only %1 of %n dots left for this voter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/cosafe/core/workshops.py" line="+129"/>
        <source>%n women</source>
        <translation>
            <numerusform>%n woman</numerusform>
            <numerusform>%n women</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+136"/>
        <source>%n groups</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n votes</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Its %n proposals, pins and walks stay in the project, in no workshop.</source>
        <translation>
            <numerusform>Its %n proposal, pin or walk stays in the project, in no workshop.</numerusform>
            <numerusform>Its %n proposals, pins and walks stay in the project, in no workshop.</numerusform>
        </translation>
    </message>
</context>
</TS>
