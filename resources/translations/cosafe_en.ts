<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionsPanel</name>
    <message numerus="yes">
        <source>%1 of %Ln actions shown</source>
        <translation>
            <numerusform>%1 of %Ln action shown</numerusform>
            <numerusform>%1 of %Ln actions shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message numerus="yes">
        <source>Where the %1 score is low, people feel less safe (strong link, %Ln places).</source>
        <translation>
            <numerusform>Where the %1 score is low, people feel less safe (strong link, %Ln place).</numerusform>
            <numerusform>Where the %1 score is low, people feel less safe (strong link, %Ln places).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is low, people feel less safe (moderate link, %Ln places).</source>
        <translation>
            <numerusform>Where the %1 score is low, people feel less safe (moderate link, %Ln place).</numerusform>
            <numerusform>Where the %1 score is low, people feel less safe (moderate link, %Ln places).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is low, people feel less safe (weak link, %Ln places).</source>
        <translation>
            <numerusform>Where the %1 score is low, people feel less safe (weak link, %Ln place).</numerusform>
            <numerusform>Where the %1 score is low, people feel less safe (weak link, %Ln places).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (strong link, %Ln places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Where the %1 score is high, people feel less safe (strong link, %Ln place) — unexpected; worth a look.</numerusform>
            <numerusform>Where the %1 score is high, people feel less safe (strong link, %Ln places) — unexpected; worth a look.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (moderate link, %Ln places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Where the %1 score is high, people feel less safe (moderate link, %Ln place) — unexpected; worth a look.</numerusform>
            <numerusform>Where the %1 score is high, people feel less safe (moderate link, %Ln places) — unexpected; worth a look.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (weak link, %Ln places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Where the %1 score is high, people feel less safe (weak link, %Ln place) — unexpected; worth a look.</numerusform>
            <numerusform>Where the %1 score is high, people feel less safe (weak link, %Ln places) — unexpected; worth a look.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: too few places scored for both it and %2 to say (%Ln places; at least %3 needed).</source>
        <translation>
            <numerusform>%1: too few places scored for both it and %2 to say (%Ln place; at least %3 needed).</numerusform>
            <numerusform>%1: too few places scored for both it and %2 to say (%Ln places; at least %3 needed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the same score everywhere (or %2 was), so no link can be read (%Ln places).</source>
        <translation>
            <numerusform>%1: the same score everywhere (or %2 was), so no link can be read (%Ln place).</numerusform>
            <numerusform>%1: the same score everywhere (or %2 was), so no link can be read (%Ln places).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 makes no clear difference to how safe people feel (%Ln places).</source>
        <translation>
            <numerusform>%1 makes no clear difference to how safe people feel (%Ln place).</numerusform>
            <numerusform>%1 makes no clear difference to how safe people feel (%Ln places).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisCharts</name>
    <message numerus="yes">
        <source>%Ln places walked by day and at night: %1 scored lower at night, %2 higher, %3 about the same. Mean score %4 by day, %5 at night.</source>
        <translation>
            <numerusform>%Ln place walked by day and at night: %1 scored lower at night, %2 higher, %3 about the same. Mean score %4 by day, %5 at night.</numerusform>
            <numerusform>%Ln places walked by day and at night: %1 scored lower at night, %2 higher, %3 about the same. Mean score %4 by day, %5 at night.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln people match these filters, so their figures are hidden to protect them (the project&apos;s threshold is %Ln). Widen the filters to see more.</source>
        <translation>
            <numerusform>Fewer than %Ln person matches these filters, so their figures are hidden to protect them (the project&apos;s threshold is %Ln). Widen the filters to see more.</numerusform>
            <numerusform>Fewer than %Ln people match these filters, so their figures are hidden to protect them (the project&apos;s threshold is %Ln). Widen the filters to see more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisFeature</name>
    <message numerus="yes">
        <source>On the map: what fewer than %Ln people recorded.</source>
        <translation>
            <numerusform>On the map: what fewer than %Ln person recorded.</numerusform>
            <numerusform>On the map: what fewer than %Ln people recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln people match these filters, so no counts are shown.</source>
        <translation>
            <numerusform>Fewer than %Ln person matches these filters, so no counts are shown.</numerusform>
            <numerusform>Fewer than %Ln people match these filters, so no counts are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln audit scores</source>
        <translation>
            <numerusform>%1 of %Ln audit score</numerusform>
            <numerusform>%1 of %Ln audit scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln pins</source>
        <translation>
            <numerusform>%1 of %Ln pin</numerusform>
            <numerusform>%1 of %Ln pins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit scores</source>
        <translation>
            <numerusform>%Ln audit score</numerusform>
            <numerusform>%Ln audit scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins</source>
        <translation>
            <numerusform>%Ln pin</numerusform>
            <numerusform>%Ln pins</numerusform>
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
        <source>%Ln photos</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores, %2 left blank, %3</source>
        <translation>
            <numerusform>Saved point %1: %Ln score, %2 left blank, %3</numerusform>
            <numerusform>Saved point %1: %Ln scores, %2 left blank, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores, %2 left blank</source>
        <translation>
            <numerusform>Saved point %1: %Ln score, %2 left blank</numerusform>
            <numerusform>Saved point %1: %Ln scores, %2 left blank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores, %2</source>
        <translation>
            <numerusform>Saved point %1: %Ln score, %2</numerusform>
            <numerusform>Saved point %1: %Ln scores, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores</source>
        <translation>
            <numerusform>Saved point %1: %Ln score</numerusform>
            <numerusform>Saved point %1: %Ln scores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditsFeature</name>
    <message numerus="yes">
        <source>“%1” has a route of %2 points already. Replace it with the %Ln points just drawn? (Undo brings the old route back.)</source>
        <translation>
            <numerusform>“%1” has a route of %2 points already. Replace it with the %Ln point just drawn? (Undo brings the old route back.)</numerusform>
            <numerusform>“%1” has a route of %2 points already. Replace it with the %Ln points just drawn? (Undo brings the old route back.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Route of “%1” drawn: %Ln points</source>
        <translation>
            <numerusform>Route of “%1” drawn: %Ln point</numerusform>
            <numerusform>Route of “%1” drawn: %Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditsPanel</name>
    <message numerus="yes">
        <source>“%1”, its %Ln audit points with their scores and the photos of its paper sheets will be deleted. Undo brings them back.</source>
        <translation>
            <numerusform>“%1”, its %Ln audit point with its scores and the photos of its paper sheets will be deleted. Undo brings them back.</numerusform>
            <numerusform>“%1”, its %Ln audit points with their scores and the photos of its paper sheets will be deleted. Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and its %Ln audit points with their scores will be deleted. Undo brings them back.</source>
        <translation>
            <numerusform>“%1” and its %Ln audit point with their scores will be deleted. Undo brings them back.</numerusform>
            <numerusform>“%1” and its %Ln audit points with their scores will be deleted. Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message numerus="yes">
        <source>%Ln backups, %1 in all.</source>
        <translation>
            <numerusform>%Ln backup, %1 in all.</numerusform>
            <numerusform>%Ln backups, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln backups?</source>
        <translation>
            <numerusform>Remove %Ln backup?</numerusform>
            <numerusform>Remove %Ln backups?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %Ln files are full copies of the project, contacts and stories included. Removing deletes them from the disk and they cannot be brought back; the project itself stays as it is.</source>
        <translation>
            <numerusform>This %Ln file is a full copy of the project, contacts and stories included. Removing deletes it from the disk and it cannot be brought back; the project itself stays as it is.</numerusform>
            <numerusform>These %Ln files are full copies of the project, contacts and stories included. Removing deletes them from the disk and they cannot be brought back; the project itself stays as it is.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BasemapImport</name>
    <message numerus="yes">
        <source>Imported %Ln tiles into “%1”</source>
        <translation>
            <numerusform>Imported %Ln tile into “%1”</numerusform>
            <numerusform>Imported %Ln tiles into “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln features into “%1”</source>
        <translation>
            <numerusform>Imported %Ln feature into “%1”</numerusform>
            <numerusform>Imported %Ln features into “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln tiles into %1 layers from %2</source>
        <translation>
            <numerusform>Imported %Ln tile into %1 layers from %2</numerusform>
            <numerusform>Imported %Ln tiles into %1 layers from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln features into %1 layers from %2</source>
        <translation>
            <numerusform>Imported %Ln feature into %1 layers from %2</numerusform>
            <numerusform>Imported %Ln features into %1 layers from %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BasemapImporter</name>
    <message numerus="yes">
        <source>Placed paper map “%1” by %Ln points</source>
        <translation>
            <numerusform>Placed paper map “%1” by %Ln point</numerusform>
            <numerusform>Placed paper map “%1” by %Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message numerus="yes">
        <source>Groups with fewer than %Ln people, and groups from which one could be worked out, show “hidden” instead of a figure, to protect participants (%1 of %2 here). Each comparison you tick splits people into smaller groups, so more are hidden.</source>
        <translation>
            <numerusform>Groups with fewer than %Ln person, and groups from which one could be worked out, show “hidden” instead of a figure, to protect participants (%1 of %2 here). Each comparison you tick splits people into smaller groups, so more are hidden.</numerusform>
            <numerusform>Groups with fewer than %Ln people, and groups from which one could be worked out, show “hidden” instead of a figure, to protect participants (%1 of %2 here). Each comparison you tick splits people into smaller groups, so more are hidden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every group here has at least %Ln people.</source>
        <translation>
            <numerusform>Every group here has at least %Ln person.</numerusform>
            <numerusform>Every group here has at least %Ln people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message numerus="yes">
        <source>%Ln full copies of the project, contacts and stories included (remove with: cosafe remove-backups %1 --all, or NAME…)</source>
        <translation>
            <numerusform>%Ln full copy of the project, contacts and stories included (remove with: cosafe remove-backups %1 --all, or NAME…)</numerusform>
            <numerusform>%Ln full copies of the project, contacts and stories included (remove with: cosafe remove-backups %1 --all, or NAME…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln problems found</source>
        <translation>
            <numerusform>%1: %Ln problem found</numerusform>
            <numerusform>%1: %Ln problems found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placed %1: %Ln control points, RMS error %2 m</source>
        <translation>
            <numerusform>Placed %1: %Ln control point, RMS error %2 m</numerusform>
            <numerusform>Placed %1: %Ln control points, RMS error %2 m</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln tiles</source>
        <translation>
            <numerusform>Imported %1: %Ln tile</numerusform>
            <numerusform>Imported %1: %Ln tiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln features, drawn as %2</source>
        <comment>%2: the style class given</comment>
        <translation>
            <numerusform>Imported %1: %Ln feature, drawn as %2</numerusform>
            <numerusform>Imported %1: %Ln features, drawn as %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln features</source>
        <translation>
            <numerusform>Imported %1: %Ln feature</numerusform>
            <numerusform>Imported %1: %Ln features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %Ln features</source>
        <comment>%1: a layer, %2: points, lines or areas</comment>
        <translation>
            <numerusform>%1: %2, %Ln feature</numerusform>
            <numerusform>%1: %2, %Ln features</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln recorded incidents from %1</source>
        <translation>
            <numerusform>Imported %Ln recorded incident from %1</numerusform>
            <numerusform>Imported %Ln recorded incidents from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln audit sheets to %1</source>
        <translation>
            <numerusform>Wrote %Ln audit sheet to %1</numerusform>
            <numerusform>Wrote %Ln audit sheets to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln group maps to %1</source>
        <translation>
            <numerusform>Wrote %Ln group map to %1</numerusform>
            <numerusform>Wrote %Ln group maps to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln dots found (nothing stored)</source>
        <translation>
            <numerusform>%1: sheet %2: %Ln dot found (nothing stored)</numerusform>
            <numerusform>%1: sheet %2: %Ln dots found (nothing stored)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln pen lines and shapes found (nothing stored)</source>
        <translation>
            <numerusform>%1: sheet %2: %Ln pen line or shape found (nothing stored)</numerusform>
            <numerusform>%1: sheet %2: %Ln pen lines and shapes found (nothing stored)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln of them uncertain (flagged for a review)</source>
        <translation>
            <numerusform>%1: sheet %2: %Ln of them uncertain (flagged for a review)</numerusform>
            <numerusform>%1: sheet %2: %Ln of them uncertain (flagged for a review)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln dots added as pins and ideas</source>
        <translation>
            <numerusform>%1: sheet %2: %Ln dot added as a pin or idea</numerusform>
            <numerusform>%1: sheet %2: %Ln dots added as pins and ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln pen lines and shapes added as ideas</source>
        <translation>
            <numerusform>%1: sheet %2: %Ln pen line or shape added as an idea</numerusform>
            <numerusform>%1: sheet %2: %Ln pen lines and shapes added as ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln uncertain marks not stored, left for a review (--accept-uncertain stores them)</source>
        <translation>
            <numerusform>%1: sheet %2: %Ln uncertain mark not stored, left for a review (--accept-uncertain stores it)</numerusform>
            <numerusform>%1: sheet %2: %Ln uncertain marks not stored, left for a review (--accept-uncertain stores them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: audit sheet %2: %Ln scores read (nothing stored)</source>
        <translation>
            <numerusform>%1: audit sheet %2: %Ln score read (nothing stored)</numerusform>
            <numerusform>%1: audit sheet %2: %Ln scores read (nothing stored)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: audit sheet %2: %Ln scores stored</source>
        <translation>
            <numerusform>%1: audit sheet %2: %Ln score stored</numerusform>
            <numerusform>%1: audit sheet %2: %Ln scores stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <comment>how many project files were merged: %1 in the merge&apos;s sentences</comment>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was changed; merging %1 into %2 would leave %Ln records in conflict.</source>
        <comment>%1: the files merged (&quot;2 files&quot;)</comment>
        <translation>
            <numerusform>Dry run: nothing was changed; merging %1 into %2 would leave %Ln record in conflict.</numerusform>
            <numerusform>Dry run: nothing was changed; merging %1 into %2 would leave %Ln records in conflict.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records changed on both sides: %1 kept its version; open it in CoSafe to keep mine, theirs or both.</source>
        <translation>
            <numerusform>%Ln record changed on both sides: %1 kept its version; open it in CoSafe to keep mine, theirs or both.</numerusform>
            <numerusform>%Ln records changed on both sides: %1 kept its version; open it in CoSafe to keep mine, theirs or both.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in conflict</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%Ln in conflict</numerusform>
            <numerusform>%Ln in conflict</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message numerus="yes">
        <source>Removing “%1” would orphan %Ln scores; retire it instead</source>
        <translation>
            <numerusform>Removing “%1” would orphan %Ln score; retire it instead</numerusform>
            <numerusform>Removing “%1” would orphan %Ln scores; retire it instead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupComparisonView</name>
    <message numerus="yes">
        <source>%Ln proposals · %1 without a principle</source>
        <translation>
            <numerusform>%Ln proposal · %1 without a principle</numerusform>
            <numerusform>%Ln proposals · %1 without a principle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals</source>
        <translation>
            <numerusform>%Ln proposal</numerusform>
            <numerusform>%Ln proposals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message numerus="yes">
        <source>Cleaned %Ln images that held camera data or a camera&apos;s file name (now without metadata, under a neutral name)</source>
        <translation>
            <numerusform>Cleaned %Ln image that held camera data or a camera&apos;s file name (now without metadata, under a neutral name)</numerusform>
            <numerusform>Cleaned %Ln images that held camera data or a camera&apos;s file name (now without metadata, under a neutral name)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln images could not be read and were left as they are</source>
        <comment>%1 is what was cleaned, said just before</comment>
        <translation>
            <numerusform>%1; %Ln image could not be read and was left as it is</numerusform>
            <numerusform>%1; %Ln images could not be read and were left as they are</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <comment>%1: layer names</comment>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln features without a shape were left out</source>
        <translation>
            <numerusform>%Ln feature without a shape was left out</numerusform>
            <numerusform>%Ln features without a shape were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln features with a broken part were mended: a line of one point kept as a point, parts too short to draw left out</source>
        <translation>
            <numerusform>%Ln feature with a broken part was mended: a line of one point kept as a point, parts too short to draw left out</numerusform>
            <numerusform>%Ln features with a broken part were mended: a line of one point kept as a point, parts too short to draw left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no shapes to draw: none of its %Ln features has a geometry; export it again with its geometry</source>
        <translation>
            <numerusform>%1 has no shapes to draw: its %Ln feature has no geometry; export it again with its geometry</numerusform>
            <numerusform>%1 has no shapes to draw: none of its %Ln features has a geometry; export it again with its geometry</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln layers</source>
        <comment>%1: a file, %2: its format</comment>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln layer</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln layers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentImportDialog</name>
    <message numerus="yes">
        <source>All %Ln rows of the file read:</source>
        <translation>
            <numerusform>The %Ln row of the file read:</numerusform>
            <numerusform>All %Ln rows of the file read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows read (the import counts the whole file):</source>
        <translation>
            <numerusform>The first %Ln row read (the import counts the whole file):</numerusform>
            <numerusform>The first %Ln rows read (the import counts the whole file):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be imported</source>
        <translation>
            <numerusform>%Ln will be imported</numerusform>
            <numerusform>%Ln will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped without a usable location (lines %1)</source>
        <translation>
            <numerusform>%Ln skipped without a usable location (line %1)</numerusform>
            <numerusform>%Ln skipped without a usable location (lines %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept without a date (theirs could not be read)</source>
        <translation>
            <numerusform>%Ln kept without a date (its date could not be read)</numerusform>
            <numerusform>%Ln kept without a date (theirs could not be read)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a time of day</source>
        <translation>
            <numerusform>%Ln with a time of day</numerusform>
            <numerusform>%Ln with a time of day</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentImporter</name>
    <message numerus="yes">
        <source>Storing %Ln recorded incidents…</source>
        <translation>
            <numerusform>Storing %Ln recorded incident…</numerusform>
            <numerusform>Storing %Ln recorded incidents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln recorded incidents from %1</source>
        <translation>
            <numerusform>Import %Ln recorded incident from %1</numerusform>
            <numerusform>Import %Ln recorded incidents from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents stored</source>
        <translation>
            <numerusform>%Ln recorded incident stored</numerusform>
            <numerusform>%Ln recorded incidents stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln recorded incidents (“%1”), shown apart from perceptions</source>
        <translation>
            <numerusform>Imported %Ln recorded incident (“%1”), shown apart from perceptions</numerusform>
            <numerusform>Imported %Ln recorded incidents (“%1”), shown apart from perceptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentTimesView</name>
    <message numerus="yes">
        <source>Time unknown: %Ln recorded incidents have no time of day in their data; they are counted here, not put in a band.</source>
        <translation>
            <numerusform>Time unknown: %Ln recorded incident has no time of day in its data; it is counted here, not put in a band.</numerusform>
            <numerusform>Time unknown: %Ln recorded incidents have no time of day in their data; they are counted here, not put in a band.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message numerus="yes">
        <source>its date column %1 is blank in every row, so all %Ln incidents were kept without a date</source>
        <translation>
            <numerusform>its date column %1 is blank in every row, so its %Ln incident was kept without a date</numerusform>
            <numerusform>its date column %1 is blank in every row, so all %Ln incidents were kept without a date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file has no date column, so all %Ln incidents were kept without a date</source>
        <translation>
            <numerusform>the file has no date column, so its %Ln incident was kept without a date</numerusform>
            <numerusform>the file has no date column, so all %Ln incidents were kept without a date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %Ln rows without a location (lines %1)</source>
        <translation>
            <numerusform>skipped %Ln row without a location (line %1)</numerusform>
            <numerusform>skipped %Ln rows without a location (lines %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept %Ln rows without a date because theirs could not be read</source>
        <translation>
            <numerusform>kept %Ln row without a date because its date could not be read</numerusform>
            <numerusform>kept %Ln rows without a date because theirs could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln layers (%2); say which one holds the incidents</source>
        <translation>
            <numerusform>%1 has %Ln layers (%2); say which one holds the incidents</numerusform>
            <numerusform>%1 has %Ln layers (%2); say which one holds the incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message numerus="yes">
        <source>%Ln tiles</source>
        <translation>
            <numerusform>%Ln tile</numerusform>
            <numerusform>%Ln tiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pin stories</source>
        <translation>
            <numerusform>%Ln pin story</numerusform>
            <numerusform>%Ln pin stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comments and notes</source>
        <translation>
            <numerusform>%Ln comment or note</numerusform>
            <numerusform>%Ln comments and notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln facilitators&apos; names</source>
        <translation>
            <numerusform>%Ln facilitator&apos;s name</numerusform>
            <numerusform>%Ln facilitators&apos; names</numerusform>
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
            <numerusform>%Ln participant outside %1</numerusform>
            <numerusform>%Ln participants outside %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeConflicts</name>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Line of %Ln point around %1, %2</numerusform>
            <numerusform>Line of %Ln points around %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Area of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Area of %Ln point around %1, %2</numerusform>
            <numerusform>Area of %Ln points around %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Areas of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Areas of %Ln point around %1, %2</numerusform>
            <numerusform>Areas of %Ln points around %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Lines of %Ln point around %1, %2</numerusform>
            <numerusform>Lines of %Ln points around %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln points around %2, %3</source>
        <comment>%1: a kind of shape</comment>
        <translation>
            <numerusform>%1 of %Ln point around %2, %3</numerusform>
            <numerusform>%1 of %Ln points around %2, %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message numerus="yes">
        <source>%Ln workshops</source>
        <translation>
            <numerusform>%Ln workshop</numerusform>
            <numerusform>%Ln workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
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
            <numerusform>%Ln basemap layer</numerusform>
            <numerusform>%Ln basemap layers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals</source>
        <translation>
            <numerusform>%Ln proposal</numerusform>
            <numerusform>%Ln proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln criteria sets</source>
        <translation>
            <numerusform>%Ln criteria set</numerusform>
            <numerusform>%Ln criteria sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln criteria</source>
        <translation>
            <numerusform>%Ln criterion</numerusform>
            <numerusform>%Ln criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit walks</source>
        <translation>
            <numerusform>%Ln audit walk</numerusform>
            <numerusform>%Ln audit walks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln walk participants</source>
        <translation>
            <numerusform>%Ln walk participant</numerusform>
            <numerusform>%Ln walk participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit points</source>
        <translation>
            <numerusform>%Ln audit point</numerusform>
            <numerusform>%Ln audit points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit scores</source>
        <translation>
            <numerusform>%Ln audit score</numerusform>
            <numerusform>%Ln audit scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checklist answers</source>
        <translation>
            <numerusform>%Ln checklist answer</numerusform>
            <numerusform>%Ln checklist answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reason tags</source>
        <translation>
            <numerusform>%Ln reason tag</numerusform>
            <numerusform>%Ln reason tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln perception pins</source>
        <translation>
            <numerusform>%Ln perception pin</numerusform>
            <numerusform>%Ln perception pins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents</source>
        <translation>
            <numerusform>%Ln recorded incident</numerusform>
            <numerusform>%Ln recorded incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln stakeholder</numerusform>
            <numerusform>%Ln stakeholders</numerusform>
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
            <numerusform>%Ln action partner</numerusform>
            <numerusform>%Ln action partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action links</source>
        <translation>
            <numerusform>%Ln action link</numerusform>
            <numerusform>%Ln action links</numerusform>
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
            <numerusform>%Ln photo or file</numerusform>
            <numerusform>%Ln photos and files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln laptop names</source>
        <translation>
            <numerusform>%Ln laptop name</numerusform>
            <numerusform>%Ln laptop names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records of %1</source>
        <translation>
            <numerusform>%Ln record of %1</numerusform>
            <numerusform>%Ln records of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln new records will be added (%1).</source>
        <translation>
            <numerusform>• %Ln new record will be added (%1).</numerusform>
            <numerusform>• %Ln new records will be added (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records changed only on that laptop will be updated to its version (%1).</source>
        <translation>
            <numerusform>• %Ln record changed only on that laptop will be updated to its version (%1).</numerusform>
            <numerusform>• %Ln records changed only on that laptop will be updated to its version (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records were changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts.</source>
        <translation>
            <numerusform>• %Ln record was changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts.</numerusform>
            <numerusform>• %Ln records were changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records were changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts (%1).</source>
        <translation>
            <numerusform>• %Ln record was changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts (%1).</numerusform>
            <numerusform>• %Ln records were changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records already waiting in Merge Conflicts from an earlier merge.</source>
        <translation>
            <numerusform>• %Ln record already waiting in Merge Conflicts from an earlier merge.</numerusform>
            <numerusform>• %Ln records already waiting in Merge Conflicts from an earlier merge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records are the same in both, or newer here, and are skipped.</source>
        <translation>
            <numerusform>• %Ln record is the same in both, or newer here, and is skipped.</numerusform>
            <numerusform>• %Ln records are the same in both, or newer here, and are skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;Merging %Ln files into “%1”&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Merging %Ln file into “%1”&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Merging %Ln files into “%1”&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperMap</name>
    <message numerus="yes">
        <source>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %Ln points. Three points always fit exactly: add a fourth to check them.</source>
        <translation>
            <numerusform>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %Ln point. Three points always fit exactly: add a fourth to check them.</numerusform>
            <numerusform>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %Ln points. Three points always fit exactly: add a fourth to check them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %Ln points. A point far off the others was probably clicked in the wrong place.</source>
        <translation>
            <numerusform>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %Ln point. A point far off the others was probably clicked in the wrong place.</numerusform>
            <numerusform>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %Ln points. A point far off the others was probably clicked in the wrong place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperMapDialog</name>
    <message numerus="yes">
        <source>Add %Ln more points to place the map.</source>
        <translation>
            <numerusform>Add %Ln more point to place the map.</numerusform>
            <numerusform>Add %Ln more points to place the map.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperReview</name>
    <message numerus="yes">
        <source>%Ln dots</source>
        <translation>
            <numerusform>%Ln dot</numerusform>
            <numerusform>%Ln dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pen lines</source>
        <translation>
            <numerusform>%Ln pen line</numerusform>
            <numerusform>%Ln pen lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pen shapes</source>
        <comment>a closed pen line: an area</comment>
        <translation>
            <numerusform>%Ln pen shape</numerusform>
            <numerusform>%Ln pen shapes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln participants (%1) and their %2? Undo (Ctrl+Z) brings them back.</source>
        <comment>%2: how many votes</comment>
        <translation>
            <numerusform>Delete %Ln participant (%1) and their %2? Undo (Ctrl+Z) brings them back.</numerusform>
            <numerusform>Delete %Ln participants (%1) and their %2? Undo (Ctrl+Z) brings them back.</numerusform>
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
            <numerusform>Delete %Ln participant (%1)? Undo (Ctrl+Z) brings them back.</numerusform>
            <numerusform>Delete %Ln participants (%1)? Undo (Ctrl+Z) brings them back.</numerusform>
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
        <source>Delete %Ln participants</source>
        <translation>
            <numerusform>Delete %Ln participant</numerusform>
            <numerusform>Delete %Ln participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerceptionFilterPanel</name>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln chosen</numerusform>
            <numerusform>%Ln chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerceptionMapPanel</name>
    <message numerus="yes">
        <source>%Ln audit points</source>
        <translation>
            <numerusform>%Ln audit point</numerusform>
            <numerusform>%Ln audit points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins</source>
        <translation>
            <numerusform>%Ln pin</numerusform>
            <numerusform>%Ln pins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln routes</source>
        <translation>
            <numerusform>%Ln route</numerusform>
            <numerusform>%Ln routes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents</source>
        <translation>
            <numerusform>%Ln recorded incident</numerusform>
            <numerusform>%Ln recorded incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoSection</name>
    <message numerus="yes">
        <source>Add %Ln photos to “%1”</source>
        <translation>
            <numerusform>Add %Ln photo to “%1”</numerusform>
            <numerusform>Add %Ln photos to “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinsPanel</name>
    <message numerus="yes">
        <source>%Ln pins in no workshop</source>
        <translation>
            <numerusform>%Ln pin in no workshop</numerusform>
            <numerusform>%Ln pins in no workshop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins in %1</source>
        <translation>
            <numerusform>%Ln pin in %1</numerusform>
            <numerusform>%Ln pins in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %Ln audit points</source>
        <translation>
            <numerusform>Mean safety score %1 / 5 at %Ln audit point</numerusform>
            <numerusform>Mean safety score %1 / 5 at %Ln audit points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %Ln audit points (%2)</source>
        <translation>
            <numerusform>Mean safety score %1 / 5 at %Ln audit point (%2)</numerusform>
            <numerusform>Mean safety score %1 / 5 at %Ln audit points (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %Ln audit points (%2 to %3)</source>
        <translation>
            <numerusform>Mean safety score %1 / 5 at %Ln audit point (%2 to %3)</numerusform>
            <numerusform>Mean safety score %1 / 5 at %Ln audit points (%2 to %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanExports</name>
    <message numerus="yes">
        <source>%Ln actions written to %1 (linked pins and incidents at %2 m, not their exact places)</source>
        <translation>
            <numerusform>%Ln action written to %1 (linked pins and incidents at %2 m, not their exact places)</numerusform>
            <numerusform>%Ln actions written to %1 (linked pins and incidents at %2 m, not their exact places)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln public files written to %1</source>
        <translation>
            <numerusform>%Ln public file written to %1</numerusform>
            <numerusform>%Ln public files written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files written to %1</source>
        <translation>
            <numerusform>%Ln file written to %1</numerusform>
            <numerusform>%Ln files written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message numerus="yes">
        <source>%Ln recorded incidents (imported data, kept apart from what people felt): %1 by day (%2), %3 at dusk (%4), %5 at night (%6), %7 at a time not recorded.</source>
        <translation>
            <numerusform>%Ln recorded incident (imported data, kept apart from what people felt): %1 by day (%2), %3 at dusk (%4), %5 at night (%6), %7 at a time not recorded.</numerusform>
            <numerusform>%Ln recorded incidents (imported data, kept apart from what people felt): %1 by day (%2), %3 at dusk (%4), %5 at night (%6), %7 at a time not recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit points scored; mean safety score %1 out of 5 (lowest %2, highest %3).</source>
        <translation>
            <numerusform>%Ln audit point scored; mean safety score %1 out of 5 (lowest %2, highest %3).</numerusform>
            <numerusform>%Ln audit points scored; mean safety score %1 out of 5 (lowest %2, highest %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dark spots: points where lighting scored 0 (poor).</source>
        <translation>
            <numerusform>%Ln dark spot: a point where lighting scored 0 (poor).</numerusform>
            <numerusform>%Ln dark spots: points where lighting scored 0 (poor).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln places walked both by day and at night: %1 scored lower at night; mean %2 by day, %3 at night.</source>
        <translation>
            <numerusform>%Ln place walked both by day and at night: %1 scored lower at night; mean %2 by day, %3 at night.</numerusform>
            <numerusform>%Ln places walked both by day and at night: %1 scored lower at night; mean %2 by day, %3 at night.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln perception pins, %1 of them marking a place where people feel unsafe.</source>
        <translation>
            <numerusform>%Ln perception pin, %1 of them marking a place where people feel unsafe.</numerusform>
            <numerusform>%Ln perception pins, %1 of them marking a place where people feel unsafe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants signed in, recorded only by gender, age band and role. Categories with fewer than %1 people are counted together as “Other or not stated”; a count that is still below %1, or from which one could be worked out, is “hidden”.</source>
        <translation>
            <numerusform>%Ln participant signed in, recorded only by gender, age band and role. Categories with fewer than %1 people are counted together as “Other or not stated”; a count that is still below %1, or from which one could be worked out, is “hidden”.</numerusform>
            <numerusform>%Ln participants signed in, recorded only by gender, age band and role. Categories with fewer than %1 people are counted together as “Other or not stated”; a count that is still below %1, or from which one could be worked out, is “hidden”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals; the %1 with the most voting dots (and %2 more on the map). No. is the number beside the proposal on the map above.</source>
        <translation>
            <numerusform>%Ln proposal; the %1 with the most voting dots (and %2 more on the map). No. is the number beside the proposal on the map above.</numerusform>
            <numerusform>%Ln proposals; the %1 with the most voting dots (and %2 more on the map). No. is the number beside the proposal on the map above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals; the %1 with the most voting dots. No. is the number beside the proposal on the map above.</source>
        <translation>
            <numerusform>%Ln proposal; the %1 with the most voting dots. No. is the number beside the proposal on the map above.</numerusform>
            <numerusform>%Ln proposals; the %1 with the most voting dots. No. is the number beside the proposal on the map above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions in priority order (1 = highest, from the community&apos;s votes or agreed). Estimated cost of those costed: %1.</source>
        <translation>
            <numerusform>%Ln action (priority 1, from the community&apos;s votes or agreed). Estimated cost: %1.</numerusform>
            <numerusform>%Ln actions in priority order (1 = highest, from the community&apos;s votes or agreed). Estimated cost of those costed: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions in priority order (1 = highest, from the community&apos;s votes or agreed).</source>
        <translation>
            <numerusform>%Ln action (priority 1, from the community&apos;s votes or agreed).</numerusform>
            <numerusform>%Ln actions in priority order (1 = highest, from the community&apos;s votes or agreed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <comment>places or partners not listed</comment>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintAuditSheetsDialog</name>
    <message numerus="yes">
        <source>%Ln audit sheets written to %1</source>
        <translation>
            <numerusform>%Ln audit sheet written to %1</numerusform>
            <numerusform>%Ln audit sheets written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSheetsDialog</name>
    <message numerus="yes">
        <source>Writing %Ln group maps</source>
        <translation>
            <numerusform>Writing %Ln group map</numerusform>
            <numerusform>Writing %Ln group maps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group maps written to %1</source>
        <translation>
            <numerusform>%Ln group map written to %1</numerusform>
            <numerusform>%Ln group maps written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message numerus="yes">
        <source>spatial index holds %1 entries for %Ln geometries</source>
        <translation>
            <numerusform>spatial index holds %1 entries for %Ln geometry</numerusform>
            <numerusform>spatial index holds %1 entries for %Ln geometries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is a GeoPackage with %Ln layers: %2, but not a CoSafe project</source>
        <translation>
            <numerusform>%1 is a GeoPackage with %Ln layer: %2, but not a CoSafe project</numerusform>
            <numerusform>%1 is a GeoPackage with %Ln layers: %2, but not a CoSafe project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>records: checking stopped after %Ln bad records</source>
        <translation>
            <numerusform>records: checking stopped after %Ln bad record</numerusform>
            <numerusform>records: checking stopped after %Ln bad records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalPropertiesPanel</name>
    <message numerus="yes">
        <source>%Ln proposals are selected. Select one to describe it here.</source>
        <translation>
            <numerusform>%Ln proposal is selected. Select one to describe it here.</numerusform>
            <numerusform>%Ln proposals are selected. Select one to describe it here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalTablePanel</name>
    <message numerus="yes">
        <source>%1 of %Ln proposals shown</source>
        <translation>
            <numerusform>%1 of %Ln proposal shown</numerusform>
            <numerusform>%1 of %Ln proposals shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals</source>
        <translation>
            <numerusform>%Ln proposal</numerusform>
            <numerusform>%Ln proposals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message numerus="yes">
        <source>Move %Ln proposals</source>
        <translation>
            <numerusform>Move %Ln proposal</numerusform>
            <numerusform>Move %Ln proposals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankingList</name>
    <message numerus="yes">
        <source>%1: %2 dots from %Ln voters</source>
        <translation>
            <numerusform>%1: %2 dots from %Ln voter</numerusform>
            <numerusform>%1: %2 dots from %Ln voters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadSheetsDialog</name>
    <message numerus="yes">
        <source>%1, %Ln to check</source>
        <comment>%1: the marks found (3 dots, 1 pen line)</comment>
        <translation>
            <numerusform>%1, %Ln to check</numerusform>
            <numerusform>%1, %Ln to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scores, %1 to check</source>
        <translation>
            <numerusform>%Ln score, %1 to check</numerusform>
            <numerusform>%Ln scores, %1 to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the scores ticked to store</source>
        <translation>
            <numerusform>%Ln of the scores ticked to store</numerusform>
            <numerusform>%Ln of the scores ticked to store</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit sheet %1 stored: %Ln scores (Edit › Undo takes them away)</source>
        <translation>
            <numerusform>Audit sheet %1 stored: %Ln score (Edit › Undo takes it away)</numerusform>
            <numerusform>Audit sheet %1 stored: %Ln scores (Edit › Undo takes them away)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message numerus="yes">
        <source>Too many requests from this device: wait %Ln seconds.</source>
        <translation>
            <numerusform>Too many requests from this device: wait %Ln second.</numerusform>
            <numerusform>Too many requests from this device: wait %Ln seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request is too large: at most %Ln bytes.</source>
        <translation>
            <numerusform>The request is too large: at most %Ln byte.</numerusform>
            <numerusform>The request is too large: at most %Ln bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” must be text of at most %Ln characters.</source>
        <translation>
            <numerusform>“%1” must be text of at most %Ln character.</numerusform>
            <numerusform>“%1” must be text of at most %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” must be a list of different values, at most %Ln, each one of: %2.</source>
        <translation>
            <numerusform>“%1” must be a list of different values, at most %Ln, each one of: %2.</numerusform>
            <numerusform>“%1” must be a list of different values, at most %Ln, each one of: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“geometry” must be a GeoJSON point or a line of 2 to %Ln points.</source>
        <translation>
            <numerusform>“geometry” must be a GeoJSON point or a line of 2 to %Ln points.</numerusform>
            <numerusform>“geometry” must be a GeoJSON point or a line of 2 to %Ln points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message numerus="yes">
        <source>%Ln phones connected</source>
        <translation>
            <numerusform>%Ln phone connected</numerusform>
            <numerusform>%Ln phones connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories awaiting approval</source>
        <translation>
            <numerusform>%Ln story awaiting approval</numerusform>
            <numerusform>%Ln stories awaiting approval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message numerus="yes">
        <source>The area is printed on %Ln sheets. Put the dots and lines on the numbered sheets, not on this page.</source>
        <translation>
            <numerusform>The area is printed on %Ln sheet. Put the dots and lines on the numbered sheet, not on this page.</numerusform>
            <numerusform>The area is printed on %Ln sheets. Put the dots and lines on the numbered sheets, not on this page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInSheet</name>
    <message numerus="yes">
        <source>Sign In %Ln People</source>
        <translation>
            <numerusform>Sign In %Ln Person</numerusform>
            <numerusform>Sign In %Ln People</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign in %Ln participants</source>
        <translation>
            <numerusform>Sign in %Ln participant</numerusform>
            <numerusform>Sign in %Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close the sheet without signing in %Ln people?</source>
        <translation>
            <numerusform>Close the sheet without signing in %Ln person?</numerusform>
            <numerusform>Close the sheet without signing in %Ln people?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SketchController</name>
    <message numerus="yes">
        <source>Delete %Ln proposals</source>
        <translation>
            <numerusform>Delete %Ln proposal</numerusform>
            <numerusform>Delete %Ln proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %Ln proposals</source>
        <translation>
            <numerusform>Duplicate %Ln proposal</numerusform>
            <numerusform>Duplicate %Ln proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>D&amp;uplicate %Ln Proposals</source>
        <translation>
            <numerusform>D&amp;uplicate %Ln Proposal</numerusform>
            <numerusform>D&amp;uplicate %Ln Proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln Proposals</source>
        <translation>
            <numerusform>&amp;Delete %Ln Proposal</numerusform>
            <numerusform>&amp;Delete %Ln Proposals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StakeholderPanel</name>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>%Ln stakeholder</numerusform>
            <numerusform>%Ln stakeholders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkDialog</name>
    <message numerus="yes">
        <source>%1 of %Ln ticked</source>
        <translation>
            <numerusform>%1 of %Ln ticked</numerusform>
            <numerusform>%1 of %Ln ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message numerus="yes">
        <source>%Ln groups · %1</source>
        <comment>%1: how many people</comment>
        <translation>
            <numerusform>%Ln group · %1</numerusform>
            <numerusform>%Ln groups · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message numerus="yes">
        <source>Only %1 of %Ln dots left for this voter</source>
        <translation>
            <numerusform>Only %1 of %Ln dot left for this voter</numerusform>
            <numerusform>Only %1 of %Ln dots left for this voter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln women</source>
        <translation>
            <numerusform>%Ln woman</numerusform>
            <numerusform>%Ln women</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
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
            <numerusform>Its %Ln proposal, pin or walk stays in the project, in no workshop.</numerusform>
            <numerusform>Its %Ln proposals, pins and walks stay in the project, in no workshop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln photos of its groups&apos; paper sheets are deleted with it.</source>
        <translation>
            <numerusform>The %Ln photo of its groups&apos; paper sheets is deleted with it.</numerusform>
            <numerusform>The %Ln photos of its groups&apos; paper sheets are deleted with it.</numerusform>
        </translation>
    </message>
</context>
</TS>
