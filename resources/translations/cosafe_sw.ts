<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw" sourcelanguage="en">
<context>
    <name>AboutCoSafe</name>
    <message>
        <source>All changes are saved as you work</source>
        <translation>Mabadiliko yote yanahifadhiwa unapofanya kazi</translation>
    </message>
    <message>
        <source>Read-only: nothing you do changes the file</source>
        <translation>Kusoma tu: chochote unachofanya hakibadilishi faili</translation>
    </message>
    <message>
        <source>%1° N   %2° E</source>
        <comment>the pointer&apos;s place</comment>
        <translation>%1° N   %2° E</translation>
    </message>
    <message>
        <source>%1° N   %2° W</source>
        <comment>the pointer&apos;s place</comment>
        <translation>%1° N   %2° W</translation>
    </message>
    <message>
        <source>%1° S   %2° E</source>
        <comment>the pointer&apos;s place</comment>
        <translation>%1° S   %2° E</translation>
    </message>
    <message>
        <source>%1° S   %2° W</source>
        <comment>the pointer&apos;s place</comment>
        <translation>%1° S   %2° W</translation>
    </message>
    <message>
        <source>%1 %2 — offline participatory urban-safety planning: safety audit walks, perception pins, proposals and action plans in one GeoPackage file. Free software (GPL 3 or later).</source>
        <translation>%1 %2 — upangaji shirikishi wa usalama mijini bila mtandao: matembezi ya ukaguzi wa usalama, pini za mtazamo, mapendekezo na mipango kazi katika faili moja la GeoPackage. Programu huria (GPL 3 au toleo la baadaye).</translation>
    </message>
    <message>
        <source>There is no Save button: every change is written to the project file the moment you make it, so nothing is lost if the laptop switches off. Undo steps back through your changes. Use File › Save As to continue in a copy (for example before a workshop); the project is one .gpkg file you can copy to a USB stick at any time, and QGIS can open it.</source>
        <translation>Hakuna kitufe cha Hifadhi: kila badiliko linaandikwa kwenye faili la mradi papo hapo unapolifanya, kwa hiyo hakuna kinachopotea kompyuta ikizimika. Tendua hurudi nyuma kupitia mabadiliko yako. Tumia Faili › Hifadhi Kama ili kuendelea katika nakala (kwa mfano kabla ya warsha); mradi ni faili moja la .gpkg unaloweza kunakili kwenye USB wakati wowote, na QGIS inaweza kulifungua.</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <source>New Action</source>
        <translation>Hatua Mpya</translation>
    </message>
    <message>
        <source>Edit Action — %1</source>
        <translation>Hariri Hatua — %1</translation>
    </message>
    <message>
        <source>What will be done, e.g. Light the path behind the market</source>
        <translation>Kitakachofanywa, k.m. Weka taa kwenye njia nyuma ya soko</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Haijachaguliwa</translation>
    </message>
    <message>
        <source>UN Guidelines for the Prevention of Crime (2002): social development (causes), locally based (communities act), situational (design and management of places), reintegration (offenders).</source>
        <translation>Miongozo ya Umoja wa Mataifa ya Kuzuia Uhalifu (2002): maendeleo ya kijamii (vyanzo), ngazi ya jamii (jamii zinachukua hatua), kimazingira (usanifu na usimamizi wa maeneo), kuwarejesha katika jamii (wakosaji).</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Bado hakuna mtu</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Haijawekwa</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Muda</translation>
    </message>
    <message>
        <source>When the action is due: short, medium or long term</source>
        <translation>Hatua inatakiwa kukamilika lini: muda mfupi, wa kati au mrefu</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Tarehe</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Tarehe ya kuanza</translation>
    </message>
    <message>
        <source>The day the action starts (tick Dates to set it)</source>
        <translation>Siku hatua inapoanza (weka alama kwenye Tarehe ili kuiweka)</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Tarehe ya kumaliza</translation>
    </message>
    <message>
        <source>The day the action is done (tick Dates to set it)</source>
        <translation>Siku hatua inapokamilika (weka alama kwenye Tarehe ili kuiweka)</translation>
    </message>
    <message>
        <source>From &amp;votes</source>
        <translation>Kutoka kwa ku&amp;ra</translation>
    </message>
    <message>
        <source>Set by &amp;hand:</source>
        <translation>Weka kwa mk&amp;ono:</translation>
    </message>
    <message>
        <source>Priority by hand</source>
        <translation>Kipaumbele kwa mkono</translation>
    </message>
    <message>
        <source>1 is the most urgent (choose Set by hand first)</source>
        <translation>1 ni cha dharura zaidi (chagua Weka kwa mkono kwanza)</translation>
    </message>
    <message>
        <source>rank %1 by the dots on its proposals</source>
        <translation>nafasi ya %1 kwa vitone kwenye mapendekezo yake</translation>
    </message>
    <message>
        <source>no votes on its linked proposals yet</source>
        <translation>bado hakuna kura kwenye mapendekezo yake yaliyounganishwa</translation>
    </message>
    <message>
        <source>How success is seen, e.g. mean safety score at the market</source>
        <translation>Mafanikio yanaonekanaje, k.m. wastani wa alama ya usalama sokoni</translation>
    </message>
    <message>
        <source>Where it stands now</source>
        <translation>Hali ilivyo sasa</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Kipimo cha awali</translation>
    </message>
    <message>
        <source>Where the indicator stands now</source>
        <translation>Kiashiria kilipo sasa</translation>
    </message>
    <message>
        <source>Use Current &amp;Score</source>
        <translation>Tumia &amp;Alama ya Sasa</translation>
    </message>
    <message>
        <source>Fill in the mean safety score audits measured at the linked places</source>
        <translation>Jaza wastani wa alama ya usalama uliopimwa na ukaguzi katika maeneo yaliyounganishwa</translation>
    </message>
    <message>
        <source>Where it should be, and by when</source>
        <translation>Kinapaswa kufika wapi, na kufikia lini</translation>
    </message>
    <message>
        <source>Add to Plan</source>
        <translation>Ongeza kwenye Mpango</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Kichwa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>CPTED &amp;principle</source>
        <translation>Ka&amp;nuni ya CPTED</translation>
    </message>
    <message>
        <source>Prevention &amp;approach</source>
        <translation>&amp;Mbinu ya kuzuia</translation>
    </message>
    <message>
        <source>&amp;Responsible partner</source>
        <translation>Mshirika m&amp;husika mkuu</translation>
    </message>
    <message>
        <source>Supporting partners</source>
        <translation>Washirika wanaounga mkono</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Ha&amp;li</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between a start and an end date</comment>
        <translation>hadi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>Estimated &amp;cost</source>
        <translation>&amp;Gharama inayokadiriwa</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Kipaumbele</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>K&amp;iashiria</translation>
    </message>
    <message>
        <source>Tar&amp;get</source>
        <translation>L&amp;engo</translation>
    </message>
    <message>
        <source>Linked places</source>
        <translation>Maeneo yaliyounganishwa</translation>
    </message>
    <message>
        <source>Link places to compute the current safety score there.</source>
        <translation>Unganisha maeneo ili kukokotoa alama ya sasa ya usalama huko.</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <comment>%1: the mean safety score at the linked places</comment>
        <translation>Sasa: %1</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Priority</source>
        <translation>Kipaumbele</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Mhusika mkuu</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Kanuni</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Mbinu</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Gharama</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Maeneo</translation>
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
        <translation>Zenye tarehe</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Hazijapangiwa ratiba</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <comment>%1: a timeline column, e.g. Short term</comment>
        <translation>Hatua: %1</translation>
    </message>
    <message>
        <source>The actions planned for %1; double-click one to edit it</source>
        <translation>Hatua zilizopangwa kwa %1; bofya moja mara mbili kuihariri</translation>
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
        <translation>Bado hakuna hatua. Chagua pendekezo na uchague Mpango › Unda Hatua kutoka kwa Pendekezo, au bonyeza Mpya… kuandika moja.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Hali zote</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Wakati wowote</translation>
    </message>
    <message>
        <source>Has dates</source>
        <translation>Zina tarehe</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Hazijapangiwa ratiba</translation>
    </message>
    <message>
        <source>Filter actions by status</source>
        <translation>Chuja hatua kwa hali</translation>
    </message>
    <message>
        <source>Show only actions with this status</source>
        <translation>Onyesha hatua zenye hali hii tu</translation>
    </message>
    <message>
        <source>Filter actions by timeframe</source>
        <translation>Chuja hatua kwa muda</translation>
    </message>
    <message>
        <source>Show only actions with this timeframe</source>
        <translation>Onyesha hatua zenye muda huu tu</translation>
    </message>
    <message>
        <source>Filter actions by principle</source>
        <translation>Chuja hatua kwa kanuni</translation>
    </message>
    <message>
        <source>Show only actions with this principle</source>
        <translation>Onyesha hatua zenye kanuni hii tu</translation>
    </message>
    <message>
        <source>Filter actions by partner</source>
        <translation>Chuja hatua kwa mshirika</translation>
    </message>
    <message>
        <source>Show only actions with this partner</source>
        <translation>Onyesha hatua zenye mshirika huyu tu</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Hatua</translation>
    </message>
    <message>
        <source>The plan&apos;s actions; Enter or double-click opens one, Delete removes it</source>
        <translation>Hatua za mpango; Enter au kubofya mara mbili hufungua moja, Delete huiondoa</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Jedwali</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Ratiba</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Mpya…</translation>
    </message>
    <message>
        <source>Write a new action from scratch</source>
        <translation>Andika hatua mpya kuanzia mwanzo</translation>
    </message>
    <message>
        <source>&amp;Edit Action…</source>
        <translation>&amp;Hariri Hatua…</translation>
    </message>
    <message>
        <source>Open the selected action in the action editor</source>
        <translation>Fungua hatua iliyochaguliwa katika kihariri cha hatua</translation>
    </message>
    <message>
        <source>&amp;Delete Action</source>
        <translation>&amp;Futa Hatua</translation>
    </message>
    <message>
        <source>Remove the selected action from the plan (the places stay)</source>
        <translation>Ondoa hatua iliyochaguliwa kwenye mpango (maeneo yanabaki)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Hariri…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>Mshirika yeyote</translation>
    </message>
    <message>
        <source>Nobody responsible yet</source>
        <translation>Bado hakuna mhusika mkuu</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln actions shown</source>
        <translation>
            <numerusform>Hatua %1 kati ya %Ln zinaonyeshwa</numerusform>
            <numerusform>Hatua %1 kati ya %Ln zinaonyeshwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions</source>
        <translation>
            <numerusform>hatua %Ln</numerusform>
            <numerusform>hatua %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>The action was not deleted</source>
        <translation>Hatua haikufutwa</translation>
    </message>
</context>
<context>
    <name>ActionsSheet</name>
    <message>
        <source>Priority</source>
        <translation>Kipaumbele</translation>
    </message>
    <message>
        <source>Priority set by</source>
        <translation>Kipaumbele kimewekwa kwa</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hatua</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Responsible partner</source>
        <translation>Mshirika mhusika mkuu</translation>
    </message>
    <message>
        <source>Supporting partners</source>
        <translation>Washirika wanaounga mkono</translation>
    </message>
    <message>
        <source>Linked places</source>
        <translation>Maeneo yaliyounganishwa</translation>
    </message>
    <message>
        <source>Locations (lat,lon)</source>
        <translation>Mahali (lat,lon)</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>Kanuni ya CPTED</translation>
    </message>
    <message>
        <source>Prevention approach</source>
        <translation>Mbinu ya kuzuia</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Muda</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Inaanza tarehe</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Inaisha tarehe</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Makadirio ya gharama</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Kiashiria</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Kipimo cha awali</translation>
    </message>
    <message>
        <source>Baseline from the audit scores</source>
        <translation>Kipimo cha awali kutoka alama za ukaguzi</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Lengo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>kura</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>mkono</translation>
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
            <numerusform>Pale ambapo alama ya %1 iko chini, watu hujisikia salama kidogo (uhusiano mkubwa, eneo %Ln).</numerusform>
            <numerusform>Pale ambapo alama ya %1 iko chini, watu hujisikia salama kidogo (uhusiano mkubwa, maeneo %Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is low, people feel less safe (moderate link, %Ln places).</source>
        <translation>
            <numerusform>Pale ambapo alama ya %1 iko chini, watu hujisikia salama kidogo (uhusiano wa wastani, eneo %Ln).</numerusform>
            <numerusform>Pale ambapo alama ya %1 iko chini, watu hujisikia salama kidogo (uhusiano wa wastani, maeneo %Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is low, people feel less safe (weak link, %Ln places).</source>
        <translation>
            <numerusform>Pale ambapo alama ya %1 iko chini, watu hujisikia salama kidogo (uhusiano dhaifu, eneo %Ln).</numerusform>
            <numerusform>Pale ambapo alama ya %1 iko chini, watu hujisikia salama kidogo (uhusiano dhaifu, maeneo %Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (strong link, %Ln places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Pale ambapo alama ya %1 iko juu, watu hujisikia salama kidogo (uhusiano mkubwa, eneo %Ln) — jambo lisilotarajiwa; linafaa kuangaliwa.</numerusform>
            <numerusform>Pale ambapo alama ya %1 iko juu, watu hujisikia salama kidogo (uhusiano mkubwa, maeneo %Ln) — jambo lisilotarajiwa; linafaa kuangaliwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (moderate link, %Ln places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Pale ambapo alama ya %1 iko juu, watu hujisikia salama kidogo (uhusiano wa wastani, eneo %Ln) — jambo lisilotarajiwa; linafaa kuangaliwa.</numerusform>
            <numerusform>Pale ambapo alama ya %1 iko juu, watu hujisikia salama kidogo (uhusiano wa wastani, maeneo %Ln) — jambo lisilotarajiwa; linafaa kuangaliwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Where the %1 score is high, people feel less safe (weak link, %Ln places) — unexpected; worth a look.</source>
        <translation>
            <numerusform>Pale ambapo alama ya %1 iko juu, watu hujisikia salama kidogo (uhusiano dhaifu, eneo %Ln) — jambo lisilotarajiwa; linafaa kuangaliwa.</numerusform>
            <numerusform>Pale ambapo alama ya %1 iko juu, watu hujisikia salama kidogo (uhusiano dhaifu, maeneo %Ln) — jambo lisilotarajiwa; linafaa kuangaliwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit point has a feeling score yet, so nothing can be said about what goes with feeling unsafe.</source>
        <translation>Bado hakuna kituo cha ukaguzi chenye alama ya hisia, kwa hiyo hakuna kinachoweza kusemwa kuhusu kinachoambatana na kujisikia si salama.</translation>
    </message>
    <message>
        <source>How each criterion goes with %1 across audit points (Spearman rank correlation; a link, not proof of a cause):</source>
        <translation>Jinsi kila kigezo kinavyoambatana na %1 katika vituo vya ukaguzi (uhusiano wa mpangilio wa Spearman; ni uhusiano, si uthibitisho wa chanzo):</translation>
    </message>
    <message numerus="yes">
        <source>%1: too few places scored for both it and %2 to say (%Ln places; at least %3 needed).</source>
        <translation>
            <numerusform>%1: maeneo machache mno yamepewa alama kwa kigezo hiki na %2 ili kusema lolote (eneo %Ln; yanahitajika angalau %3).</numerusform>
            <numerusform>%1: maeneo machache mno yamepewa alama kwa kigezo hiki na %2 ili kusema lolote (maeneo %Ln; yanahitajika angalau %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the same score everywhere (or %2 was), so no link can be read (%Ln places).</source>
        <translation>
            <numerusform>%1: alama ni ileile kila mahali (au ya %2 ilikuwa hivyo), kwa hiyo hakuna uhusiano unaoweza kusomwa (eneo %Ln).</numerusform>
            <numerusform>%1: alama ni ileile kila mahali (au ya %2 ilikuwa hivyo), kwa hiyo hakuna uhusiano unaoweza kusomwa (maeneo %Ln).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 makes no clear difference to how safe people feel (%Ln places).</source>
        <translation>
            <numerusform>%1 haileti tofauti dhahiri katika jinsi watu wanavyojisikia salama (eneo %Ln).</numerusform>
            <numerusform>%1 haileti tofauti dhahiri katika jinsi watu wanavyojisikia salama (maeneo %Ln).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Haijulikani</translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation>Hakuna warsha</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Hakuna kikundi</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no value of a category</comment>
        <translation>Hakuna</translation>
    </message>
    <message>
        <source>Other workshops</source>
        <translation>Warsha nyingine</translation>
    </message>
    <message>
        <source>Other groups</source>
        <translation>Vikundi vingine</translation>
    </message>
    <message>
        <source>Other or not stated</source>
        <translation>Nyingine au haijatajwa</translation>
    </message>
</context>
<context>
    <name>AnalysisCharts</name>
    <message>
        <source>Gender</source>
        <translation>Jinsia</translation>
    </message>
    <message>
        <source>Compare groups of people by gender; each tick splits them further</source>
        <translation>Linganisha makundi ya watu kwa jinsia; kila alama inayawagawa zaidi</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Kundi la umri</translation>
    </message>
    <message>
        <source>Compare groups of people by age band; each tick splits them further</source>
        <translation>Linganisha makundi ya watu kwa kundi la umri; kila alama inayawagawa zaidi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <source>Compare groups of people by role; each tick splits them further</source>
        <translation>Linganisha makundi ya watu kwa jukumu; kila alama inayawagawa zaidi</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Wakati wa siku</translation>
    </message>
    <message>
        <source>Compare groups of people by time of day; each tick splits them further</source>
        <translation>Linganisha makundi ya watu kwa wakati wa siku; kila alama inayawagawa zaidi</translation>
    </message>
    <message>
        <source>Working out which groups can be shown without giving anyone away…</source>
        <translation>Inakokotoa makundi yapi yanaweza kuonyeshwa bila kumtambulisha mtu yeyote…</translation>
    </message>
    <message>
        <source>No audit scores or perception pins yet — record a walk or place pins in the Audits dock to compare groups of people.</source>
        <translation>Bado hakuna alama za ukaguzi wala pini za mtazamo — rekodi matembezi au weka pini katika paneli ya Ukaguzi ili kulinganisha makundi ya watu.</translation>
    </message>
    <message>
        <source>No audit scores yet — record a walk and score its points in the Audits dock.</source>
        <translation>Bado hakuna alama za ukaguzi — rekodi matembezi na upe vituo vyake alama katika paneli ya Ukaguzi.</translation>
    </message>
    <message>
        <source>No place was walked both by day and at night yet — walk the same route after dark and score the points in the Audits dock.</source>
        <translation>Bado hakuna eneo lililotembewa mchana na usiku — tembeeni njia ileile baada ya giza na mpe vituo alama katika paneli ya Ukaguzi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln places walked by day and at night: %1 scored lower at night, %2 higher, %3 about the same. Mean score %4 by day, %5 at night.</source>
        <translation>
            <numerusform>Eneo %Ln lililotembewa mchana na usiku: %1 lilipata alama ya chini usiku, %2 ya juu, %3 karibu sawa. Wastani wa alama %4 mchana, %5 usiku.</numerusform>
            <numerusform>Maeneo %Ln yaliyotembewa mchana na usiku: %1 yalipata alama za chini usiku, %2 za juu, %3 karibu sawa. Wastani wa alama %4 mchana, %5 usiku.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough audit points with a &quot;Feeling&quot; score yet to say which criteria go with feeling unsafe — score Feeling at more points in the Audits dock.</source>
        <translation>Bado hakuna vituo vya ukaguzi vya kutosha vyenye alama ya &quot;Hisia&quot; ili kusema vigezo vipi vinaambatana na kujisikia si salama — toa alama ya Hisia katika vituo zaidi kwenye paneli ya Ukaguzi.</translation>
    </message>
    <message>
        <source>Open a project to see what its audits and pins say.</source>
        <translation>Fungua mradi kuona ukaguzi na pini zake zinasema nini.</translation>
    </message>
    <message>
        <source>Nothing matches the filters — widen them in the Perception Filters dock (or Clear Filters).</source>
        <translation>Hakuna kinacholingana na vichujio — vipanue katika paneli ya Vichujio vya Mitazamo (au Futa Vichujio).</translation>
    </message>
    <message>
        <source>No audit points yet — record a walk in the Audits dock.</source>
        <translation>Bado hakuna vituo vya ukaguzi — rekodi matembezi katika paneli ya Ukaguzi.</translation>
    </message>
    <message>
        <source>No audit points or perception pins yet — record a walk or place pins in the Audits dock.</source>
        <translation>Bado hakuna vituo vya ukaguzi wala pini za mtazamo — rekodi matembezi au weka pini katika paneli ya Ukaguzi.</translation>
    </message>
    <message>
        <source>No recorded incidents in these dates — import police or NGO data with Audit › Import Recorded Incidents to compare them with what people feel by time of day.</source>
        <translation>Hakuna matukio yaliyorekodiwa katika tarehe hizi — ingiza data ya polisi au ya NGO kwa Ukaguzi › Ingiza Matukio Yaliyorekodiwa ili kuyalinganisha na wanavyohisi watu kwa wakati wa siku.</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln people match these filters, so their figures are hidden to protect them (the project&apos;s threshold is %Ln). Widen the filters to see more.</source>
        <translation>
            <numerusform>Chini ya mtu %Ln analingana na vichujio hivi, kwa hiyo takwimu zao zimefichwa ili kuwalinda (kiwango cha mradi ni %Ln). Panua vichujio kuona zaidi.</numerusform>
            <numerusform>Chini ya watu %Ln wanalingana na vichujio hivi, kwa hiyo takwimu zao zimefichwa ili kuwalinda (kiwango cha mradi ni %Ln). Panua vichujio kuona zaidi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisFeature</name>
    <message>
        <source>Heat Map &amp;Radius…</source>
        <translation>&amp;Kipenyo cha Ramani ya Msongamano…</translation>
    </message>
    <message>
        <source>How far each point&apos;s heat reaches</source>
        <translation>Umbali ambao msongamano wa kila nukta unafika</translation>
    </message>
    <message>
        <source>Perception Map</source>
        <translation>Ramani ya Mitazamo</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Uchambuzi</translation>
    </message>
    <message>
        <source>Filters (map and charts)</source>
        <translation>Vichujio (ramani na chati)</translation>
    </message>
    <message>
        <source>Layers and legend</source>
        <translation>Matabaka na ufunguo</translation>
    </message>
    <message>
        <source>Perception &amp;Layers</source>
        <translation>&amp;Matabaka ya Mitazamo</translation>
    </message>
    <message>
        <source>Heat Map &amp;Source</source>
        <translation>&amp;Chanzo cha Ramani ya Msongamano</translation>
    </message>
    <message numerus="yes">
        <source>On the map: what fewer than %Ln people recorded.</source>
        <translation>
            <numerusform>Kwenye ramani: kile kilichorekodiwa na chini ya mtu %Ln.</numerusform>
            <numerusform>Kwenye ramani: kile kilichorekodiwa na chini ya watu %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln people match these filters, so no counts are shown.</source>
        <translation>
            <numerusform>Chini ya mtu %Ln analingana na vichujio hivi, kwa hiyo hakuna idadi zinazoonyeshwa.</numerusform>
            <numerusform>Chini ya watu %Ln wanalingana na vichujio hivi, kwa hiyo hakuna idadi zinazoonyeshwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 and %2.</source>
        <translation>Inaonyesha %1 na %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln audit scores</source>
        <translation>
            <numerusform>%1 kati ya alama %Ln ya ukaguzi</numerusform>
            <numerusform>%1 kati ya alama %Ln za ukaguzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln pins</source>
        <translation>
            <numerusform>%1 kati ya pini %Ln</numerusform>
            <numerusform>%1 kati ya pini %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything shown: %1, %2.</source>
        <translation>Kila kitu kinaonyeshwa: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit scores</source>
        <translation>
            <numerusform>alama %Ln ya ukaguzi</numerusform>
            <numerusform>alama %Ln za ukaguzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins</source>
        <translation>
            <numerusform>pini %Ln</numerusform>
            <numerusform>pini %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Heat Map Radius</source>
        <translation>Kipenyo cha Ramani ya Msongamano</translation>
    </message>
    <message>
        <source>How far each point&apos;s heat reaches (metres):</source>
        <translation>Umbali ambao msongamano wa kila nukta unafika (mita):</translation>
    </message>
</context>
<context>
    <name>AnalysisPanel</name>
    <message>
        <source>Criteria</source>
        <translation>Vigezo</translation>
    </message>
    <message>
        <source>How each criterion was scored, 0 (poor) to 3 (good)</source>
        <translation>Jinsi kila kigezo kilivyopewa alama, 0 (mbaya) hadi 3 (nzuri)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Watu</translation>
    </message>
    <message>
        <source>Mean safety score and share of unsafe pins by gender, age and time of day</source>
        <translation>Wastani wa alama ya usalama na sehemu ya pini za si salama kwa jinsia, umri na wakati wa siku</translation>
    </message>
    <message>
        <source>Day and Night</source>
        <translation>Mchana na Usiku</translation>
    </message>
    <message>
        <source>The same places scored by day and at night</source>
        <translation>Maeneo yaleyale yaliyopewa alama mchana na usiku</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Hisia</translation>
    </message>
    <message>
        <source>Which criteria go with feeling unsafe</source>
        <translation>Vigezo vipi vinaambatana na kujisikia si salama</translation>
    </message>
    <message>
        <source>%1 (outcome)</source>
        <comment>a criterion scored as the outcome</comment>
        <translation>%1 (matokeo)</translation>
    </message>
</context>
<context>
    <name>AnswerField</name>
    <message>
        <source>Type %1 (yes) or %2 (no), Space to leave it blank</source>
        <translation>Andika %1 (ndiyo) au %2 (hapana), Space kuacha wazi</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>matumizi: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>hoja za nafasi</translation>
    </message>
    <message>
        <source>options</source>
        <translation>chaguo</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>onyesha ujumbe huu wa msaada kisha utoke</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: hitilafu: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>hoja %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>hoja zifuatazo zinahitajika: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>mojawapo ya hoja %s inahitajika</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>hoja zisizotambulika: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>chaguo batili: %(value)r (chagua kati ya %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>amri ndogo isiyojulikana %(parser_name)r (chaguo: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>thamani batili ya %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>hoja moja inatarajiwa</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>hoja isiyozidi moja inatarajiwa</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>angalau hoja moja inatarajiwa</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>chaguo lenye utata: %(option)s linaweza kuwa %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>chaguo lisilotarajiwa: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>hairuhusiwi pamoja na hoja %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>hoja dhahiri imepuuzwa: %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>haiwezekani kufungua &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message numerus="yes">
        <source>expected %s arguments</source>
        <translation>
            <numerusform>hoja %s inatarajiwa</numerusform>
            <numerusform>hoja %s zinatarajiwa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditEntryForm</name>
    <message>
        <source>&lt;b&gt;0–3&lt;/b&gt; score, &lt;b&gt;Space&lt;/b&gt; blank: each moves on to the next field by itself (a Tab after it does not skip one) · &lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt; next / previous field · &lt;b&gt;Enter&lt;/b&gt; save and next sheet · &lt;b&gt;Page Up/Down&lt;/b&gt; previous / next sheet (saves this one) · &lt;b&gt;Esc&lt;/b&gt; close</source>
        <translation>&lt;b&gt;0–3&lt;/b&gt; alama, &lt;b&gt;Space&lt;/b&gt; wazi: kila kimoja huhamia sehemu inayofuata chenyewe (Tab baada yake hairuki sehemu) · &lt;b&gt;Tab&lt;/b&gt; / &lt;b&gt;Shift+Tab&lt;/b&gt; sehemu inayofuata / iliyotangulia · &lt;b&gt;Enter&lt;/b&gt; hifadhi na karatasi inayofuata · &lt;b&gt;Page Up/Down&lt;/b&gt; karatasi iliyotangulia / inayofuata (huhifadhi hii) · &lt;b&gt;Esc&lt;/b&gt; funga</translation>
    </message>
    <message>
        <source>Enter Audit Sheets — %1</source>
        <translation>Ingiza Karatasi za Ukaguzi — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <comment>a walk&apos;s title, date and time of day</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>hakuna tarehe</translation>
    </message>
    <message>
        <source>Point </source>
        <comment>before a sheet&apos;s number</comment>
        <translation>Kituo </translation>
    </message>
    <message>
        <source>Point number</source>
        <translation>Namba ya kituo</translation>
    </message>
    <message>
        <source>The number of the sheet (audit point) on show</source>
        <translation>Namba ya karatasi (kituo cha ukaguzi) inayoonyeshwa</translation>
    </message>
    <message>
        <source>of </source>
        <comment>before the number of sheets</comment>
        <translation>kati ya </translation>
    </message>
    <message>
        <source> sheets</source>
        <comment>after the number of sheets</comment>
        <translation> karatasi</translation>
    </message>
    <message>
        <source>Number of sheets</source>
        <translation>Idadi ya karatasi</translation>
    </message>
    <message>
        <source>How many sheets the stack has: unplaced points are spread evenly along the route</source>
        <translation>Idadi ya karatasi kwenye fungu: vituo visivyowekwa vinasambazwa sawasawa kwenye njia</translation>
    </message>
    <message>
        <source>Pick on Map</source>
        <translation>Chagua kwenye Ramani</translation>
    </message>
    <message>
        <source>Click the map where this point was (the Audit Point tool)</source>
        <translation>Bofya ramani mahali kituo hiki kilipokuwa (zana ya Kituo cha Ukaguzi)</translation>
    </message>
    <message>
        <source>Scores (0 = poor … 3 = good)</source>
        <translation>Alama (0 = mbaya … 3 = nzuri)</translation>
    </message>
    <message>
        <source>3 means: %1</source>
        <translation>3 inamaanisha: %1</translation>
    </message>
    <message>
        <source>%1 (outcome)</source>
        <comment>a criterion scored as the outcome</comment>
        <translation>%1 (matokeo)</translation>
    </message>
    <message>
        <source>3 = %1</source>
        <translation>3 = %1</translation>
    </message>
    <message>
        <source>Comment from the sheet (optional)</source>
        <translation>Maoni kutoka kwenye karatasi (si lazima)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Maoni</translation>
    </message>
    <message>
        <source>The comment written on the sheet (optional)</source>
        <translation>Maoni yaliyoandikwa kwenye karatasi (si lazima)</translation>
    </message>
    <message>
        <source>&amp;Checklist — women&apos;s safety audit (optional: y / n, recommendation)</source>
        <translation>&amp;Orodha hakiki — ukaguzi wa usalama wa wanawake (si lazima: y / n, pendekezo)</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Ushauri</translation>
    </message>
    <message>
        <source>%1 Type y (yes) or n (no), Space to leave it blank</source>
        <translation>%1 Andika y (ndiyo) au n (hapana), Space kuacha wazi</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Ushauri: %1</translation>
    </message>
    <message>
        <source>What the walkers recommend (optional)</source>
        <translation>Ushauri wa watembeaji (si lazima)</translation>
    </message>
    <message>
        <source>Save Point</source>
        <translation>Hifadhi Kituo</translation>
    </message>
    <message>
        <source>Delete Point</source>
        <translation>Futa Kituo</translation>
    </message>
    <message>
        <source>Delete this point with its scores and answers (Ctrl+Delete); undo brings it back</source>
        <translation>Futa kituo hiki pamoja na alama na majibu yake (Ctrl+Delete); kutendua kunakirudisha</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>This walk&apos;s criteria set has no criteria: add some in Audit › Criteria…</source>
        <translation>Seti ya vigezo ya matembezi haya haina vigezo: ongeza katika Ukaguzi › Vigezo…</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Funga bila kuhifadhi?</translation>
    </message>
    <message>
        <source>Point %1 has entries that are not saved. Close the form and lose them? (Cancel, then Enter, saves them.)</source>
        <translation>Kituo %1 kina maingizo ambayo hayajahifadhiwa. Funga fomu na uyapoteze? (Ghairi, kisha Enter, huyahifadhi.)</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Funga Bila Kuhifadhi</translation>
    </message>
    <message>
        <source>Placed where you clicked</source>
        <translation>Kimewekwa ulipobofya</translation>
    </message>
    <message>
        <source>On the map (saved)</source>
        <translation>Kwenye ramani (kimehifadhiwa)</translation>
    </message>
    <message>
        <source>On the map (placed, not scored yet)</source>
        <translation>Kwenye ramani (kimewekwa, bado hakijapewa alama)</translation>
    </message>
    <message>
        <source>Will be placed along the route</source>
        <translation>Kitawekwa kwenye njia</translation>
    </message>
    <message>
        <source>Not on the map: draw the route or Pick on Map</source>
        <translation>Hakipo kwenye ramani: chora njia au Chagua kwenye Ramani</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos</source>
        <translation>
            <numerusform>picha %Ln</numerusform>
            <numerusform>picha %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores, %2 left blank, %3</source>
        <translation>
            <numerusform>Kituo %1 kimehifadhiwa: alama %Ln, %2 zimeachwa wazi, %3</numerusform>
            <numerusform>Kituo %1 kimehifadhiwa: alama %Ln, %2 zimeachwa wazi, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores, %2 left blank</source>
        <translation>
            <numerusform>Kituo %1 kimehifadhiwa: alama %Ln, %2 zimeachwa wazi</numerusform>
            <numerusform>Kituo %1 kimehifadhiwa: alama %Ln, %2 zimeachwa wazi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores, %2</source>
        <translation>
            <numerusform>Kituo %1 kimehifadhiwa: alama %Ln, %2</numerusform>
            <numerusform>Kituo %1 kimehifadhiwa: alama %Ln, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved point %1: %Ln scores</source>
        <translation>
            <numerusform>Kituo %1 kimehifadhiwa: alama %Ln</numerusform>
            <numerusform>Kituo %1 kimehifadhiwa: alama %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted point %1</source>
        <translation>Kituo %1 kimefutwa</translation>
    </message>
    <message>
        <source>That is the last field of the sheet: Enter saves point %1</source>
        <translation>Hiyo ni sehemu ya mwisho ya karatasi: Enter huhifadhi kituo %1</translation>
    </message>
</context>
<context>
    <name>AuditReviewPanel</name>
    <message>
        <source>two boxes marked: choose the score</source>
        <translation>visanduku viwili vimewekwa alama: chagua alama</translation>
    </message>
    <message>
        <source>a faint mark: check it</source>
        <translation>alama hafifu: ihakiki</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Kituo</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kigezo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Alama</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Hakiki</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Hifadhi</translation>
    </message>
</context>
<context>
    <name>Audits</name>
    <message>
        <source>Walk</source>
        <translation>Matembezi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saa</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kikundi</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Vituo</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>Hakuna msimbo</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between a participant&apos;s code and demographics</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Draw Walk &amp;Route</source>
        <translation>Chora &amp;Njia ya Matembezi</translation>
    </message>
    <message>
        <source>Click along the selected walk&apos;s route; Enter or double-click finishes</source>
        <translation>Bofya kufuata njia ya matembezi yaliyochaguliwa; Enter au kubofya mara mbili kunamaliza</translation>
    </message>
    <message>
        <source>A&amp;udit Point</source>
        <translation>&amp;Kituo cha Ukaguzi</translation>
    </message>
    <message>
        <source>Click to place the selected walk&apos;s next audit point (or the sheet being entered)</source>
        <translation>Bofya kuweka kituo kinachofuata cha ukaguzi cha matembezi yaliyochaguliwa (au cha karatasi inayoingizwa)</translation>
    </message>
    <message>
        <source>&amp;Perception Pin</source>
        <translation>&amp;Pini ya Mtazamo</translation>
    </message>
    <message>
        <source>Click to add a safe/unsafe pin, or click a pin to edit it</source>
        <translation>Bofya kuongeza pini ya salama/si salama, au bofya pini kuihariri</translation>
    </message>
    <message>
        <source>The recorded incidents were not imported</source>
        <translation>Matukio yaliyorekodiwa hayakuingizwa</translation>
    </message>
    <message>
        <source>Import of recorded incidents cancelled; nothing was changed</source>
        <translation>Kuingiza matukio yaliyorekodiwa kumesitishwa; hakuna kilichobadilishwa</translation>
    </message>
    <message>
        <source>Recorded incidents come from police, hospital or NGO records. CoSafe shows them as their own layer, always apart from what participants felt (pins and audit scores).</source>
        <translation>Matukio yaliyorekodiwa hutoka kwenye kumbukumbu za polisi, hospitali au AZISE. CoSafe huyaonyesha kama tabaka lao wenyewe, daima tofauti na kile washiriki walichohisi (pini na alama za ukaguzi).</translation>
    </message>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>Ingiza Matukio Yaliyorekodiwa</translation>
    </message>
    <message>
        <source>Incident files (%1)</source>
        <translation>Faili za matukio (%1)</translation>
    </message>
    <message>
        <source>CSV with longitude/latitude or x/y (%1)</source>
        <translation>CSV yenye longitudo/latitudo au x/y (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Faili zote (%1)</translation>
    </message>
    <message>
        <source>A route needs at least two points: click along the way, then Enter</source>
        <translation>Njia inahitaji angalau nukta mbili: bofya kufuata njia, kisha Enter</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Hisia</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Aliyeweka</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Sababu</translation>
    </message>
    <message>
        <source>y n</source>
        <comment>the keys typed for Yes and No on the audit checklist, in this order: two different single letters separated by a space, the first letters of your words for yes and no where you can</comment>
        <translation>n h</translation>
    </message>
</context>
<context>
    <name>AuditsFeature</name>
    <message>
        <source>Walks</source>
        <translation>Matembezi</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>Pini</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Ukaguzi</translation>
    </message>
    <message>
        <source>Enter Audit &amp;Sheets…</source>
        <translation>Ingiza &amp;Karatasi za Ukaguzi…</translation>
    </message>
    <message>
        <source>Type in the selected walk&apos;s paper sheets with the keyboard</source>
        <translation>Andika karatasi za matembezi yaliyochaguliwa kwa kibodi</translation>
    </message>
    <message>
        <source>Reason &amp;Tags…</source>
        <translation>&amp;Lebo za Sababu…</translation>
    </message>
    <message>
        <source>Add, rename or retire the reasons pins can give</source>
        <translation>Ongeza, badilisha jina au staafisha sababu ambazo pini zinaweza kutoa</translation>
    </message>
    <message>
        <source>&amp;Criteria…</source>
        <translation>&amp;Vigezo…</translation>
    </message>
    <message>
        <source>Add, rename, reorder or retire the audit criteria; the score formula</source>
        <translation>Ongeza, badilisha jina, panga upya au staafisha vigezo vya ukaguzi; fomula ya alama</translation>
    </message>
    <message>
        <source>Import Recorded &amp;Incidents…</source>
        <translation>Ingiza &amp;Matukio Yaliyorekodiwa…</translation>
    </message>
    <message>
        <source>Add police or NGO incident records (CSV or GIS file), kept apart from perceptions</source>
        <translation>Ongeza kumbukumbu za matukio za polisi au AZISE (faili la CSV au GIS), zikiwekwa mbali na mitazamo</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Karatasi</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Njia</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Kituo</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Ukaguzi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekodi</translation>
    </message>
    <message>
        <source>Select an audit walk in the Audits panel first</source>
        <translation>Chagua kwanza matembezi ya ukaguzi katika paneli ya Ukaguzi</translation>
    </message>
    <message>
        <source>Select an audit walk in the Audits panel first: the route was not kept</source>
        <translation>Chagua kwanza matembezi ya ukaguzi katika paneli ya Ukaguzi: njia haikuhifadhiwa</translation>
    </message>
    <message>
        <source>Replace the walk&apos;s route?</source>
        <translation>Badilisha njia ya matembezi?</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has a route of %2 points already. Replace it with the %Ln points just drawn? (Undo brings the old route back.)</source>
        <translation>
            <numerusform>“%1” tayari ina njia ya nukta %2. Ibadilishe kwa nukta %Ln iliyochorwa sasa hivi? (Kutendua kunarudisha njia ya zamani.)</numerusform>
            <numerusform>“%1” tayari ina njia ya nukta %2. Ibadilishe kwa nukta %Ln zilizochorwa sasa hivi? (Kutendua kunarudisha njia ya zamani.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace Route</source>
        <translation>Badilisha Njia</translation>
    </message>
    <message>
        <source>The route of “%1” was kept as it was</source>
        <translation>Njia ya “%1” imebaki kama ilivyokuwa</translation>
    </message>
    <message numerus="yes">
        <source>Route of “%1” drawn: %Ln points</source>
        <translation>
            <numerusform>Njia ya “%1” imechorwa: nukta %Ln</numerusform>
            <numerusform>Njia ya “%1” imechorwa: nukta %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Place audit point %1 of “%2”</source>
        <translation>Weka kituo cha ukaguzi %1 cha “%2”</translation>
    </message>
    <message>
        <source>Audit point %1 placed; Enter Audit Sheets to score it</source>
        <translation>Kituo cha ukaguzi %1 kimewekwa; Ingiza Karatasi za Ukaguzi ili kukipa alama</translation>
    </message>
</context>
<context>
    <name>AuditsPanel</name>
    <message>
        <source>&amp;New Audit Walk…</source>
        <translation>&amp;Matembezi Mapya ya Ukaguzi…</translation>
    </message>
    <message>
        <source>Record a walk: date, time of day, who walked</source>
        <translation>Rekodi matembezi: tarehe, wakati wa siku, nani alitembea</translation>
    </message>
    <message>
        <source>&amp;Edit Walk…</source>
        <translation>&amp;Hariri Matembezi…</translation>
    </message>
    <message>
        <source>Change the selected walk&apos;s details or walkers</source>
        <translation>Badilisha maelezo au watembeaji wa matembezi yaliyochaguliwa</translation>
    </message>
    <message>
        <source>&amp;Delete Walk</source>
        <translation>&amp;Futa Matembezi</translation>
    </message>
    <message>
        <source>Delete the walk with its points and scores</source>
        <translation>Futa matembezi pamoja na vituo na alama zake</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mpya</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Hariri</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Audit walks</source>
        <translation>Matembezi ya ukaguzi</translation>
    </message>
    <message>
        <source>The recorded walks; select one to see its points</source>
        <translation>Matembezi yaliyorekodiwa; chagua moja kuona vituo vyake</translation>
    </message>
    <message>
        <source>%1  (no route)</source>
        <translation>%1  (hakuna njia)</translation>
    </message>
    <message>
        <source>No audit walks yet. New records a walk; then draw its route and enter its sheets.</source>
        <translation>Bado hakuna matembezi ya ukaguzi. Mpya hurekodi matembezi; kisha chora njia yake na uingize karatasi zake.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”, its %Ln audit points with their scores and the photos of its paper sheets will be deleted. Undo brings them back.</source>
        <translation>
            <numerusform>“%1”, kituo chake %Ln cha ukaguzi pamoja na alama zake, na picha za karatasi zake vitafutwa. Kutendua kunavirudisha.</numerusform>
            <numerusform>“%1”, vituo vyake %Ln vya ukaguzi pamoja na alama zake, na picha za karatasi zake vitafutwa. Kutendua kunavirudisha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” and its %Ln audit points with their scores will be deleted. Undo brings them back.</source>
        <translation>
            <numerusform>“%1” na kituo chake %Ln cha ukaguzi pamoja na alama zake vitafutwa. Kutendua kunavirudisha.</numerusform>
            <numerusform>“%1” na vituo vyake %Ln vya ukaguzi pamoja na alama zake vitafutwa. Kutendua kunavirudisha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete audit walk?</source>
        <translation>Futa matembezi ya ukaguzi?</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <source>Copies CoSafe wrote beside the project file before a merge or an upgrade. Each is a full copy of the project, contacts and stories included: remove those you no longer need.</source>
        <translation>Nakala ambazo CoSafe iliandika kando ya faili la mradi kabla ya kuunganisha au kuboresha. Kila moja ni nakala kamili ya mradi, pamoja na mawasiliano na simulizi: ondoa zile usizozihitaji tena.</translation>
    </message>
    <message>
        <source>No backups beside the project file.</source>
        <translation>Hakuna nakala rudufu kando ya faili la mradi.</translation>
    </message>
    <message>
        <source>a merge</source>
        <translation>kuunganisha</translation>
    </message>
    <message>
        <source>upgrading format %1</source>
        <translation>kuboresha muundo %1</translation>
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
        <translation>Nakala rudufu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Faili</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Iliundwa</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukubwa</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Kabla ya</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Ondoa…</translation>
    </message>
    <message>
        <source>Delete the selected backups from the disk</source>
        <translation>Futa nakala rudufu zilizochaguliwa kwenye diski</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backups, %1 in all.</source>
        <translation>
            <numerusform>Nakala rudufu %Ln, %1 kwa jumla.</numerusform>
            <numerusform>Nakala rudufu %Ln, %1 kwa jumla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove this backup?</source>
        <translation>Ondoa nakala rudufu hii?</translation>
    </message>
    <message>
        <source>%1 is a full copy of the project as it was %2 on %3, contacts and stories included. Removing deletes it from the disk and it cannot be brought back; the project itself stays as it is.</source>
        <translation>%1 ni nakala kamili ya mradi kama ulivyokuwa %2 tarehe %3, pamoja na mawasiliano na simulizi. Kuiondoa kunaifuta kwenye diski na haiwezi kurejeshwa; mradi wenyewe unabaki kama ulivyo.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln backups?</source>
        <translation>
            <numerusform>Ondoa nakala rudufu %Ln?</numerusform>
            <numerusform>Ondoa nakala rudufu %Ln?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %Ln files are full copies of the project, contacts and stories included. Removing deletes them from the disk and they cannot be brought back; the project itself stays as it is.</source>
        <translation>
            <numerusform>Faili hili %Ln ni nakala kamili ya mradi, pamoja na mawasiliano na simulizi. Kuliondoa kunalifuta kwenye diski na haliwezi kurejeshwa; mradi wenyewe unabaki kama ulivyo.</numerusform>
            <numerusform>Faili hizi %Ln ni nakala kamili za mradi, pamoja na mawasiliano na simulizi. Kuziondoa kunazifuta kwenye diski na haziwezi kurejeshwa; mradi wenyewe unabaki kama ulivyo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <source>Backup not removed</source>
        <translation>Nakala rudufu haikuondolewa</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>before a merge</source>
        <translation>kabla ya kuunganisha</translation>
    </message>
    <message>
        <source>before upgrading from format %1</source>
        <translation>kabla ya kuboresha kutoka muundo %1</translation>
    </message>
    <message>
        <source>The backups beside %1 cannot be listed: %2</source>
        <translation>Nakala rudufu zilizo kando ya %1 haziwezi kuorodheshwa: %2</translation>
    </message>
    <message>
        <source>%1 is read-only (%2); no backup was removed</source>
        <translation>%1 ni ya kusoma tu (%2); hakuna nakala rudufu iliyoondolewa</translation>
    </message>
    <message>
        <source>%1 is not a backup of %2; no backup was removed</source>
        <translation>%1 si nakala rudufu ya %2; hakuna nakala rudufu iliyoondolewa</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>%1 haikuweza kuondolewa: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 haiwezi kusomwa</translation>
    </message>
</context>
<context>
    <name>BasemapFeature</name>
    <message>
        <source>Layers</source>
        <translation>Matabaka</translation>
    </message>
    <message>
        <source>Import &amp;Basemap…</source>
        <translation>Ingiza &amp;Ramani ya Msingi…</translation>
    </message>
    <message>
        <source>Add a street map, MBTiles or a photo of a paper map to the project</source>
        <translation>Ongeza ramani ya mitaa, MBTiles au picha ya ramani ya karatasi kwenye mradi</translation>
    </message>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation>&amp;Kuza hadi Tabaka</translation>
    </message>
    <message>
        <source>Show the whole of the layer selected in the Layers panel</source>
        <translation>Onyesha tabaka zima lililochaguliwa katika paneli ya Matabaka</translation>
    </message>
    <message>
        <source>Set Project &amp;Area to This View</source>
        <translation>Weka &amp;Eneo la Mradi kuwa Mwonekano Huu</translation>
    </message>
    <message>
        <source>Zoom to Project will show at least what the map shows now</source>
        <translation>Kuza hadi Mradi kutaonyesha angalau kile ramani inachoonyesha sasa</translation>
    </message>
    <message>
        <source>Clear Project Area</source>
        <translation>Futa Eneo la Mradi</translation>
    </message>
    <message>
        <source>Zoom to Project shows only the proposals, pins and walks again</source>
        <translation>Kuza hadi Mradi kunaonyesha tena mapendekezo, pini na matembezi pekee</translation>
    </message>
</context>
<context>
    <name>BasemapImport</name>
    <message numerus="yes">
        <source>Imported %Ln tiles into “%1”</source>
        <translation>
            <numerusform>Kigae %Ln kimeingizwa kwenye “%1”</numerusform>
            <numerusform>Vigae %Ln vimeingizwa kwenye “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln features into “%1”</source>
        <translation>
            <numerusform>Kipengele %Ln kimeingizwa kwenye “%1”</numerusform>
            <numerusform>Vipengele %Ln vimeingizwa kwenye “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln tiles into %1 layers from %2</source>
        <translation>
            <numerusform>Kigae %Ln kimeingizwa kwenye matabaka %1 kutoka %2</numerusform>
            <numerusform>Vigae %Ln vimeingizwa kwenye matabaka %1 kutoka %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln features into %1 layers from %2</source>
        <translation>
            <numerusform>Kipengele %Ln kimeingizwa kwenye matabaka %1 kutoka %2</numerusform>
            <numerusform>Vipengele %Ln vimeingizwa kwenye matabaka %1 kutoka %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BasemapImporter</name>
    <message>
        <source>The basemap was not imported</source>
        <translation>Ramani ya msingi haikuingizwa</translation>
    </message>
    <message>
        <source>Part of the file was not imported</source>
        <translation>Sehemu ya faili haikuingizwa</translation>
    </message>
    <message>
        <source>Import a street map first</source>
        <translation>Ingiza ramani ya mitaa kwanza</translation>
    </message>
    <message>
        <source>A paper map is placed by matching points on it with the project&apos;s map, which is still empty. Import an OpenStreetMap extract or another map file first.</source>
        <translation>Ramani ya karatasi huwekwa kwa kulinganisha nukta zake na ramani ya mradi, ambayo bado ni tupu. Ingiza sehemu ya OpenStreetMap au faili jingine la ramani kwanza.</translation>
    </message>
    <message numerus="yes">
        <source>Placed paper map “%1” by %Ln points</source>
        <translation>
            <numerusform>Ramani ya karatasi “%1” imewekwa kwa nukta %Ln</numerusform>
            <numerusform>Ramani ya karatasi “%1” imewekwa kwa nukta %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Inaingiza %1…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed</source>
        <translation>Kuingiza kumesitishwa; hakuna kilichobadilishwa</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>Compare by:</source>
        <translation>Linganisha kwa:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kila mtu</translation>
    </message>
    <message>
        <source>Mean safety score (0–5)</source>
        <translation>Wastani wa alama ya usalama (0–5)</translation>
    </message>
    <message>
        <source>Unsafe pins (% of pins)</source>
        <translation>Pini za si salama (% ya pini)</translation>
    </message>
    <message numerus="yes">
        <source>Groups with fewer than %Ln people, and groups from which one could be worked out, show “hidden” instead of a figure, to protect participants (%1 of %2 here). Each comparison you tick splits people into smaller groups, so more are hidden.</source>
        <translation>
            <numerusform>Makundi yenye chini ya mtu %Ln, na makundi ambayo kutokana nayo moja lingeweza kukokotolewa, yanaonyesha “imefichwa” badala ya takwimu, ili kuwalinda washiriki (%1 kati ya %2 hapa). Kila ulinganisho unaouwekea alama unawagawa watu katika makundi madogo zaidi, hivyo mengi zaidi yanafichwa.</numerusform>
            <numerusform>Makundi yenye chini ya watu %Ln, na makundi ambayo kutokana nayo moja lingeweza kukokotolewa, yanaonyesha “imefichwa” badala ya takwimu, ili kuwalinda washiriki (%1 kati ya %2 hapa). Kila ulinganisho unaouwekea alama unawagawa watu katika makundi madogo zaidi, hivyo mengi zaidi yanafichwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every group here has at least %Ln people.</source>
        <translation>
            <numerusform>Kila kundi hapa lina angalau mtu %Ln.</numerusform>
            <numerusform>Kila kundi hapa lina angalau watu %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <source>No group</source>
        <translation>Hakuna kikundi</translation>
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
        <translation>cosafe remove-backups: toa majina ya nakala rudufu au --all, si vyote viwili (cosafe info %1 huziorodhesha)</translation>
    </message>
    <message>
        <source>cosafe remove-backups: name the backups to remove, or give --all (cosafe info %1 lists them)</source>
        <translation>cosafe remove-backups: taja nakala rudufu za kuondoa, au toa --all (cosafe info %1 huziorodhesha)</translation>
    </message>
    <message>
        <source>%1 has no backups</source>
        <translation>%1 haina nakala rudufu</translation>
    </message>
    <message>
        <source>Removed %1 (%2, made %3)</source>
        <translation>Imeondoa %1 (%2, iliundwa %3)</translation>
    </message>
    <message>
        <source>Upgraded %1 to project format %2; the file as it was is kept as %3 (a full copy: cosafe remove-backups %4 %3 removes it)</source>
        <translation>%1 imeboreshwa hadi muundo wa mradi %2; faili kama lilivyokuwa limehifadhiwa kama %3 (nakala kamili: cosafe remove-backups %4 %3 huiondoa)</translation>
    </message>
    <message>
        <source>backups:</source>
        <translation>nakala rudufu:</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no backups</comment>
        <translation>hakuna</translation>
    </message>
    <message numerus="yes">
        <source>%Ln full copies of the project, contacts and stories included (remove with: cosafe remove-backups %1 --all, or NAME…)</source>
        <translation>
            <numerusform>nakala kamili %Ln ya mradi, pamoja na mawasiliano na simulizi (ondoa kwa: cosafe remove-backups %1 --all, au NAME…)</numerusform>
            <numerusform>nakala kamili %Ln za mradi, pamoja na mawasiliano na simulizi (ondoa kwa: cosafe remove-backups %1 --all, au NAME…)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Imeunda %1</translation>
    </message>
    <message>
        <source>%1  (no place set)</source>
        <comment>a project without a place</comment>
        <translation>%1  (hakuna mahali palipowekwa)</translation>
    </message>
    <message>
        <source>file:</source>
        <translation>faili:</translation>
    </message>
    <message>
        <source>created:</source>
        <translation>iliundwa:</translation>
    </message>
    <message>
        <source>format:</source>
        <translation>muundo:</translation>
    </message>
    <message>
        <source>costs:</source>
        <translation>gharama:</translation>
    </message>
    <message>
        <source>plan language:</source>
        <translation>lugha ya mpango:</translation>
    </message>
    <message>
        <source>%1   updated: %2</source>
        <comment>when the project was created, and last changed</comment>
        <translation>%1   ilisasishwa: %2</translation>
    </message>
    <message>
        <source>CoSafe project format %1; small cells below %2 suppressed</source>
        <translation>Muundo wa mradi wa CoSafe %1; visanduku vidogo chini ya %2 vimefichwa</translation>
    </message>
    <message>
        <source>plain numbers (no currency set)</source>
        <translation>namba tu (hakuna sarafu iliyowekwa)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a language&apos;s name and code: “Português (pt)”</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not set: the language of whoever exports it</source>
        <translation>haijawekwa: lugha ya anayeuhamisha</translation>
    </message>
    <message>
        <source>Removed the traces of deleted records from %1 (%2 MB → %3 MB)</source>
        <translation>Athari za rekodi zilizofutwa zimeondolewa kwenye %1 (%2 MB → %3 MB)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln problems found</source>
        <translation>
            <numerusform>%1: tatizo %Ln limepatikana</numerusform>
            <numerusform>%1: matatizo %Ln yamepatikana</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: SQLite integrity ok; GeoPackage structure ok; records ok; project format %2 (current)</source>
        <translation>%1: uadilifu wa SQLite sawa; muundo wa GeoPackage sawa; rekodi sawa; muundo wa mradi %2 (wa sasa)</translation>
    </message>
    <message>
        <source>%1 already exists (use --force to replace it)</source>
        <translation>%1 tayari ipo (tumia --force kuibadilisha)</translation>
    </message>
    <message>
        <source>The sample project was not written: %1</source>
        <translation>Mradi wa mfano haukuandikwa: %1</translation>
    </message>
    <message>
        <source>Wrote the sample project to %1</source>
        <translation>Mradi wa mfano umeandikwa kwenye %1</translation>
    </message>
    <message>
        <source>%1 is a picture without georeferencing: place it with at least three --control-point COLUMN,ROW,LON,LAT (or with File › Import Basemap in the app)</source>
        <translation>%1 ni picha isiyo na marejeo ya kijiografia: iweke kwa angalau --control-point COLUMN,ROW,LON,LAT tatu (au kwa Faili › Ingiza Ramani ya Msingi katika programu)</translation>
    </message>
    <message>
        <source>%1: its coordinates have no known coordinate reference system; they lie within longitude/latitude&apos;s range: if they are longitude/latitude, give --crs EPSG:4326, else the one they use with --crs EPSG:xxxx</source>
        <translation>%1: viratibu vyake havina mfumo wa kuratibu unaojulikana; viko ndani ya kiwango cha longitudo/latitudo: ikiwa ni longitudo/latitudo, taja --crs EPSG:4326, la sivyo taja vinatumia upi kwa --crs EPSG:xxxx</translation>
    </message>
    <message>
        <source>%1: its coordinates have no known coordinate reference system; give the one it uses with --crs EPSG:xxxx (e.g. --crs EPSG:32737)</source>
        <translation>%1: viratibu vyake havina mfumo wa kuratibu unaojulikana; taja inatumia upi kwa --crs EPSG:xxxx (k.m. --crs EPSG:32737)</translation>
    </message>
    <message numerus="yes">
        <source>Placed %1: %Ln control points, RMS error %2 m</source>
        <translation>
            <numerusform>%1 imewekwa: nukta %Ln ya udhibiti, kosa la RMS %2 m</numerusform>
            <numerusform>%1 imewekwa: nukta %Ln za udhibiti, kosa la RMS %2 m</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln tiles</source>
        <translation>
            <numerusform>%1 imeingizwa: kigae %Ln</numerusform>
            <numerusform>%1 imeingizwa: vigae %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln features, drawn as %2</source>
        <comment>%2: the style class given</comment>
        <translation>
            <numerusform>%1 imeingizwa: kipengele %Ln, kimechorwa kama %2</numerusform>
            <numerusform>%1 imeingizwa: vipengele %Ln, vimechorwa kama %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln features</source>
        <translation>
            <numerusform>%1 imeingizwa: kipengele %Ln</numerusform>
            <numerusform>%1 imeingizwa: vipengele %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>points</source>
        <translation>vituo</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>mistari</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>maeneo</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %Ln features</source>
        <comment>%1: a layer, %2: points, lines or areas</comment>
        <translation>
            <numerusform>%1: %2, kipengele %Ln</numerusform>
            <numerusform>%1: %2, vipengele %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>%1: a layer, %2: points, lines or areas</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Shapefile: --encoding applies only to a Shapefile&apos;s attributes</source>
        <translation>%1 si Shapefile: --encoding inahusu sifa za Shapefile pekee</translation>
    </message>
    <message>
        <source>Unknown encoding %1; give auto or one of %2</source>
        <translation>Usimbaji %1 haujulikani; toa auto au mojawapo ya %2</translation>
    </message>
    <message>
        <source>No chosen layer of %1 has a field %2</source>
        <translation>Hakuna tabaka lililochaguliwa la %1 lenye sehemu %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln recorded incidents from %1</source>
        <translation>
            <numerusform>Tukio %Ln lililorekodiwa limeingizwa kutoka %1</numerusform>
            <numerusform>Matukio %Ln yaliyorekodiwa yameingizwa kutoka %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a control point is COLUMN,ROW,LON,LAT, not %1</source>
        <translation>nukta ya udhibiti ni COLUMN,ROW,LON,LAT, si %1</translation>
    </message>
    <message>
        <source>longitude/latitude out of range in %1</source>
        <translation>longitudo/latitudo iko nje ya kiwango katika %1</translation>
    </message>
    <message>
        <source>--include-contacts needs --full: a public export never holds contacts</source>
        <translation>--include-contacts inahitaji --full: uhamishaji wa umma kamwe hauna mawasiliano</translation>
    </message>
    <message>
        <source>The project has no records to export</source>
        <translation>Mradi hauna rekodi za kuhamisha</translation>
    </message>
    <message>
        <source>the grid is a number of metres from 1 to 100000, not %1</source>
        <translation>gridi ni idadi ya mita kuanzia 1 hadi 100000, si %1</translation>
    </message>
    <message>
        <source>size must look like 1600x1200, not %1</source>
        <translation>ukubwa lazima uwe kama 1600x1200, si %1</translation>
    </message>
    <message>
        <source>width and height must be between 16 and 20000 pixels</source>
        <translation>upana na kimo lazima viwe kati ya pikseli 16 na 20000</translation>
    </message>
    <message>
        <source>bbox must be minlon,minlat,maxlon,maxlat, not %1</source>
        <translation>bbox lazima iwe minlon,minlat,maxlon,maxlat, si %1</translation>
    </message>
    <message>
        <source>bbox must have minlon &lt; maxlon within ±180 and minlat &lt; maxlat within ±85</source>
        <translation>bbox lazima iwe na minlon &lt; maxlon ndani ya ±180 na minlat &lt; maxlat ndani ya ±85</translation>
    </message>
    <message>
        <source>DPI must be a whole number from 72 to 600, not %1</source>
        <translation>DPI lazima iwe namba kamili kuanzia 72 hadi 600, si %1</translation>
    </message>
    <message>
        <source>overlays are names separated by commas, not %1</source>
        <translation>overlays ni majina yaliyotenganishwa kwa koma, si %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Haikuweza kuandika %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2×%3 px, %4 dpi)</source>
        <translation>Imeandika %1 (%2×%3 px, %4 dpi)</translation>
    </message>
    <message>
        <source>Letter</source>
        <comment>the paper size</comment>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Wrote the action plan (public version, %1) to %2</source>
        <comment>%1: the paper size</comment>
        <translation>Mpango kazi (toleo la umma, %1) umeandikwa kwenye %2</translation>
    </message>
    <message>
        <source>Wrote the action plan (for the project team, %1) to %2</source>
        <comment>%1: the paper size</comment>
        <translation>Mpango kazi (kwa ajili ya timu ya mradi, %1) umeandikwa kwenye %2</translation>
    </message>
    <message>
        <source>Audit sheets are printed on A4 or A3 paper</source>
        <translation>Karatasi za ukaguzi huchapishwa kwenye karatasi ya A4 au A3</translation>
    </message>
    <message>
        <source>--points is a number of points from 1 to 999</source>
        <translation>--points ni idadi ya vituo kutoka 1 hadi 999</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln audit sheets to %1</source>
        <translation>
            <numerusform>Karatasi %Ln ya ukaguzi imeandikwa kwenye %1</numerusform>
            <numerusform>Karatasi %Ln za ukaguzi zimeandikwa kwenye %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln group maps to %1</source>
        <translation>
            <numerusform>Ramani %Ln ya kikundi imeandikwa kwenye %1</numerusform>
            <numerusform>Ramani %Ln za vikundi zimeandikwa kwenye %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cosafe: %1: %2; --again reads it once more</source>
        <comment>%2: when it was read</comment>
        <translation>cosafe: %1: %2; --again huisoma tena</translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln dots found (nothing stored)</source>
        <translation>
            <numerusform>%1: karatasi %2: kitone %Ln kimepatikana (hakuna kilichohifadhiwa)</numerusform>
            <numerusform>%1: karatasi %2: vitone %Ln vimepatikana (hakuna kilichohifadhiwa)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln pen lines and shapes found (nothing stored)</source>
        <translation>
            <numerusform>%1: karatasi %2: mstari au umbo %Ln la kalamu limepatikana (hakuna kilichohifadhiwa)</numerusform>
            <numerusform>%1: karatasi %2: mistari na maumbo %Ln ya kalamu yamepatikana (hakuna kilichohifadhiwa)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln of them uncertain (flagged for a review)</source>
        <translation>
            <numerusform>%1: karatasi %2: %Ln kati yake hakina uhakika (kimewekwa alama kwa ukaguzi)</numerusform>
            <numerusform>%1: karatasi %2: %Ln kati yake havina uhakika (vimewekwa alama kwa ukaguzi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln dots added as pins and ideas</source>
        <translation>
            <numerusform>%1: karatasi %2: kitone %Ln kimeongezwa kama pini au wazo</numerusform>
            <numerusform>%1: karatasi %2: vitone %Ln vimeongezwa kama pini na mawazo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln pen lines and shapes added as ideas</source>
        <translation>
            <numerusform>%1: karatasi %2: mstari au umbo %Ln la kalamu limeongezwa kama wazo</numerusform>
            <numerusform>%1: karatasi %2: mistari na maumbo %Ln ya kalamu yameongezwa kama mawazo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet %2: %Ln uncertain marks not stored, left for a review (--accept-uncertain stores them)</source>
        <translation>
            <numerusform>%1: karatasi %2: alama %Ln isiyo na uhakika haikuhifadhiwa, imeachwa kwa ukaguzi (--accept-uncertain huihifadhi)</numerusform>
            <numerusform>%1: karatasi %2: alama %Ln zisizo na uhakika hazikuhifadhiwa, zimeachwa kwa ukaguzi (--accept-uncertain huzihifadhi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: audit sheet %2: %Ln scores read (nothing stored)</source>
        <translation>
            <numerusform>%1: karatasi ya ukaguzi %2: alama %Ln imesomwa (hakuna kilichohifadhiwa)</numerusform>
            <numerusform>%1: karatasi ya ukaguzi %2: alama %Ln zimesomwa (hakuna kilichohifadhiwa)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: audit sheet %2: %Ln scores stored</source>
        <translation>
            <numerusform>%1: karatasi ya ukaguzi %2: alama %Ln imehifadhiwa</numerusform>
            <numerusform>%1: karatasi ya ukaguzi %2: alama %Ln zimehifadhiwa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a photo&apos;s file name, then what its sheet says</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cosafe stats: unknown dimension %1 in --by; choose from %2</source>
        <translation>cosafe stats: kipimo kisichojulikana %1 katika --by; chagua kutoka %2</translation>
    </message>
    <message>
        <source>cosafe stats: a dimension is given twice in --by; choose from %1</source>
        <translation>cosafe stats: kipimo kimetolewa mara mbili katika --by; chagua kutoka %1</translation>
    </message>
    <message>
        <source>%1: by %2</source>
        <comment>%2: the dimensions (gender × age_band)</comment>
        <translation>%1: kwa %2</translation>
    </message>
    <message>
        <source>%1: by everything</source>
        <translation>%1: kwa kila kitu</translation>
    </message>
    <message>
        <source>Mean score: 0–5 safety score of the audit points in the cell. Cells with fewer than %1 people show &quot;hidden&quot;, and so do cells from which a smaller one could be worked out; categories with fewer than %1 people are pooled as &quot;Other or not stated&quot;.</source>
        <translation>Wastani wa alama: alama ya usalama 0–5 ya vituo vya ukaguzi katika kisanduku. Visanduku vyenye chini ya watu %1 vinaonyesha &quot;imefichwa&quot;, na vivyo hivyo visanduku ambavyo kutokana navyo kidogo zaidi kingeweza kukokotolewa; makundi yenye chini ya watu %1 yanaunganishwa kama &quot;Nyingine au haijatajwa&quot;.</translation>
    </message>
    <message>
        <source>No audit scores or perception pins yet.</source>
        <translation>Bado hakuna alama za ukaguzi wala pini za mtazamo.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Watu</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Wastani wa alama</translation>
    </message>
    <message>
        <source>Unsafe pins</source>
        <translation>Pini za si salama</translation>
    </message>
    <message>
        <source>Safe pins</source>
        <translation>Pini za salama</translation>
    </message>
    <message>
        <source>Unsafe share</source>
        <translation>Sehemu ya si salama</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jinsia</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Kundi la umri</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Wakati wa siku</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Warsha</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kikundi</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Mradi mpya</translation>
    </message>
    <message>
        <source>cosafe: %1 (to use its layers as a basemap: cosafe import-basemap PROJECT FILE)</source>
        <translation>cosafe: %1 (kutumia matabaka yake kama ramani ya msingi: cosafe import-basemap PROJECT FILE)</translation>
    </message>
    <message>
        <source>cosafe: interrupted</source>
        <translation>cosafe: imekatizwa</translation>
    </message>
    <message>
        <source>%1; nothing was merged</source>
        <translation>%1; hakuna kilichounganishwa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <comment>how many project files were merged: %1 in the merge&apos;s sentences</comment>
        <translation>
            <numerusform>faili %Ln</numerusform>
            <numerusform>faili %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was changed; merging %1 into %2 would leave %Ln records in conflict.</source>
        <comment>%1: the files merged (&quot;2 files&quot;)</comment>
        <translation>
            <numerusform>Jaribio: hakuna kilichobadilishwa; kuunganisha %1 katika %2 kungeacha rekodi %Ln yenye mgongano.</numerusform>
            <numerusform>Jaribio: hakuna kilichobadilishwa; kuunganisha %1 katika %2 kungeacha rekodi %Ln zenye mgongano.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged %1 into %2. The file as it was is kept as %3 (a full copy: cosafe remove-backups %4 %3 removes it).</source>
        <comment>%1: the files merged (&quot;2 files&quot;)</comment>
        <translation>Imeunganisha %1 katika %2. Faili kama lilivyokuwa limehifadhiwa kama %3 (nakala kamili: cosafe remove-backups %4 %3 huiondoa).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln records changed on both sides: %1 kept its version; open it in CoSafe to keep mine, theirs or both.</source>
        <translation>
            <numerusform>Rekodi %Ln ilibadilishwa pande zote mbili: %1 imebaki na toleo lake; ifungue katika CoSafe kuchagua yangu, yao au zote.</numerusform>
            <numerusform>Rekodi %Ln zilibadilishwa pande zote mbili: %1 imebaki na toleo lake; ifungue katika CoSafe kuchagua yangu, yao au zote.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%Ln imeongezwa</numerusform>
            <numerusform>%Ln zimeongezwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%Ln imesasishwa</numerusform>
            <numerusform>%Ln zimesasishwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in conflict</source>
        <comment>records of one table</comment>
        <translation>
            <numerusform>%Ln ina mgongano</numerusform>
            <numerusform>%Ln zina mgongano</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: a field copy for “%2”. Merge it back with: cosafe merge %3 %1</source>
        <translation>Imeandika %1: nakala ya uwandani ya “%2”. Iunganishe tena kwa: cosafe merge %3 %1</translation>
    </message>
    <message>
        <source>%1 needs a language code, e.g. %1 es</source>
        <translation>%1 inahitaji msimbo wa lugha, k.m. %1 es</translation>
    </message>
    <message>
        <source>not a port number: %1 (0 to 65535)</source>
        <translation>si nambari ya mlango: %1 (0 hadi 65535)</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>delete the backups made before merges and upgrades</source>
        <translation>futa nakala rudufu zilizoundwa kabla ya kuunganisha na kuboresha</translation>
    </message>
    <message>
        <source>Delete backups CoSafe wrote beside PATH before a merge or an upgrade to a newer project format. They are full copies of the project, contacts and stories included; cosafe info PATH lists them.</source>
        <translation>Futa nakala rudufu ambazo CoSafe iliandika kando ya PATH kabla ya kuunganisha au kuboresha hadi muundo mpya wa mradi. Ni nakala kamili za mradi, pamoja na mawasiliano na simulizi; cosafe info PATH huziorodhesha.</translation>
    </message>
    <message>
        <source>the project whose backups to remove</source>
        <translation>mradi ambao nakala zake rudufu zitaondolewa</translation>
    </message>
    <message>
        <source>a backup&apos;s file name, as cosafe info lists it</source>
        <translation>jina la faili la nakala rudufu, kama cosafe info inavyoliorodhesha</translation>
    </message>
    <message>
        <source>remove every backup of PATH</source>
        <translation>ondoa kila nakala rudufu ya PATH</translation>
    </message>
    <message>
        <source>the version to share publicly (the default): %1</source>
        <translation>toleo la kushiriki na umma (chaguo-msingi): %1</translation>
    </message>
    <message>
        <source>the version for the project team: %1</source>
        <translation>toleo kwa ajili ya timu ya mradi: %1</translation>
    </message>
    <message>
        <source>%1: offline participatory urban-safety planning. Without a subcommand, opens the desktop application (on PROJECT if given).</source>
        <translation>%1: upangaji shirikishi wa usalama mijini bila mtandao. Bila amri ndogo, hufungua programu ya kompyuta (kwenye PROJECT ikiwa imetolewa).</translation>
    </message>
    <message>
        <source>show the version of CoSafe and exit</source>
        <translation>onyesha toleo la CoSafe kisha utoke</translation>
    </message>
    <message>
        <source>create an empty project file</source>
        <translation>unda faili tupu la mradi</translation>
    </message>
    <message>
        <source>Create an empty project file.</source>
        <translation>Unda faili tupu la mradi.</translation>
    </message>
    <message>
        <source>the .gpkg file to create</source>
        <translation>faili la .gpkg la kuunda</translation>
    </message>
    <message>
        <source>project name (default: from the file name)</source>
        <translation>jina la mradi (chaguo-msingi: kutoka jina la faili)</translation>
    </message>
    <message>
        <source>the neighbourhood, town or city</source>
        <translation>mtaa, mji au jiji</translation>
    </message>
    <message>
        <source>show a project&apos;s metadata and record counts</source>
        <translation>onyesha metadata ya mradi na idadi za rekodi</translation>
    </message>
    <message>
        <source>Show a project&apos;s metadata and a count of every kind of record.</source>
        <translation>Onyesha metadata ya mradi na idadi ya kila aina ya rekodi.</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>chapisha JSON badala ya maandishi</translation>
    </message>
    <message>
        <source>check integrity, GeoPackage structure, records and format version</source>
        <translation>kagua uadilifu, muundo wa GeoPackage, rekodi na toleo la muundo</translation>
    </message>
    <message>
        <source>Check SQLite integrity, GeoPackage conformance, that every record is one CoSafe could have written (types, JSON, geometry, dates, its rules) and the project format version; a file holding triggers, views or indexes CoSafe and GeoPackage do not make is refused. Exit code 0 only if all pass.</source>
        <translation>Kagua uadilifu wa SQLite, ulinganifu wa GeoPackage, kwamba kila rekodi ni ambayo CoSafe ingeweza kuandika (aina, JSON, jiometri, tarehe, kanuni zake) na toleo la muundo wa mradi; faili lenye triggers, views au faharasa ambazo CoSafe na GeoPackage haziundi linakataliwa. Msimbo wa kutoka 0 tu ikiwa vyote vimepita.</translation>
    </message>
    <message>
        <source>rewrite the file so deleted records leave no trace in it</source>
        <translation>andika upya faili ili rekodi zilizofutwa zisiache athari ndani yake</translation>
    </message>
    <message>
        <source>Rewrite the project file so that nothing deleted records held can be recovered from it (for a file that came from elsewhere: CoSafe itself overwrites what it deletes). Every stored photo and paper map is first stored as CoSafe stores new ones: without camera data (EXIF, XMP, comments) and under a neutral name; an image that cannot be read is left as it is, and counted.</source>
        <translation>Andika upya faili la mradi ili chochote kilichokuwa kwenye rekodi zilizofutwa kisiweze kurejeshwa kutoka humo (kwa faili lililotoka kwingine: CoSafe yenyewe huandika juu ya inachofuta). Kila picha na ramani ya karatasi iliyohifadhiwa kwanza inahifadhiwa kama CoSafe inavyohifadhi mpya: bila data ya kamera (EXIF, XMP, maoni) na kwa jina lisilo na upande; picha isiyoweza kusomwa inaachwa kama ilivyo, na kuhesabiwa.</translation>
    </message>
    <message>
        <source>write the sample project</source>
        <translation>andika mradi wa mfano</translation>
    </message>
    <message>
        <source>Write the sample project: a finished workshop in an invented neighbourhood, its words in the command&apos;s language (--language xx).</source>
        <translation>Andika mradi wa mfano: warsha iliyokamilika katika mtaa wa kubuni, maandishi yake yakiwa katika lugha ya amri (--language xx).</translation>
    </message>
    <message>
        <source>replace PATH if it exists</source>
        <translation>badilisha PATH ikiwa ipo</translation>
    </message>
    <message>
        <source>import a map file into a project&apos;s basemap</source>
        <translation>ingiza faili la ramani kwenye ramani ya msingi ya mradi</translation>
    </message>
    <message>
        <source>Import a map into the project&apos;s basemap: a vector file (OSM .osm/.osm.pbf, GeoJSON, GeoPackage, Shapefile or zipped Shapefile, KML/KMZ, GPX, GML, FlatGeobuf, MapInfo .tab/.mif, CSV with longitude/latitude), an MBTiles file (raster or vector tiles), a GeoTIFF or raster GeoPackage (placed by its georeferencing), or a photo/scan of a paper map placed by --control-point. Everything is copied into the project file.</source>
        <translation>Ingiza ramani kwenye ramani ya msingi ya mradi: faili la vekta (OSM .osm/.osm.pbf, GeoJSON, GeoPackage, Shapefile au Shapefile iliyobanwa kwa zip, KML/KMZ, GPX, GML, FlatGeobuf, MapInfo .tab/.mif, CSV yenye longitudo/latitudo), faili la MBTiles (vigae vya raster au vya vekta), GeoTIFF au GeoPackage ya picha (inawekwa kwa marejeo yake ya kijiografia), au picha/skani ya ramani ya karatasi iliyowekwa kwa --control-point. Kila kitu kinanakiliwa kwenye faili la mradi.</translation>
    </message>
    <message>
        <source>layer name (default: from the file name)</source>
        <translation>jina la tabaka (chaguo-msingi: kutoka jina la faili)</translation>
    </message>
    <message>
        <source>how to draw a non-OSM file&apos;s features (default: guessed from layer name and geometry)</source>
        <translation>jinsi ya kuchora vipengele vya faili lisilo la OSM (chaguo-msingi: kukisiwa kutoka jina la tabaka na jiometri)</translation>
    </message>
    <message>
        <source>for a photo or scan of a paper map: a pixel of the picture and the place it shows (give at least three, spread out; write --control-point=… when it starts with a minus)</source>
        <translation>kwa picha au skani ya ramani ya karatasi: pikseli ya picha na mahali inapoonyesha (toa angalau tatu, zilizotawanyika; andika --control-point=… inapoanza na alama ya kutoa)</translation>
    </message>
    <message>
        <source>the file&apos;s coordinate reference system, e.g. EPSG:32737: needed when it has none, and used instead of the one it declares</source>
        <translation>mfumo wa kuratibu wa faili, k.m. EPSG:32737: unahitajika faili lisipokuwa na mfumo, na hutumika badala ya ule linaoutaja</translation>
    </message>
    <message>
        <source>import only this layer of the file (repeat for several; default: all; --list-layers shows them)</source>
        <translation>ingiza tabaka hili tu la faili (rudia kwa kadhaa; chaguo-msingi: yote; --list-layers huyaonyesha)</translation>
    </message>
    <message>
        <source>list the file&apos;s layers with their shapes and feature counts, and import nothing</source>
        <translation>orodhesha matabaka ya faili pamoja na maumbo yao na idadi ya vipengele, bila kuingiza chochote</translation>
    </message>
    <message>
        <source>the attribute that names each feature on the map, in every chosen layer that has it (default: guessed, e.g. name, BoroName, STATE_NAME)</source>
        <translation>sifa inayotaja kila kipengele kwenye ramani, katika kila tabaka lililochaguliwa lenye sifa hiyo (chaguo-msingi: hukisiwa, k.m. name, BoroName, STATE_NAME)</translation>
    </message>
    <message>
        <source>a Shapefile&apos;s text encoding: auto (default: as the file declares, or UTF-8 when its text is UTF-8), UTF-8, CP1252, ISO-8859-1, CP437, CP850, CP1250, CP1251, CP1256…</source>
        <translation>usimbaji wa maandishi ya Shapefile: auto (chaguo-msingi: kama faili linavyosema, au UTF-8 maandishi yake yakiwa UTF-8), UTF-8, CP1252, ISO-8859-1, CP437, CP850, CP1250, CP1251, CP1256…</translation>
    </message>
    <message>
        <source>import recorded incidents (police, NGO or hospital data) from a CSV or GIS file</source>
        <translation>ingiza matukio yaliyorekodiwa (data ya polisi, AZISE au hospitali) kutoka faili la CSV au GIS</translation>
    </message>
    <message>
        <source>Import recorded incidents as their own layer, kept apart from perceptions: a CSV with longitude/latitude (or projected x/y with --crs) and a date column, or any GIS file. Columns are guessed from their names; name them to choose. Rows without a usable location (blank, or a 0,0 placeholder) are skipped and their lines reported; unreadable dates are kept as unknown.</source>
        <translation>Ingiza matukio yaliyorekodiwa kama tabaka lao, tofauti na mitazamo: CSV yenye longitudo/latitudo (au x/y zilizoprojektiwa pamoja na --crs) na safu ya tarehe, au faili lolote la GIS. Safu hukisiwa kwa majina yao; zitaje ili kuchagua. Safu zisizo na mahali panapotumika (patupu, au kishika nafasi 0,0) zinarukwa na mistari yao kuripotiwa; tarehe zisizosomeka huhifadhiwa kama hazijulikani.</translation>
    </message>
    <message>
        <source>where the data comes from, e.g. &apos;Police records 2024&apos; (default: file name)</source>
        <translation>data inatoka wapi, k.m. &apos;Kumbukumbu za polisi 2024&apos; (chaguo-msingi: jina la faili)</translation>
    </message>
    <message>
        <source>the coordinate reference system of the x/y columns, or of a file without one, e.g. EPSG:2272</source>
        <translation>mfumo wa marejeleo ya kuratibu wa safu za x/y, au wa faili lisilo nao, k.m. EPSG:2272</translation>
    </message>
    <message>
        <source>the column holding the longitude or x (default: guessed)</source>
        <translation>safu yenye longitudo au x (chaguo-msingi: hukisiwa)</translation>
    </message>
    <message>
        <source>the column holding the latitude or y (default: guessed)</source>
        <translation>safu yenye latitudo au y (chaguo-msingi: hukisiwa)</translation>
    </message>
    <message>
        <source>the column holding the kind of incident (default: guessed)</source>
        <translation>safu yenye aina ya tukio (chaguo-msingi: hukisiwa)</translation>
    </message>
    <message>
        <source>the column holding a description (default: guessed)</source>
        <translation>safu yenye maelezo (chaguo-msingi: hukisiwa)</translation>
    </message>
    <message>
        <source>the column holding the date (default: guessed)</source>
        <translation>safu yenye tarehe (chaguo-msingi: hukisiwa)</translation>
    </message>
    <message>
        <source>how the dates are written, e.g. %1 (default: detected from the column)</source>
        <translation>jinsi tarehe zilivyoandikwa, k.m. %1 (chaguo-msingi: hugunduliwa kutoka safu)</translation>
    </message>
    <message>
        <source>the column holding the time of day (default: guessed)</source>
        <translation>safu yenye saa ya siku (chaguo-msingi: hukisiwa)</translation>
    </message>
    <message>
        <source>which layer of a multi-layer file</source>
        <translation>tabaka lipi la faili lenye matabaka mengi</translation>
    </message>
    <message>
        <source>export the project&apos;s layers and tables as GIS/CSV files</source>
        <translation>hamisha matabaka na majedwali ya mradi kama faili za GIS/CSV</translation>
    </message>
    <message>
        <source>Export every layer and table of the project: a GeoPackage, GeoJSON layers (tables as CSV), or CSV files. Contacts of participants and stakeholders are left out unless --include-contacts.</source>
        <translation>Hamisha kila tabaka na jedwali la mradi: GeoPackage, matabaka ya GeoJSON (majedwali kama CSV), au faili za CSV. Mawasiliano ya washiriki na wadau yanaachwa isipokuwa --include-contacts.</translation>
    </message>
    <message>
        <source>folder to write into (created if missing)</source>
        <translation>folda ya kuandika ndani yake (huundwa ikiwa haipo)</translation>
    </message>
    <message>
        <source>also export contact details, with --full (private: keep such files to the project team)</source>
        <translation>hamisha pia mawasiliano, pamoja na --full (siri: faili hizo zibaki kwa timu ya mradi)</translation>
    </message>
    <message>
        <source>pins and incidents blurred to a grid, stories, comments, notes and names emptied, no participant table, no attachments, never contacts</source>
        <translation>pini na matukio yamefifishwa hadi gridi, simulizi, maoni, maelezo na majina yameondolewa, hakuna jedwali la washiriki, hakuna viambatisho, kamwe si mawasiliano</translation>
    </message>
    <message>
        <source>stories, comments and notes kept, exact places</source>
        <translation>simulizi, maoni na maelezo yanabaki, mahali halisi</translation>
    </message>
    <message>
        <source>size of the grid --public snaps pins to, in metres (default 100)</source>
        <translation>ukubwa wa gridi ambayo --public inaweka pini, kwa mita (chaguo-msingi 100)</translation>
    </message>
    <message>
        <source>draw the project&apos;s map to a PNG image</source>
        <translation>chora ramani ya mradi kuwa picha ya PNG</translation>
    </message>
    <message>
        <source>Draw the project&apos;s map (basemap layers, scale bar, north arrow, attribution) to a PNG image; --overlays adds proposals and perceptions with a legend.</source>
        <translation>Chora ramani ya mradi (matabaka ya ramani ya msingi, kipimo cha umbali, mshale wa kaskazini, chanzo cha haki) kuwa picha ya PNG; --overlays huongeza mapendekezo na mitazamo pamoja na ufunguo.</translation>
    </message>
    <message>
        <source>image size in pixels (default 1600x1200)</source>
        <translation>ukubwa wa picha kwa pikseli (chaguo-msingi 1600x1200)</translation>
    </message>
    <message>
        <source>area to draw (default: the whole project); write --bbox=-122.3,37.8,… when it starts with a minus sign</source>
        <translation>eneo la kuchora (chaguo-msingi: mradi wote); andika --bbox=-122.3,37.8,… inapoanza na alama ya kutoa</translation>
    </message>
    <message>
        <source>resolution for print, 72-600 (default 150)</source>
        <translation>ubora wa kuchapisha, 72-600 (chaguo-msingi 150)</translation>
    </message>
    <message>
        <source>also draw, with a legend: any of proposals,audit_points,pins,incidents,routes,heat (comma-separated)</source>
        <translation>chora pia, pamoja na ufunguo: chochote kati ya proposals,audit_points,pins,incidents,routes,heat (vilivyotenganishwa kwa koma)</translation>
    </message>
    <message>
        <source>pins and incidents blurred to a grid (see --grid)</source>
        <translation>pini na matukio yamefifishwa hadi gridi (tazama --grid)</translation>
    </message>
    <message>
        <source>exact places of pins and incidents</source>
        <translation>mahali halisi pa pini na matukio</translation>
    </message>
    <message>
        <source>the legend&apos;s language: %1 (default: the project&apos;s report language, else the language of the messages; the messages follow cosafe --language before the command)</source>
        <translation>lugha ya ufunguo wa ramani: %1 (chaguo-msingi: lugha ya ripoti ya mradi, la sivyo lugha ya jumbe; jumbe hufuata cosafe --language iliyoandikwa kabla ya amri)</translation>
    </message>
    <message>
        <source>write the action plan as a PDF</source>
        <translation>andika mpango kazi kama PDF</translation>
    </message>
    <message>
        <source>Write the action plan as a PDF: cover, method and participation (counts by gender, age band and role; small groups hidden, never names), diagnosis with maps and charts, proposals, the action table, stakeholders, monitoring indicators and the audit criteria. The public version (the default) leaves out stories, comments and notes and blurs perception pins to a grid; --full keeps them; contacts are never included.</source>
        <translation>Andika mpango kazi kama PDF: jalada, mbinu na ushiriki (idadi kwa jinsia, kundi la umri na jukumu; makundi madogo hufichwa, kamwe si majina), tathmini pamoja na ramani na chati, mapendekezo, jedwali la hatua, wadau, viashiria vya ufuatiliaji na vigezo vya ukaguzi. Toleo la umma (chaguo-msingi) linaacha simulizi, maoni na maelezo na kufifisha pini za mtazamo hadi gridi; --full huvibakiza; mawasiliano kamwe hayajumuishwi.</translation>
    </message>
    <message>
        <source>no stories, comments or notes; pins and incidents blurred to a grid</source>
        <translation>hakuna simulizi, maoni wala maelezo; pini na matukio yamefifishwa hadi gridi</translation>
    </message>
    <message>
        <source>stories, comments and notes, for the partners who carry out the plan</source>
        <translation>simulizi, maoni na maelezo, kwa ajili ya washirika wanaotekeleza mpango</translation>
    </message>
    <message>
        <source>page size (default a4)</source>
        <translation>ukubwa wa ukurasa (chaguo-msingi a4)</translation>
    </message>
    <message>
        <source>the plan&apos;s language: %1 (default: the project&apos;s report language, else the language of the messages; the messages follow cosafe --language before the command)</source>
        <translation>lugha ya mpango: %1 (chaguo-msingi: lugha ya ripoti ya mradi, la sivyo lugha ya jumbe; jumbe hufuata cosafe --language iliyoandikwa kabla ya amri)</translation>
    </message>
    <message>
        <source>print a map per group to mark with stickers and pens, read back later</source>
        <translation>chapisha ramani kwa kila kikundi ya kuwekewa vibandiko na kalamu, isomwe baadaye</translation>
    </message>
    <message>
        <source>Write a PDF with one map of the workshop&apos;s area per group, with corner markers and a QR code that let cosafe read-sheets read a photo of it back, a legend of the sticker colours and a margin for notes.</source>
        <translation>Andika PDF yenye ramani moja ya eneo la warsha kwa kila kikundi, yenye alama za pembeni na msimbo wa QR unaowezesha cosafe read-sheets kusoma picha yake, ufunguo wa rangi za vibandiko na pambizo la maelezo.</translation>
    </message>
    <message>
        <source>only this workshop&apos;s groups (its title)</source>
        <translation>vikundi vya warsha hii tu (kichwa chake)</translation>
    </message>
    <message>
        <source>only these groups (their names)</source>
        <translation>vikundi hivi tu (majina yao)</translation>
    </message>
    <message>
        <source>paper size: group maps landscape (default a3); audit sheets (--walk) portrait, a4 or a3 (default a4)</source>
        <translation>ukubwa wa karatasi: ramani za vikundi mlalo (chaguo-msingi a3); karatasi za ukaguzi (--walk) wima, a4 au a3 (chaguo-msingi a4)</translation>
    </message>
    <message>
        <source>print audit sheets for this audit walk (its title) instead of group maps: tick boxes 0-3 for each point and criterion, portrait, a4 or a3 (default a4)</source>
        <translation>chapisha karatasi za ukaguzi kwa matembezi haya ya ukaguzi (kichwa chake) badala ya ramani za vikundi: visanduku 0-3 kwa kila kituo na kigezo, wima, a4 au a3 (chaguo-msingi a4)</translation>
    </message>
    <message>
        <source>with --walk: print points 1 to N (default: the walk&apos;s recorded points, else 12)</source>
        <translation>pamoja na --walk: chapisha vituo 1 hadi N (chaguo-msingi: vituo vilivyorekodiwa vya matembezi, la sivyo 12)</translation>
    </message>
    <message>
        <source>print where each sheet&apos;s map is on the paper and what its colours mean, as JSON</source>
        <translation>onyesha kama JSON mahali ramani ya kila karatasi ilipo kwenye karatasi na maana ya rangi zake</translation>
    </message>
    <message>
        <source>the sheets&apos; language: %1 (default: the project&apos;s report language, else the language of the messages)</source>
        <translation>lugha ya karatasi: %1 (chaguo-msingi: lugha ya ripoti ya mradi, vinginevyo lugha ya ujumbe)</translation>
    </message>
    <message>
        <source>read the stickers on photos of printed group maps into the project</source>
        <translation>soma vibandiko vilivyo kwenye picha za ramani za vikundi zilizochapishwa hadi kwenye mradi</translation>
    </message>
    <message>
        <source>Find each photographed sheet by its corner markers and QR code, and add its dot stickers to its group as unsafe and safe pins and ideas, and its pen lines and shapes as line and area ideas (one undoable step per sheet). Uncertain marks are left for a review in the window unless --accept-uncertain. A photo that is no sheet of this project is refused.</source>
        <translation>Tafuta kila karatasi iliyopigwa picha kwa alama zake za pembeni na msimbo wake wa QR, na uongeze vibandiko vyake kwenye kikundi chake kama pini za si salama na salama na mawazo, na mistari na maumbo yake ya kalamu kama mawazo ya mstari na ya eneo (hatua moja inayoweza kutenguliwa kwa kila karatasi). Alama zisizo na uhakika huachwa zikaguliwe dirishani isipokuwa kwa --accept-uncertain. Picha isiyo karatasi ya mradi huu inakataliwa.</translation>
    </message>
    <message>
        <source>store nothing: only say what was found</source>
        <translation>usihifadhi chochote: sema tu kilichopatikana</translation>
    </message>
    <message>
        <source>print the detections as JSON</source>
        <translation>onyesha vilivyogunduliwa kama JSON</translation>
    </message>
    <message>
        <source>store the flagged detections too (touching stickers, a sticker half off the map or the photo, a faint one); by default they are left for a review</source>
        <translation>hifadhi pia vilivyogunduliwa vyenye alama ya shaka (vibandiko vinavyogusana, kibandiko nusu nje ya ramani au picha, kilichofifia); kwa kawaida huachwa kwa ukaguzi</translation>
    </message>
    <message>
        <source>read a photo, or a sheet, that was read into the project before once more (a group map&apos;s dots are added a second time; an audit sheet&apos;s scores replace those of its points)</source>
        <translation>soma tena picha, au karatasi, iliyokwisha somwa kwenye mradi (nukta za ramani ya kikundi zinaongezwa mara ya pili; alama za karatasi ya ukaguzi zinachukua nafasi ya zile za vituo vyake)</translation>
    </message>
    <message>
        <source>the texts of the numbered notes written on the sheets&apos; margins: rows of number,text (or sheet,number,text), or JSON; a dot with a number stores its note&apos;s text (without this, &quot;Note N on paper sheet S&quot;)</source>
        <translation>maandishi ya maelezo yenye namba yaliyoandikwa pembeni mwa karatasi: mistari ya namba,maandishi (au karatasi,namba,maandishi), au JSON; kitone chenye namba huhifadhi maandishi ya maelezo yake (bila hili, &quot;Maelezo N kwenye karatasi S&quot;)</translation>
    </message>
    <message>
        <source>print audit scores and perception pins by gender, age band, time of day, …</source>
        <translation>chapisha alama za ukaguzi na pini za mtazamo kwa jinsia, kundi la umri, wakati wa siku, …</translation>
    </message>
    <message>
        <source>Print the disaggregated table of audit scores and perception pins: people, mean safety score (0–5), unsafe and safe pins and the unsafe share per cell. Categories with fewer people than the project&apos;s suppression threshold N are pooled; a cell with fewer than N people shows &quot;hidden&quot;, and so do cells from which it could be worked out with any other breakdown (null in --json).</source>
        <translation>Chapisha jedwali lililochanganuliwa la alama za ukaguzi na pini za mtazamo: watu, wastani wa alama ya usalama (0–5), pini za si salama na za salama na sehemu ya si salama kwa kila kisanduku. Makundi yenye watu wachache kuliko kiwango cha kuficha N cha mradi yanaunganishwa; kisanduku chenye chini ya watu N kinaonyesha &quot;imefichwa&quot;, na vivyo hivyo visanduku ambavyo kutokana navyo kingeweza kukokotolewa kwa mchanganuo mwingine wowote (null katika --json).</translation>
    </message>
    <message>
        <source>dimensions, comma-separated, from gender, age_band, role, time_of_day, workshop, group (default gender,age_band,time_of_day; an empty string gives one row for everything)</source>
        <translation>vipimo, vilivyotenganishwa kwa koma, kutoka gender, age_band, role, time_of_day, workshop, group (chaguo-msingi gender,age_band,time_of_day; maandishi matupu hutoa safu moja kwa kila kitu)</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>chapisha JSON badala ya jedwali</translation>
    </message>
    <message>
        <source>the language of the window and of every message: %1 (default: the computer&apos;s)</source>
        <translation>lugha ya dirisha na ya kila ujumbe: %1 (chaguo-msingi: ya kompyuta)</translation>
    </message>
    <message>
        <source>Open the %1 desktop application.</source>
        <translation>Fungua programu ya kompyuta ya %1.</translation>
    </message>
    <message>
        <source>a project file to open</source>
        <translation>faili la mradi la kufungua</translation>
    </message>
    <message>
        <source>open the project read-only</source>
        <translation>fungua mradi kwa kusoma tu</translation>
    </message>
    <message>
        <source>merge project files from other laptops into a project</source>
        <translation>unganisha faili za mradi kutoka kompyuta nyingine katika mradi</translation>
    </message>
    <message>
        <source>Merge project files from field teams or other laptops into TARGET, all in one transaction. Records are matched by UUID: new ones are added, identical ones skipped, one changed on only one side since the two files last met takes that change, and one changed on both sides is a conflict: TARGET keeps its version and theirs is kept for you to resolve in CoSafe (File › Resolve Merge Conflicts). Exit status: 0 merged (conflicts, if any, are listed), 1 error (nothing changed), 2 usage.</source>
        <translation>Unganisha faili za mradi kutoka timu za uwandani au kompyuta nyingine katika TARGET, yote katika muamala mmoja. Rekodi zinalinganishwa kwa UUID: mpya zinaongezwa, zinazofanana zinarukwa, iliyobadilishwa upande mmoja tu tangu faili hizo mbili zilipokutana mara ya mwisho inachukua badiliko hilo, na iliyobadilishwa pande zote mbili ni mgongano: TARGET inabaki na toleo lake na lao linahifadhiwa ili ulitatue katika CoSafe (Faili › Tatua Migongano ya Kuunganisha). Hali ya kutoka: 0 imeunganishwa (migongano, ikiwa ipo, inaorodheshwa), 1 hitilafu (hakuna kilichobadilishwa), 2 matumizi.</translation>
    </message>
    <message>
        <source>the project to merge into</source>
        <translation>mradi wa kuunganisha ndani yake</translation>
    </message>
    <message>
        <source>project files to merge from (not changed)</source>
        <translation>faili za mradi za kuunganisha kutoka (hazibadilishwi)</translation>
    </message>
    <message>
        <source>print what would be merged; change nothing</source>
        <translation>chapisha kile ambacho kingeunganishwa; usibadilishe chochote</translation>
    </message>
    <message>
        <source>write a field copy of a project for a team</source>
        <translation>andika nakala ya uwandani ya mradi kwa ajili ya timu</translation>
    </message>
    <message>
        <source>Write a field copy of PROJECT with a new laptop identity, so the team&apos;s work merges back with cosafe merge without false conflicts. The copy holds the basemap, settings, criteria, reason tags, workshops, groups, walks, pins, proposals and the plan; it leaves out every contact, pin story, audit comment, walk and workshop note, the facilitator&apos;s name and photos, and the participants of every group but the team&apos;s. Merging the copy back keeps all of these in PROJECT.</source>
        <translation>Andika nakala ya uwandani ya PROJECT yenye utambulisho mpya wa kompyuta, ili kazi ya timu iunganishwe tena kwa cosafe merge bila migongano ya uongo. Nakala ina ramani ya msingi, mipangilio, vigezo, lebo za sababu, warsha, vikundi, matembezi, pini, mapendekezo na mpango; inaacha kila mawasiliano, simulizi ya pini, maoni ya ukaguzi, maelezo ya matembezi na ya warsha, jina la mwezeshaji na picha, na washiriki wa kila kikundi isipokuwa cha timu. Kuunganisha nakala tena kunabakiza vyote hivi katika PROJECT.</translation>
    </message>
    <message>
        <source>the field copy to write</source>
        <translation>nakala ya uwandani ya kuandika</translation>
    </message>
    <message>
        <source>the team or laptop, such as &quot;Field team 2&quot;</source>
        <translation>timu au kompyuta, kama &quot;Timu ya uwandani 2&quot;</translation>
    </message>
    <message>
        <source>the team&apos;s group, whose participants the copy holds (without contacts), such as &quot;Youth&quot; or &quot;Riverside audit / Youth&quot;</source>
        <translation>kikundi cha timu, ambacho washiriki wake wamo katika nakala (bila mawasiliano), kama &quot;Vijana&quot; au &quot;Ukaguzi wa Riverside / Vijana&quot;</translation>
    </message>
    <message>
        <source>hold the participants of every group (without contacts): the copy then tells who took part in every group</source>
        <translation>weka washiriki wa kila kikundi (bila mawasiliano): hapo nakala inaonyesha nani alishiriki katika kila kikundi</translation>
    </message>
    <message>
        <source>open the room: participants add pins, ideas and dots from their phones</source>
        <translation>fungua chumba: washiriki wanaongeza pini, mawazo na vitone kutoka simu zao</translation>
    </message>
    <message>
        <source>Serve the project&apos;s most recent workshop to phone browsers on the local network, without internet: participants join with the room code, answer the sign-in questions and add pins, ideas and dots, stored as the window stores them. Give --host the address of this computer on the phones&apos; network (its hotspot or the local router). Ctrl-C closes the room.</source>
        <translation>Inahudumia warsha ya karibuni zaidi ya mradi kwa vivinjari vya simu kwenye mtandao wa ndani, bila intaneti: washiriki wanaingia kwa msimbo wa chumba, wanajibu maswali ya karatasi ya mahudhurio na kuongeza pini, mawazo na vitone, vinavyohifadhiwa kama dirisha linavyovihifadhi. Ipe --host anwani ya kompyuta hii kwenye mtandao wa simu (hotspot ya Wi-Fi au ruta ya ndani). Ctrl-C inafunga chumba.</translation>
    </message>
    <message>
        <source>the address of this computer to listen on, e.g. 192.168.4.1 (default %1: this computer only)</source>
        <translation>anwani ya kompyuta hii ya kusikiliza, k.m. 192.168.4.1 (chaguo-msingi %1: kompyuta hii tu)</translation>
    </message>
    <message>
        <source>the port to listen on (default %1; 0 picks a free one)</source>
        <translation>mlango wa kusikiliza (chaguo-msingi %1; 0 huchagua ulio huru)</translation>
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
        <translation>Rekodi hizi zilibadilishwa kwenye kompyuta zote mbili tangu faili zilipokutana mara ya mwisho. Hadi utakapochagua, mradi huu unabaki na toleo lake na toleo lao linawekwa kando: hakuna kinachopotea.</translation>
    </message>
    <message>
        <source>No merge conflicts: every merged record agrees.</source>
        <translation>Hakuna migongano ya kuunganisha: kila rekodi iliyounganishwa inakubaliana.</translation>
    </message>
    <message>
        <source>On the map: mine solid blue, theirs dashed orange.</source>
        <translation>Kwenye ramani: yangu ni bluu kamili, yao ni machungwa ya vipande.</translation>
    </message>
    <message>
        <source>Keep this project&apos;s version and add theirs beside it as a separate record</source>
        <translation>Baki na toleo la mradi huu na uongeze lao kando yake kama rekodi tofauti</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Yangu</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Yao</translation>
    </message>
    <message>
        <source>&amp;Only what differs</source>
        <translation>&amp;Tofauti pekee</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Baki na &amp;Yangu</translation>
    </message>
    <message>
        <source>Keep this project&apos;s version; theirs is dropped (Undo brings the choice back)</source>
        <translation>Baki na toleo la mradi huu; lao linaachwa (Kutendua kunarudisha chaguo)</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Chukua ya &amp;Kwao</translation>
    </message>
    <message>
        <source>Put their version in place of this project&apos;s</source>
        <translation>Weka toleo lao mahali pa toleo la mradi huu</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>Baki na &amp;Zote</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation>kompyuta nyingine</translation>
    </message>
    <message>
        <source>%1
from %2</source>
        <comment>a conflict: %1 a record, %2 a laptop</comment>
        <translation>%1
kutoka %2</translation>
    </message>
    <message>
        <source>%1 from %2, found on %3</source>
        <comment>a conflict: %1 a record, %2 a laptop</comment>
        <translation>%1 kutoka %2, iliyopatikana tarehe %3</translation>
    </message>
    <message>
        <source>deleted on this laptop</source>
        <translation>imefutwa kwenye kompyuta hii</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mine&lt;/b&gt; (this project) — %1</source>
        <translation>&lt;b&gt;Yangu&lt;/b&gt; (mradi huu) — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; (came from %1) — %2</source>
        <translation>&lt;b&gt;Yao&lt;/b&gt; (imetoka %1) — %2</translation>
    </message>
    <message>
        <source>Mine (this project)</source>
        <translation>Yangu (mradi huu)</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <comment>%1: a laptop</comment>
        <translation>Yao (%1)</translation>
    </message>
    <message>
        <source>Two of these cannot share one key: keep mine or theirs</source>
        <translation>Mbili kati ya hizi haziwezi kushiriki ufunguo mmoja: baki na yangu au yao</translation>
    </message>
    <message>
        <source>Mine was deleted on this laptop: Keep Theirs brings their version back</source>
        <translation>Yangu ilifutwa kwenye kompyuta hii: Chukua ya Kwao kunarudisha toleo lao</translation>
    </message>
    <message>
        <source>The conflict was not resolved</source>
        <translation>Mgongano haukutatuliwa</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <source>Women and girls use this space</source>
        <translation>Wanawake na wasichana hutumia eneo hili</translation>
    </message>
    <message>
        <source>Clear sightlines (no blind corners or blank walls)</source>
        <translation>Mwonekano usiozuiliwa (hakuna kona zisizoonekana wala kuta tupu)</translation>
    </message>
    <message>
        <source>No dark or scary places, long empty stretches or high fences</source>
        <translation>Hakuna maeneo yenye giza au ya kutisha, sehemu ndefu tupu wala uzio mrefu</translation>
    </message>
    <message>
        <source>Lighting bright enough to see faces</source>
        <translation>Mwanga wa kutosha kuona nyuso</translation>
    </message>
    <message>
        <source>Toilets available and visible</source>
        <translation>Vyoo vinapatikana na vinaonekana</translation>
    </message>
    <message>
        <source>Transport stop visible and active</source>
        <translation>Kituo cha usafiri kinaonekana na kina shughuli</translation>
    </message>
    <message>
        <source>Escape routes (no entrapment spots)</source>
        <translation>Njia za kujiokoa (hakuna sehemu za kunaswa)</translation>
    </message>
    <message>
        <source>Signage readable</source>
        <translation>Alama na maandishi yanasomeka</translation>
    </message>
    <message>
        <source>%1: a score is %2 to %3, not %4; nothing was saved</source>
        <translation>%1: alama ni kuanzia %2 hadi %3, si %4; hakuna kilichohifadhiwa</translation>
    </message>
    <message>
        <source>A criterion</source>
        <translation>Kigezo</translation>
    </message>
    <message>
        <source>The sheet is empty: type at least one score; nothing was saved</source>
        <translation>Karatasi ni tupu: andika angalau alama moja; hakuna kilichohifadhiwa</translation>
    </message>
    <message>
        <source>Safety score = mean of the criteria scores (each 0–3, feeling excluded) × 5 ÷ 3, giving 0 (poor) to 5 (good).</source>
        <translation>Alama ya usalama = wastani wa alama za vigezo (kila kimoja 0–3, bila hisia) × 5 ÷ 3, hivyo 0 (mbaya) hadi 5 (nzuri).</translation>
    </message>
    <message>
        <source>Safety audit (default)</source>
        <translation>Ukaguzi wa usalama (chaguo-msingi)</translation>
    </message>
    <message>
        <source>Lighting</source>
        <translation>Mwanga</translation>
    </message>
    <message>
        <source>Enough light to see all around and faces at 10 m</source>
        <translation>Mwanga wa kutosha kuona pande zote na nyuso kwa umbali wa mita 10</translation>
    </message>
    <message>
        <source>Openness</source>
        <translation>Uwazi</translation>
    </message>
    <message>
        <source>Can see and move in all directions; no blind corners</source>
        <translation>Unaweza kuona na kutembea pande zote; hakuna kona zisizoonekana</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Kuonekana</translation>
    </message>
    <message>
        <source>Shops, vendors, windows, entrances from which you can be seen</source>
        <translation>Maduka, wachuuzi, madirisha na milango ambako unaweza kuonekana</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Watu</translation>
    </message>
    <message>
        <source>People around you</source>
        <translation>Watu walio karibu nawe</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Ulinzi</translation>
    </message>
    <message>
        <source>Guards or police present / reachable</source>
        <translation>Walinzi au polisi wapo / wanafikika</translation>
    </message>
    <message>
        <source>Walk path</source>
        <translation>Njia ya waenda kwa miguu</translation>
    </message>
    <message>
        <source>Usable pavement or space to walk</source>
        <translation>Njia ya miguu inayotumika au nafasi ya kutembea</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Usafiri wa umma</translation>
    </message>
    <message>
        <source>Transport stop / service within reach</source>
        <translation>Kituo / huduma ya usafiri iko karibu</translation>
    </message>
    <message>
        <source>Gender diversity</source>
        <translation>Uwepo wa jinsia zote</translation>
    </message>
    <message>
        <source>Women and children present</source>
        <translation>Wanawake na watoto wapo</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Hisia</translation>
    </message>
    <message>
        <source>How safe you feel</source>
        <translation>Unavyojisikia salama</translation>
    </message>
    <message>
        <source>The project has no criteria set</source>
        <translation>Mradi hauna seti ya vigezo</translation>
    </message>
    <message>
        <source>The set already has an outcome criterion (“%1”)</source>
        <translation>Seti tayari ina kigezo cha matokeo (“%1”)</translation>
    </message>
    <message>
        <source>“%1” already has that name and meaning</source>
        <translation>“%1” tayari kina jina na maana hiyo</translation>
    </message>
    <message>
        <source>“%1” is the last scored criterion; add another before retiring it</source>
        <translation>“%1” ndicho kigezo cha mwisho chenye alama; ongeza kingine kabla ya kukistaafisha</translation>
    </message>
    <message>
        <source>That criterion is no longer in the project</source>
        <translation>Kigezo hicho hakipo tena katika mradi</translation>
    </message>
    <message numerus="yes">
        <source>Removing “%1” would orphan %Ln scores; retire it instead</source>
        <translation>
            <numerusform>Kuondoa “%1” kungeacha alama %Ln bila kigezo; kistaafishe badala yake</numerusform>
            <numerusform>Kuondoa “%1” kungeacha alama %Ln bila kigezo; kistaafishe badala yake</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is the last scored criterion; add another before removing it</source>
        <translation>“%1” ndicho kigezo cha mwisho chenye alama; ongeza kingine kabla ya kukiondoa</translation>
    </message>
    <message>
        <source>The new order must list each criterion of the active set once</source>
        <translation>Mpangilio mpya lazima uorodheshe kila kigezo cha seti inayotumika mara moja</translation>
    </message>
    <message>
        <source>The criteria are already in that order</source>
        <translation>Vigezo tayari viko katika mpangilio huo</translation>
    </message>
    <message>
        <source>Only criteria of the active set that are not retired can be changed</source>
        <translation>Ni vigezo vya seti inayotumika ambavyo havijastaafishwa tu vinavyoweza kubadilishwa</translation>
    </message>
    <message>
        <source>A criterion needs a name</source>
        <translation>Kigezo kinahitaji jina</translation>
    </message>
    <message>
        <source>There is already a criterion “%1”</source>
        <translation>Tayari kuna kigezo “%1”</translation>
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
        <translation>Sehemu ya alama (%)</translation>
    </message>
    <message>
        <source>score 0 poor</source>
        <translation>alama 0 mbaya</translation>
    </message>
    <message>
        <source>score 1</source>
        <translation>alama 1</translation>
    </message>
    <message>
        <source>score 2</source>
        <translation>alama 2</translation>
    </message>
    <message>
        <source>score 3 good</source>
        <translation>alama 3 nzuri</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Criterion</source>
        <translation>Kigezo</translation>
    </message>
    <message>
        <source>3 (good) means</source>
        <translation>3 (nzuri) inamaanisha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>Audit Criteria</source>
        <translation>Vigezo vya Ukaguzi</translation>
    </message>
    <message>
        <source>Translate Set Name…</source>
        <translation>Tafsiri jina la seti…</translation>
    </message>
    <message>
        <source>The criteria set&apos;s name in other languages</source>
        <translation>Jina la seti ya vigezo kwa lugha nyingine</translation>
    </message>
    <message>
        <source>Audit criteria</source>
        <translation>Vigezo vya ukaguzi</translation>
    </message>
    <message>
        <source>The criteria a sheet scores, in the order of the sheet; F2 or a double click edits a label or what 3 means</source>
        <translation>Vigezo ambavyo karatasi inavipa alama, kwa mpangilio wa karatasi; F2 au kubofya mara mbili huhariri jina au maana ya 3</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Sogeza Juu</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Sogeza Chini</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Staafisha</translation>
    </message>
    <message>
        <source>Stop scoring it; scores already made keep it</source>
        <translation>Acha kukipa alama; alama zilizokwisha tolewa zinakibakiza</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <source>Delete a criterion no score uses (otherwise retire it)</source>
        <translation>Futa kigezo kisichotumiwa na alama yoyote (vinginevyo kistaafishe)</translation>
    </message>
    <message>
        <source>Translations…</source>
        <translation>Tafsiri…</translation>
    </message>
    <message>
        <source>The criterion&apos;s name and what 3 means in other languages</source>
        <translation>Jina la kigezo na maana ya 3 kwa lugha nyingine</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Kigezo kipya</translation>
    </message>
    <message>
        <source>The new criterion&apos;s label, e.g. Toilets</source>
        <translation>Jina la kigezo kipya, k.m. Vyoo</translation>
    </message>
    <message>
        <source>New criterion, e.g. Toilets</source>
        <translation>Kigezo kipya, k.m. Vyoo</translation>
    </message>
    <message>
        <source>What 3 (good) means</source>
        <translation>Maana ya 3 (nzuri)</translation>
    </message>
    <message>
        <source>What a score of 3 means for the new criterion</source>
        <translation>Alama 3 inamaanisha nini kwa kigezo kipya</translation>
    </message>
    <message>
        <source>What 3 (good) means, e.g. Clean toilets open and visible</source>
        <translation>Maana ya 3 (nzuri), k.m. Vyoo safi vilivyo wazi na vinavyoonekana</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ongeza</translation>
    </message>
    <message>
        <source>Double-click a name or meaning to change it. Once sheets are scored, a change that alters meaning makes a new version of the set: old scores keep theirs.</source>
        <translation>Bofya mara mbili jina au maana ili kuibadilisha. Karatasi zikishapewa alama, badiliko linalobadilisha maana huunda toleo jipya la seti: alama za zamani zinabaki na toleo lao.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · version %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · toleo %2</translation>
    </message>
    <message>
        <source>retired</source>
        <comment>a criterion</comment>
        <translation>kimestaafishwa</translation>
    </message>
    <message>
        <source>outcome</source>
        <comment>a criterion</comment>
        <translation>matokeo</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Haijabadilishwa: %1</translation>
    </message>
    <message>
        <source>Scores already use version %1: this change made version %2. Old scores keep version %1.</source>
        <translation>Alama tayari zinatumia toleo %1: badiliko hili limeunda toleo %2. Alama za zamani zinabaki na toleo %1.</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>Seti ya vigezo</translation>
    </message>
    <message>
        <source>Translate criteria set “%1”</source>
        <translation>Tafsiri seti ya vigezo “%1”</translation>
    </message>
</context>
<context>
    <name>DayNightChart</name>
    <message>
        <source>Safety score (0–5) of each place, west to east</source>
        <translation>Alama ya usalama (0–5) ya kila eneo, kutoka magharibi hadi mashariki</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>mchana</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>usiku</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>CSV with longitude/latitude</source>
        <translation>CSV yenye longitudo/latitudo</translation>
    </message>
    <message>
        <source>Photo or scan of a paper map</source>
        <translation>Picha au skani ya ramani ya karatasi</translation>
    </message>
    <message>
        <source>CoSafe projects (%1)</source>
        <translation>Miradi ya CoSafe (%1)</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>Mradi tayari umefunguliwa</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Fungua kwa Kusoma Tu</translation>
    </message>
    <message>
        <source>All map files (%1)</source>
        <translation>Faili zote za ramani (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a kind of file and its patterns</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Fungua Mradi</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Mradi Mpya</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Hifadhi Nakala Kama</translation>
    </message>
    <message>
        <source>Import Basemap</source>
        <translation>Ingiza Ramani ya Msingi</translation>
    </message>
</context>
<context>
    <name>DotList</name>
    <message>
        <source>Click a proposal to place one dot; right-click to take one back</source>
        <translation>Bofya pendekezo kuweka kitone kimoja; bofya kulia kurudisha kimoja</translation>
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
        <translation>Weka angalau nukta %1 za udhibiti (zipo %2)</translation>
    </message>
    <message>
        <source>The control points on the image lie on one line; spread them out over the map</source>
        <translation>Nukta za udhibiti kwenye picha ziko kwenye mstari mmoja; zitawanye kwenye ramani</translation>
    </message>
    <message>
        <source>The control points on the map lie on one line; spread them out over the map</source>
        <translation>Nukta za udhibiti kwenye ramani ziko kwenye mstari mmoja; zitawanye kwenye ramani</translation>
    </message>
    <message>
        <source>The heat map radius must be more than 0 metres, not %1</source>
        <translation>Kipenyo cha ramani ya msongamano lazima kiwe zaidi ya mita 0, si %1</translation>
    </message>
    <message>
        <source>Click on the map to place the point</source>
        <translation>Bofya kwenye ramani kuweka nukta</translation>
    </message>
    <message>
        <source>A line needs at least two different points</source>
        <translation>Mstari unahitaji angalau nukta mbili tofauti</translation>
    </message>
    <message>
        <source>An area needs at least three different points</source>
        <translation>Eneo linahitaji angalau nukta tatu tofauti</translation>
    </message>
    <message>
        <source>The area has no inside: its points lie on one line</source>
        <translation>Eneo halina ndani: nukta zake ziko kwenye mstari mmoja</translation>
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
        <translation>Inaambatana na kujisikia salama → (uhusiano, −1 … 1)</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add stakeholder “%1”</source>
        <translation>Ongeza mdau “%1”</translation>
    </message>
    <message>
        <source>Edit stakeholder “%1”</source>
        <translation>Hariri mdau “%1”</translation>
    </message>
    <message>
        <source>Delete stakeholder “%1”</source>
        <translation>Futa mdau “%1”</translation>
    </message>
    <message>
        <source>Add action “%1”</source>
        <translation>Ongeza hatua “%1”</translation>
    </message>
    <message>
        <source>Edit action “%1”</source>
        <translation>Hariri hatua “%1”</translation>
    </message>
    <message>
        <source>Delete action “%1”</source>
        <translation>Futa hatua “%1”</translation>
    </message>
    <message>
        <source>Create action from proposal “%1”</source>
        <translation>Unda hatua kutoka kwa pendekezo “%1”</translation>
    </message>
    <message>
        <source>Add audit walk “%1”</source>
        <translation>Ongeza matembezi ya ukaguzi “%1”</translation>
    </message>
    <message>
        <source>Edit audit walk “%1”</source>
        <translation>Hariri matembezi ya ukaguzi “%1”</translation>
    </message>
    <message>
        <source>Delete audit walk “%1”</source>
        <translation>Futa matembezi ya ukaguzi “%1”</translation>
    </message>
    <message>
        <source>Delete audit point %1</source>
        <translation>Futa kituo cha ukaguzi %1</translation>
    </message>
    <message>
        <source>Redraw route of “%1”</source>
        <translation>Chora upya njia ya “%1”</translation>
    </message>
    <message>
        <source>Draw route of “%1”</source>
        <translation>Chora njia ya “%1”</translation>
    </message>
    <message>
        <source>Enter audit point %1 of “%2”</source>
        <translation>Ingiza kituo cha ukaguzi %1 cha “%2”</translation>
    </message>
    <message>
        <source>Edit audit point %1 of “%2”</source>
        <translation>Hariri kituo cha ukaguzi %1 cha “%2”</translation>
    </message>
    <message>
        <source>Add criterion “%1”</source>
        <translation>Ongeza kigezo “%1”</translation>
    </message>
    <message>
        <source>Rename criterion “%1” to “%2”</source>
        <translation>Badilisha jina la kigezo “%1” kuwa “%2”</translation>
    </message>
    <message>
        <source>Edit criterion “%1”</source>
        <translation>Hariri kigezo “%1”</translation>
    </message>
    <message>
        <source>Retire criterion “%1”</source>
        <translation>Staafisha kigezo “%1”</translation>
    </message>
    <message>
        <source>Remove criterion “%1”</source>
        <translation>Ondoa kigezo “%1”</translation>
    </message>
    <message>
        <source>Reorder criteria</source>
        <translation>Panga upya vigezo</translation>
    </message>
    <message>
        <source>%1 (criteria set version %2)</source>
        <comment>%1 is the change, e.g. Add criterion “CCTV”</comment>
        <translation>%1 (toleo %2 la seti ya vigezo)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>jina</translation>
    </message>
    <message>
        <source>place</source>
        <translation>mahali</translation>
    </message>
    <message>
        <source>description</source>
        <translation>maelezo</translation>
    </message>
    <message>
        <source>suppression threshold</source>
        <translation>kiwango cha kuficha</translation>
    </message>
    <message>
        <source>area</source>
        <translation>eneo</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>sarafu</translation>
    </message>
    <message>
        <source>report language</source>
        <translation>lugha ya ripoti</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of project properties</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>no project property</comment>
        <translation>hakuna</translation>
    </message>
    <message>
        <source>Change project %1</source>
        <comment>%1 lists the properties changed: “name, place”</comment>
        <translation>Badilisha %1 ya mradi</translation>
    </message>
    <message>
        <source>Add %1</source>
        <comment>%1 is a kind of record: “audit point”</comment>
        <translation>Ongeza %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <comment>%1 is a kind of record: “audit point”</comment>
        <translation>Hariri %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <comment>%1 is a kind of record: “audit point”</comment>
        <translation>Futa %1</translation>
    </message>
    <message>
        <source>Delete group “%1”</source>
        <translation>Futa kikundi “%1”</translation>
    </message>
    <message>
        <source>Delete workshop “%1”</source>
        <translation>Futa warsha “%1”</translation>
    </message>
    <message>
        <source>Edit workshop “%1”</source>
        <translation>Hariri warsha “%1”</translation>
    </message>
    <message>
        <source>Rename group “%1” to “%2”</source>
        <translation>Badilisha jina la kikundi “%1” kuwa “%2”</translation>
    </message>
    <message>
        <source>Recolour group “%1”</source>
        <translation>Badilisha rangi ya kikundi “%1”</translation>
    </message>
    <message>
        <source>Edit group “%1”</source>
        <translation>Hariri kikundi “%1”</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The blur grid must be more than 0 m, not %1</source>
        <translation>Gridi ya kufifisha lazima iwe zaidi ya m 0, si %1</translation>
    </message>
    <message>
        <source>The action plan was not written: %1</source>
        <translation>Mpango kazi haukuandikwa: %1</translation>
    </message>
    <message>
        <source>Unknown export format %1; choose one of %2</source>
        <translation>Muundo wa kuhamisha usiojulikana %1; chagua mojawapo ya %2</translation>
    </message>
    <message>
        <source>A public export never includes contacts</source>
        <translation>Uhamishaji wa umma kamwe haujumuishi mawasiliano</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>Haiwezekani kuunda folda %1: %2</translation>
    </message>
    <message>
        <source>The export was not written: %1</source>
        <translation>Uhamishaji haukuandikwa: %1</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <comment>%1: a table of the project, as its file calls it</comment>
        <translation>Inaandika %1</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Kuhamisha kumesitishwa</translation>
    </message>
</context>
<context>
    <name>FieldCopyDialog</name>
    <message>
        <source>Hand Out Field Copy</source>
        <translation>Toa Nakala ya Uwandani</translation>
    </message>
    <message>
        <source>Required, e.g. Field team 2 or Youth group laptop</source>
        <translation>Inahitajika, k.m. Timu ya uwandani 2 au Kompyuta ya kikundi cha vijana</translation>
    </message>
    <message>
        <source>The copy holds this group&apos;s participants (code, gender, age band, role), so the team can record who walks; never their contacts.</source>
        <translation>Nakala ina washiriki wa kikundi hiki (msimbo, jinsia, kundi la umri, jukumu), ili timu iweze kurekodi nani anatembea; kamwe si mawasiliano yao.</translation>
    </message>
    <message>
        <source>Include the participants of &amp;every group</source>
        <translation>Jumuisha washiriki wa &amp;kila kikundi</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Vinjari…</translation>
    </message>
    <message>
        <source>Team or &amp;laptop</source>
        <translation>Timu au ko&amp;mpyuta</translation>
    </message>
    <message>
        <source>Team&apos;s &amp;group</source>
        <translation>Kikundi cha &amp;timu</translation>
    </message>
    <message>
        <source>&amp;Save copy as</source>
        <translation>&amp;Hifadhi nakala kama</translation>
    </message>
    <message>
        <source>&amp;Hand Out</source>
        <translation>T&amp;oa</translation>
    </message>
    <message>
        <source>Save Field Copy As</source>
        <translation>Hifadhi Nakala ya Uwandani Kama</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>This could not be worked out (details were written to the terminal)</source>
        <translation>Hili halikuweza kukokotolewa (maelezo yameandikwa kwenye terminali)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Haijawekwa</translation>
    </message>
    <message>
        <source>A code or a name, e.g. KES</source>
        <translation>Msimbo au jina, k.m. KES</translation>
    </message>
    <message>
        <source>Not estimated</source>
        <translation>Haijakadiriwa</translation>
    </message>
    <message>
        <source>A rough cost in %1 (%2); leave at “Not estimated” if unknown</source>
        <translation>Gharama ya kukadiria kwa %1 (%2); acha “Haijakadiriwa” kama haijulikani</translation>
    </message>
    <message>
        <source>A rough cost in the local currency; leave at “Not estimated” if unknown</source>
        <translation>Gharama ya kukadiria kwa sarafu ya nchi; acha “Haijakadiriwa” kama haijulikani</translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation>Ongeza Picha</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Picha (%1)</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (details were written to the terminal); the project was not changed</source>
        <translation>Kuna hitilafu isiyotarajiwa (maelezo yameandikwa kwenye terminali); mradi haukubadilishwa</translation>
    </message>
    <message>
        <source>Something unexpected went wrong (details were written to the terminal); no file was written</source>
        <translation>Kuna hitilafu isiyotarajiwa (maelezo yameandikwa kwenye terminali); hakuna faili lililoandikwa</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>permission denied</source>
        <translation>ruhusa imekataliwa</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>diski imejaa</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>diski ni ya kusoma tu</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>hakuna faili au folda hiyo</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>tayari ipo</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>ni folda</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>sehemu ya njia si folda</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>jina ni refu mno</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>faili linatumika</translation>
    </message>
</context>
<context>
    <name>GroupColours</name>
    <message>
        <source>Blue</source>
        <translation>Bluu</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Machungwa</translation>
    </message>
    <message>
        <source>Bluish green</source>
        <translation>Kijani-bluu</translation>
    </message>
    <message>
        <source>Reddish purple</source>
        <translation>Zambarau-nyekundu</translation>
    </message>
    <message>
        <source>Vermillion</source>
        <translation>Nyekundu ya vermilioni</translation>
    </message>
    <message>
        <source>Wine</source>
        <translation>Rangi ya divai</translation>
    </message>
    <message>
        <source>Maroon</source>
        <translation>Hudhurungi-nyekundu</translation>
    </message>
    <message>
        <source>Ultramarine</source>
        <translation>Bluu iliyokolea</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>Bluu ya anga</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Njano</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Nyeusi</translation>
    </message>
</context>
<context>
    <name>GroupComparisonView</name>
    <message>
        <source>Workshop to compare</source>
        <translation>Warsha ya kulinganisha</translation>
    </message>
    <message>
        <source>The workshop whose groups are compared</source>
        <translation>Warsha ambayo vikundi vyake vinalinganishwa</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Warsha</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Warsha isiyo na jina</translation>
    </message>
    <message>
        <source>Add a workshop and its groups to compare what each group proposed.</source>
        <translation>Ongeza warsha na vikundi vyake ili kulinganisha kile kila kikundi kilichopendekeza.</translation>
    </message>
    <message>
        <source>Unnamed group</source>
        <translation>Kikundi kisicho na jina</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Hakuna kikundi</translation>
    </message>
    <message>
        <source>This workshop has no groups yet.</source>
        <translation>Warsha hii bado haina vikundi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals · %1 without a principle</source>
        <translation>
            <numerusform>pendekezo %Ln · %1 bila kanuni</numerusform>
            <numerusform>mapendekezo %Ln · %1 bila kanuni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals</source>
        <translation>
            <numerusform>pendekezo %Ln</numerusform>
            <numerusform>mapendekezo %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposals of %1</source>
        <comment>%1: a group</comment>
        <translation>Mapendekezo ya %1</translation>
    </message>
    <message>
        <source>The proposals %1 made</source>
        <translation>Mapendekezo yaliyotolewa na %1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(bado hakuna)</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Add Group</source>
        <translation>Ongeza Kikundi</translation>
    </message>
    <message>
        <source>Required, e.g. Youth, Women traders, Table 2</source>
        <translation>Inahitajika, k.m. Vijana, Wanawake wafanyabiashara, Meza 2</translation>
    </message>
    <message>
        <source>%1: %2 (used by another group)</source>
        <comment>a colour: its symbol</comment>
        <translation>%1: %2 (inatumiwa na kikundi kingine)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a colour: its symbol</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Rangi:</translation>
    </message>
</context>
<context>
    <name>GroupSymbols</name>
    <message>
        <source>circle</source>
        <translation>duara</translation>
    </message>
    <message>
        <source>star</source>
        <translation>nyota</translation>
    </message>
    <message>
        <source>triangle pointing down</source>
        <translation>pembetatu inayoelekea chini</translation>
    </message>
    <message>
        <source>plus sign</source>
        <translation>alama ya kujumlisha</translation>
    </message>
    <message>
        <source>hexagon</source>
        <translation>pembesita</translation>
    </message>
    <message>
        <source>half disc</source>
        <translation>nusu duara</translation>
    </message>
    <message>
        <source>pentagon</source>
        <translation>pembetano</translation>
    </message>
    <message>
        <source>square</source>
        <translation>mraba</translation>
    </message>
    <message>
        <source>solid line</source>
        <translation>mstari mfululizo</translation>
    </message>
    <message>
        <source>dashed line</source>
        <translation>mstari wa vistari</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translation>mstari wa vitone</translation>
    </message>
    <message>
        <source>dash-dot line</source>
        <translation>mstari wa kistari na kitone</translation>
    </message>
    <message>
        <source>long-dashed line</source>
        <translation>mstari wa vistari virefu</translation>
    </message>
    <message>
        <source>dash-dot-dot line</source>
        <translation>mstari wa kistari na vitone viwili</translation>
    </message>
    <message>
        <source>long dash-dot line</source>
        <translation>mstari wa kistari kirefu na kitone</translation>
    </message>
    <message>
        <source>short-dashed line</source>
        <translation>mstari wa vistari vifupi</translation>
    </message>
    <message>
        <source>plain fill</source>
        <translation>ujazo wa kawaida</translation>
    </message>
    <message>
        <source>hatched /</source>
        <translation>mistari /</translation>
    </message>
    <message>
        <source>hatched \</source>
        <translation>mistari \</translation>
    </message>
    <message>
        <source>crossed hatch</source>
        <translation>mistari inayokingamana</translation>
    </message>
    <message>
        <source>horizontal hatch</source>
        <translation>mistari ya mlalo</translation>
    </message>
    <message>
        <source>diagonal crossed hatch</source>
        <translation>mistari ya mshazari inayokingamana</translation>
    </message>
    <message>
        <source>vertical hatch</source>
        <translation>mistari wima</translation>
    </message>
    <message>
        <source>dotted fill</source>
        <translation>ujazo wa vitone</translation>
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
        <translation>Mwongozo wa Warsha</translation>
    </message>
</context>
<context>
    <name>HandOut</name>
    <message>
        <source>The copy holds the basemap, the settings, criteria and reason tags, the workshops and groups, and the walks, pins, proposals and plan the team continues from, with a laptop identity of its own.</source>
        <translation>Nakala ina ramani ya msingi, mipangilio, vigezo na lebo za sababu, warsha na vikundi, pamoja na matembezi, pini, mapendekezo na mpango ambao timu inaendeleza, na utambulisho wake wa kompyuta.</translation>
    </message>
    <message>
        <source>A USB stick can be lost, so it leaves out every contact, every pin story, audit comment, walk and workshop note, the facilitator&apos;s name, all photos, and who took part, except the participants of the team&apos;s group. They stay here: merging the copy back keeps them, and brings what the team records, without doubles or false conflicts.</source>
        <translation>USB inaweza kupotea, kwa hiyo nakala inaacha kila mawasiliano, kila simulizi ya pini, maoni ya ukaguzi, maelezo ya matembezi na ya warsha, jina la mwezeshaji, picha zote, na nani alishiriki, isipokuwa washiriki wa kikundi cha timu. Hivyo vinabaki hapa: kuunganisha nakala tena kunavibakiza, na kunaleta kile timu inachorekodi, bila marudio wala migongano ya uongo.</translation>
    </message>
    <message>
        <source>The copy will then hold who took part in every group: each person&apos;s code, gender, age band and role (never a contact). Anyone who finds the stick can read them.</source>
        <translation>Hapo nakala itakuwa na nani alishiriki katika kila kikundi: msimbo, jinsia, kundi la umri na jukumu la kila mtu (kamwe si mawasiliano). Yeyote atakayeiokota USB anaweza kuyasoma.</translation>
    </message>
    <message>
        <source>None (no participants)</source>
        <translation>Hakuna (hakuna washiriki)</translation>
    </message>
    <message>
        <source>The field copy was not made</source>
        <translation>Nakala ya uwandani haikuundwa</translation>
    </message>
    <message>
        <source>Field copy ready</source>
        <translation>Nakala ya uwandani iko tayari</translation>
    </message>
    <message>
        <source>Give %1 to %2.</source>
        <translation>Mpe %2 %1.</translation>
    </message>
    <message>
        <source>When they bring it back, merge it with File › Merge Projects…</source>
        <translation>Wakiirudisha, iunganishe kupitia Faili › Unganisha Miradi…</translation>
    </message>
    <message>
        <source>field copy</source>
        <comment>a file name</comment>
        <translation>nakala ya uwandani</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <comment>a workshop › a group</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation>Hakuna warsha</translation>
    </message>
    <message>
        <source>Choose where to save the field copy</source>
        <translation>Chagua mahali pa kuhifadhi nakala ya uwandani</translation>
    </message>
    <message>
        <source>Writing the field copy for %1…</source>
        <translation>Inaandika nakala ya uwandani ya %1…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written</source>
        <translation>Imesitishwa; hakuna kilichoandikwa</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <source>Click a map feature to see what it is</source>
        <translation>Bofya kipengele cha ramani kuona ni nini</translation>
    </message>
    <message>
        <source>No further details recorded for this feature.</source>
        <translation>Hakuna maelezo zaidi yaliyorekodiwa kwa kipengele hiki.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Lebo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Thamani</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>kipengele</translation>
    </message>
    <message>
        <source>Unnamed %1</source>
        <comment>%1 a kind of map feature</comment>
        <translation>%1 bila jina</translation>
    </message>
    <message>
        <source>%1 · layer “%2”</source>
        <translation>%1 · tabaka “%2”</translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message numerus="yes">
        <source>Cleaned %Ln images that held camera data or a camera&apos;s file name (now without metadata, under a neutral name)</source>
        <translation>
            <numerusform>Picha %Ln iliyokuwa na data ya kamera au jina la faili la kamera imesafishwa (sasa bila metadata, kwa jina lisilo na upande)</numerusform>
            <numerusform>Picha %Ln zilizokuwa na data ya kamera au jina la faili la kamera zimesafishwa (sasa bila metadata, kwa jina lisilo na upande)</numerusform>
        </translation>
    </message>
    <message>
        <source>No readable stored image held camera data or a camera&apos;s file name</source>
        <translation>Hakuna picha iliyohifadhiwa inayosomeka iliyokuwa na data ya kamera au jina la faili la kamera</translation>
    </message>
    <message>
        <source>No stored image held camera data or a camera&apos;s file name</source>
        <translation>Hakuna picha iliyohifadhiwa iliyokuwa na data ya kamera au jina la faili la kamera</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln images could not be read and were left as they are</source>
        <comment>%1 is what was cleaned, said just before</comment>
        <translation>
            <numerusform>%1; picha %Ln haikuweza kusomwa na imeachwa kama ilivyo</numerusform>
            <numerusform>%1; picha %Ln hazikuweza kusomwa na zimeachwa kama zilivyo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <comment>%1: layer names</comment>
        <translation>
            <numerusform>%1 na nyingine %Ln</numerusform>
            <numerusform>%1 na nyingine %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no layer %2; its layers are %3</source>
        <translation>%1 halina tabaka %2; matabaka yake ni %3</translation>
    </message>
    <message>
        <source>No layer of %1 was chosen</source>
        <translation>Hakuna tabaka la %1 lililochaguliwa</translation>
    </message>
    <message>
        <source>%1 — points</source>
        <comment>a layer holding the points of the file&apos;s layer %1</comment>
        <translation>%1 — nukta</translation>
    </message>
    <message>
        <source>%1 — lines</source>
        <comment>a layer holding the lines of the file&apos;s layer %1</comment>
        <translation>%1 — mistari</translation>
    </message>
    <message>
        <source>%1 — areas</source>
        <comment>a layer holding the polygons of the file&apos;s layer %1</comment>
        <translation>%1 — maeneo</translation>
    </message>
    <message>
        <source>Layer %1 was not imported: %2</source>
        <translation>Tabaka %1 halikuingizwa: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln features without a shape were left out</source>
        <translation>
            <numerusform>Kipengele %Ln kisicho na umbo kimeachwa</numerusform>
            <numerusform>Vipengele %Ln visivyo na umbo vimeachwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln features with a broken part were mended: a line of one point kept as a point, parts too short to draw left out</source>
        <translation>
            <numerusform>Kipengele %Ln chenye sehemu iliyoharibika kimerekebishwa: mstari wa nukta moja umehifadhiwa kama nukta, sehemu fupi mno kuchorwa zimeachwa</numerusform>
            <numerusform>Vipengele %Ln vyenye sehemu iliyoharibika vimerekebishwa: mstari wa nukta moja umehifadhiwa kama nukta, sehemu fupi mno kuchorwa zimeachwa</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1</source>
        <comment>%1: a file or one of its layers</comment>
        <translation>Inasoma %1</translation>
    </message>
    <message>
        <source>%1 is an OpenStreetMap file: it is imported whole, its points, lines and areas together, so none of its layers can be left out</source>
        <translation>%1 ni faili la OpenStreetMap: huingizwa lote, vituo, mistari na maeneo yake pamoja, kwa hiyo hakuna tabaka lake linaloweza kuachwa</translation>
    </message>
    <message>
        <source>Unknown style class %1; choose one of %2</source>
        <translation>Daraja la mtindo lisilojulikana %1; chagua mojawapo ya %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no shapes to draw: none of its %Ln features has a geometry; export it again with its geometry</source>
        <translation>
            <numerusform>%1 haina maumbo ya kuchora: kipengele chake pekee (%Ln) hakina jiometri; kihamishe tena pamoja na jiometri yake</numerusform>
            <numerusform>%1 haina maumbo ya kuchora: hakuna kati ya vipengele vyake %Ln chenye jiometri; kihamishe tena pamoja na jiometri yake</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no features CoSafe can draw</source>
        <translation>%1 haina vipengele ambavyo CoSafe inaweza kuchora</translation>
    </message>
    <message>
        <source>Writing to the project</source>
        <translation>Inaandika kwenye mradi</translation>
    </message>
    <message>
        <source>%1 is %2 MB; CoSafe takes images of up to %3 MB</source>
        <translation>%1 ni %2 MB; CoSafe hupokea picha za hadi %3 MB</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels (%4 megapixels); CoSafe takes images of up to %5 megapixels</source>
        <translation>%1 ni pikseli %2 × %3 (megapikseli %4); CoSafe hupokea picha za hadi megapikseli %5</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: faili hilo halipo</translation>
    </message>
    <message>
        <source>%1 is not an image CoSafe can read (PNG, JPEG, TIFF, BMP or WebP)</source>
        <translation>%1 si picha ambayo CoSafe inaweza kusoma (PNG, JPEG, TIFF, BMP au WebP)</translation>
    </message>
    <message>
        <source>its .shx file is missing: a shapefile is several files (.shp, .shx, .dbf); copy them together</source>
        <translation>faili lake la .shx halipo: shapefile ni faili kadhaa (.shp, .shx, .dbf); zinakili pamoja</translation>
    </message>
    <message>
        <source>its .dbf file is missing: a shapefile is several files (.shp, .shx, .dbf); copy them together</source>
        <translation>faili lake la .dbf halipo: shapefile ni faili kadhaa (.shp, .shx, .dbf); zinakili pamoja</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete; copy it again from where it came from</source>
        <translation>faili limeharibika au halijakamilika; linakili tena kutoka lilikotoka</translation>
    </message>
    <message>
        <source>CoSafe may not read it (permission denied)</source>
        <translation>CoSafe hairuhusiwi kulisoma (ruhusa imekataliwa)</translation>
    </message>
    <message>
        <source>not a format CoSafe reads</source>
        <translation>si muundo ambao CoSafe husoma</translation>
    </message>
    <message>
        <source>the file is damaged or not a map file</source>
        <translation>faili limeharibika au si faili la ramani</translation>
    </message>
    <message>
        <source>the file is damaged or not an incident file</source>
        <translation>faili limeharibika au si faili la matukio</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (not an SQLite database)</source>
        <translation>%1 si faili la MBTiles (si hifadhidata ya SQLite)</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it has no tiles and metadata tables)</source>
        <translation>%1 si faili la MBTiles (halina majedwali ya tiles na metadata)</translation>
    </message>
    <message>
        <source>%1 holds vector tiles: import it as a vector basemap</source>
        <translation>%1 ina vigae vya vekta: iingize kama ramani ya msingi ya vekta</translation>
    </message>
    <message>
        <source>%1 is refused: its “metadata” is not a table (CoSafe reads no view or virtual table it does not know)</source>
        <translation>%1 imekataliwa: “metadata” yake si jedwali (CoSafe haisomi view wala jedwali pepe isilolijua)</translation>
    </message>
    <message>
        <source>%1 is refused: its “tiles” is a view CoSafe does not know, not a table (a view can run any query, even one that never ends)</source>
        <translation>%1 imekataliwa: “tiles” yake ni view ambayo CoSafe haiijui, si jedwali (view inaweza kuendesha hoja yoyote, hata isiyoisha kamwe)</translation>
    </message>
    <message>
        <source>%1 took too long to read, so it was refused</source>
        <translation>%1 ilichukua muda mrefu mno kusomwa, kwa hiyo imekataliwa</translation>
    </message>
    <message>
        <source>%1 is damaged: its tables cannot be read</source>
        <translation>%1 imeharibika: majedwali yake hayawezi kusomwa</translation>
    </message>
    <message>
        <source>%1 is damaged: its tiles cannot be read</source>
        <translation>%1 imeharibika: vigae vyake haviwezi kusomwa</translation>
    </message>
    <message>
        <source>%1 has no tiles</source>
        <translation>%1 haina vigae</translation>
    </message>
    <message>
        <source>%1 has a tile that is not a PNG, JPEG or WebP image</source>
        <translation>%1 ina kigae ambacho si picha ya PNG, JPEG au WebP</translation>
    </message>
    <message>
        <source>Copying tiles (%1 of %2)</source>
        <translation>Inanakili vigae (%1 kati ya %2)</translation>
    </message>
    <message>
        <source>%1 is not on this computer&apos;s disk; CoSafe reads and writes only local files, never network addresses or GDAL virtual file systems</source>
        <translation>%1 haiko kwenye diski ya kompyuta hii; CoSafe husoma na kuandika faili za ndani tu, kamwe si anwani za mtandao wala mifumo pepe ya faili ya GDAL</translation>
    </message>
    <message>
        <source>OpenStreetMap (.osm, .osm.pbf), GeoJSON (also TopoJSON and GeoJSON sequences), GeoPackage, Shapefile (also zipped), File Geodatabase (.gdb folder, also zipped), KML/KMZ, GPX, GML, FlatGeobuf, MapInfo (.tab, .mif), CSV with longitude/latitude columns</source>
        <translation>OpenStreetMap (.osm, .osm.pbf), GeoJSON (pia TopoJSON na mfuatano wa GeoJSON), GeoPackage, Shapefile (pia iliyobanwa kwa zip), File Geodatabase (folda ya .gdb, pia iliyobanwa kwa zip), KML/KMZ, GPX, GML, FlatGeobuf, MapInfo (.tab, .mif), CSV yenye safu za longitudo/latitudo</translation>
    </message>
    <message>
        <source>%1 cannot be read as an incident file (%2); CoSafe reads %3</source>
        <translation>%1 haiwezi kusomwa kama faili la matukio (%2); CoSafe husoma %3</translation>
    </message>
    <message>
        <source>%1 cannot be read as a map file (%2); CoSafe reads %3</source>
        <translation>%1 haiwezi kusomwa kama faili la ramani (%2); CoSafe husoma %3</translation>
    </message>
    <message>
        <source>%1 is a GDAL pipeline (GDALG), not an incident file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 ni mfuatano wa GDAL (GDALG), si faili la matukio: ingeifanya GDAL isome faili nyingine au anwani za mtandao, kwa hiyo CoSafe haifungui</translation>
    </message>
    <message>
        <source>%1 is a GDAL pipeline (GDALG), not a map file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 ni mfuatano wa GDAL (GDALG), si faili la ramani: ingeifanya GDAL isome faili nyingine au anwani za mtandao, kwa hiyo CoSafe haifungui</translation>
    </message>
    <message>
        <source>%1 is a GDAL virtual layer (VRT), not an incident file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 ni tabaka pepe la GDAL (VRT), si faili la matukio: lingeifanya GDAL isome faili nyingine au anwani za mtandao, kwa hiyo CoSafe haifungui</translation>
    </message>
    <message>
        <source>%1 is a GDAL virtual layer (VRT), not a map file: it would make GDAL read other files or network addresses, so CoSafe does not open it</source>
        <translation>%1 ni tabaka pepe la GDAL (VRT), si faili la ramani: lingeifanya GDAL isome faili nyingine au anwani za mtandao, kwa hiyo CoSafe haifungui</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage without map layers: its tables hold values but no shapes to draw</source>
        <translation>%1 ni GeoPackage isiyo na matabaka ya ramani: majedwali yake yana thamani lakini hayana maumbo ya kuchora</translation>
    </message>
    <message>
        <source>it is an SQLite database but not a GeoPackage</source>
        <translation>ni hifadhidata ya SQLite lakini si GeoPackage</translation>
    </message>
    <message>
        <source>%1 is a MapInfo table that reads other tables (seamless, a view or a link to a database), not one holding its own data: open it in MapInfo or QGIS and save it as a GeoPackage or Shapefile</source>
        <translation>%1 ni jedwali la MapInfo linalosoma majedwali mengine (lililounganishwa, mwonekano au kiungo cha hifadhidata), si jedwali lenye data yake lenyewe: lifungue katika MapInfo au QGIS na ulihifadhi kama GeoPackage au Shapefile</translation>
    </message>
    <message>
        <source>%1 is a MapInfo file without its %2 part beside it: MapInfo keeps a table in several files; copy them all into the same folder</source>
        <translation>%1 ni faili la MapInfo lisilo na sehemu yake ya %2 kando yake: MapInfo huhifadhi jedwali katika mafaili kadhaa; yanakili yote kwenye folda moja</translation>
    </message>
    <message>
        <source>%1 is a spreadsheet workbook (Excel or OpenDocument), not a CSV file: open it in a spreadsheet program, save it as CSV, and import that</source>
        <translation>%1 ni kitabu cha lahajedwali (Excel au OpenDocument), si faili la CSV: lifungue katika programu ya lahajedwali, lihifadhi kama CSV, kisha uingize faili hilo</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not an incident file: download the data file itself, not the page that offers it</source>
        <translation>%1 ni ukurasa wa wavuti (HTML), si faili la matukio: pakua faili la data lenyewe, si ukurasa unaolitoa</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not a map file: download the data file itself, not the page that offers it</source>
        <translation>%1 ni ukurasa wa wavuti (HTML), si faili la ramani: pakua faili la data lenyewe, si ukurasa unaolitoa</translation>
    </message>
    <message>
        <source>%1 has no header line: its first line holds values (such as %2), not column names; add a first line that names the columns</source>
        <translation>%1 haina mstari wa vichwa: mstari wake wa kwanza una thamani (kama %2), si majina ya safu; ongeza mstari wa kwanza unaotaja safu</translation>
    </message>
    <message>
        <source>%1 is a raster GeoPackage (map tiles or an image), not an incident file</source>
        <translation>%1 ni GeoPackage ya picha (vigae vya ramani au picha), si faili la matukio</translation>
    </message>
    <message>
        <source>%1 is a raster GeoPackage (map tiles or an image), not vector layers: import it as a tile basemap (File › Import Basemap, or cosafe import-basemap)</source>
        <translation>%1 ni GeoPackage ya picha (vigae vya ramani au picha), si matabaka ya vekta: iingize kama ramani ya msingi ya vigae (Faili › Ingiza Ramani ya Msingi, au cosafe import-basemap)</translation>
    </message>
    <message>
        <source>%1 is a %2 file of a version or variant CoSafe cannot read; save it again as %2 with current GIS software (e.g. QGIS)</source>
        <translation>%1 ni faili la %2 la toleo au aina ambayo CoSafe haiwezi kusoma; lihifadhi tena kama %2 kwa programu ya GIS ya sasa (k.m. QGIS)</translation>
    </message>
    <message>
        <source>XML whose root is &lt;%1&gt;, not OSM, GPX, KML or GML</source>
        <translation>XML ambayo mzizi wake ni &lt;%1&gt;, si OSM, GPX, KML wala GML</translation>
    </message>
    <message>
        <source>a damaged zip archive</source>
        <translation>jalada la zip lililoharibika</translation>
    </message>
    <message>
        <source>a zip archive with no shapefile, KML or File Geodatabase inside</source>
        <translation>jalada la zip lisilo na shapefile, KML wala File Geodatabase ndani</translation>
    </message>
    <message>
        <source>%1 declares XML entities, which OSM files never do; it was not imported</source>
        <translation>%1 inatangaza XML entities, jambo ambalo faili za OSM kamwe hazifanyi; haikuingizwa</translation>
    </message>
    <message>
        <source>%1 is empty or a folder, not an incident file</source>
        <translation>%1 ni tupu au ni folda, si faili la matukio</translation>
    </message>
    <message>
        <source>%1 is empty or a folder, not a map file</source>
        <translation>%1 ni tupu au ni folda, si faili la ramani</translation>
    </message>
    <message>
        <source>%1 could not be read: making a corrected copy of its features failed (%2)</source>
        <translation>%1 haikuweza kusomwa: kutengeneza nakala iliyosahihishwa ya vipengele vyake kumeshindikana (%2)</translation>
    </message>
    <message>
        <source>%1 declares a coordinate reference system CoSafe cannot understand (its .prj file, or the declaration inside the file, is damaged); correct or remove it, then say which system the file uses (e.g. EPSG:32737)</source>
        <translation>%1 inataja mfumo wa kuratibu ambao CoSafe haiuelewi (faili lake la .prj, au tamko ndani ya faili, limeharibika); lirekebishe au liondoe, kisha taja faili linatumia mfumo upi (k.m. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>two GDAL drivers</comment>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>its content is %1 but GDAL reads it as %2</source>
        <translation>maudhui yake ni %1 lakini GDAL inayasoma kama %2</translation>
    </message>
    <message>
        <source>%1 has no coordinates (no longitude/latitude columns found)</source>
        <translation>%1 haina viratibu (hakuna safu za longitudo/latitudo zilizopatikana)</translation>
    </message>
    <message>
        <source>%1 has no coordinates</source>
        <translation>%1 haina viratibu</translation>
    </message>
    <message>
        <source>%1 has no longitude/latitude columns CoSafe recognises (it looks for names such as longitude, lon, lng, latitude, lat, x, y); rename them, or import the file as recorded incidents, where the columns can be chosen</source>
        <translation>%1 haina safu za longitudo/latitudo ambazo CoSafe inazitambua (inatafuta majina kama longitude, lon, lng, latitude, lat, x, y); zipe majina mapya, au uingize faili kama matukio yaliyorekodiwa, ambapo safu zinaweza kuchaguliwa</translation>
    </message>
    <message>
        <source>%1 has no layer with geometry</source>
        <translation>%1 haina tabaka lenye jiometri</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system; say which one it uses (e.g. EPSG:32737)</source>
        <translation>%1 haina mfumo wa kuratibu; taja inatumia upi (k.m. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an incident file (%2)</source>
        <translation>%1 haiwezi kusomwa kama faili la matukio (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be read as a map file (%2)</source>
        <translation>%1 haiwezi kusomwa kama faili la ramani (%2)</translation>
    </message>
    <message>
        <source>%1: layer %2 has no geometry</source>
        <translation>%1: tabaka %2 halina jiometri</translation>
    </message>
    <message>
        <source>%1: its text cannot be read as %2; choose another encoding (this file declares %3)</source>
        <translation>%1: maandishi yake hayawezi kusomwa kama %2; chagua usimbaji mwingine (faili hili linasema %3)</translation>
    </message>
    <message>
        <source>%1: its text cannot be read as %2; choose another encoding</source>
        <translation>%1: maandishi yake hayawezi kusomwa kama %2; chagua usimbaji mwingine</translation>
    </message>
    <message>
        <source>%1 has shapes CoSafe cannot read; the file is damaged or incomplete</source>
        <translation>%1 ina maumbo ambayo CoSafe haiwezi kusoma; faili limeharibika au halijakamilika</translation>
    </message>
    <message>
        <source>%1: unknown coordinate reference system %2</source>
        <translation>%1: mfumo wa kuratibu usiojulikana %2</translation>
    </message>
    <message>
        <source>%1: its coordinates cannot be converted from the coordinate reference system %2 to longitude/latitude; give the one it really uses (e.g. EPSG:32737)</source>
        <translation>%1: viratibu vyake haviwezi kubadilishwa kutoka mfumo wa kuratibu %2 kuwa longitudo/latitudo; taja ule inaotumia kweli (k.m. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 has coordinates outside longitude −180…180 / latitude −90…90: its coordinate reference system is wrong or missing</source>
        <translation>%1 ina viratibu nje ya longitudo −180…180 / latitudo −90…90: mfumo wake wa kuratibu si sahihi au haupo</translation>
    </message>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Ulaya Magharibi)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>CP437 (DOS, United States)</source>
        <translation>CP437 (DOS, Marekani)</translation>
    </message>
    <message>
        <source>CP850 (DOS, Western Europe)</source>
        <translation>CP850 (DOS, Ulaya Magharibi)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central Europe)</source>
        <translation>Windows-1250 (Ulaya ya Kati)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (Kisiriliki)</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (Kiarabu)</translation>
    </message>
    <message>
        <source>%1 is georeferenced in a coordinate reference system CoSafe cannot convert to map coordinates; save it in another one (e.g. its UTM zone or EPSG:4326) with QGIS</source>
        <translation>%1 ina marejeo ya kijiografia katika mfumo wa kuratibu ambao CoSafe haiwezi kuubadilisha kuwa kuratibu za ramani; ihifadhi katika mfumo mwingine (k.m. kanda yake ya UTM au EPSG:4326) kwa QGIS</translation>
    </message>
    <message>
        <source>%1 lies outside the map CoSafe draws (beyond 85° of latitude)</source>
        <translation>%1 iko nje ya ramani ambayo CoSafe huchora (zaidi ya latitudo 85°)</translation>
    </message>
    <message>
        <source>Making map tiles (%1 of %2)</source>
        <translation>Inatengeneza vigae vya ramani (%1 kati ya %2)</translation>
    </message>
    <message>
        <source>%1 is damaged: part of its image cannot be read</source>
        <translation>%1 imeharibika: sehemu ya picha yake haiwezi kusomwa</translation>
    </message>
    <message>
        <source>%1 has no visible pixels (all of it is nodata or transparent)</source>
        <translation>%1 haina pikseli zinazoonekana (yote haina data au inapitisha mwanga)</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: it is damaged, or not a GeoTIFF, PNG or JPEG</source>
        <translation>%1 haiwezi kusomwa kama picha: imeharibika, au si GeoTIFF, PNG wala JPEG</translation>
    </message>
    <message>
        <source>%1 has no georeferencing: place it on the map by control points instead</source>
        <translation>%1 haina marejeo ya kijiografia: iweke kwenye ramani kwa nukta za udhibiti badala yake</translation>
    </message>
    <message>
        <source>%1 is refused: its tiles %2 are not a plain table (CoSafe reads no view it does not know)</source>
        <translation>%1 imekataliwa: vigae vyake %2 si jedwali la kawaida (CoSafe haisomi mwonekano wowote isioujua)</translation>
    </message>
    <message>
        <source>%1 holds gridded values (such as elevations), not a map picture; CoSafe imports map tiles and images</source>
        <translation>%1 ina thamani za gridi (kama miinuko), si picha ya ramani; CoSafe huingiza vigae vya ramani na picha</translation>
    </message>
    <message>
        <source>%1 has no coordinate reference system for its tiles</source>
        <translation>%1 haina mfumo wa kuratibu kwa vigae vyake</translation>
    </message>
    <message>
        <source>%1 is damaged: its vector tiles cannot be read</source>
        <translation>%1 imeharibika: vigae vyake vya vekta haviwezi kusomwa</translation>
    </message>
    <message>
        <source>%1 lists no layers of vector tiles</source>
        <translation>%1 haiorodheshi tabaka lolote la vigae vya vekta</translation>
    </message>
    <message>
        <source>house numbers are not drawn on CoSafe&apos;s map</source>
        <translation>namba za nyumba hazichorwi kwenye ramani ya CoSafe</translation>
    </message>
</context>
<context>
    <name>ImportOptionsDialog</name>
    <message>
        <source>This file does not say which coordinate system it uses. Type its EPSG code — it may be written in the file&apos;s documentation, or ask whoever made the file (for example EPSG:32737 is UTM zone 37 South).</source>
        <translation>Faili hili halisemi linatumia mfumo gani wa kuratibu. Andika msimbo wake wa EPSG — huenda umeandikwa katika nyaraka za faili, au muulize aliyetengeneza faili (kwa mfano EPSG:32737 ni UTM kanda 37 Kusini).</translation>
    </message>
    <message>
        <source>This file does not say which coordinate system it uses. Its coordinates all lie within longitude −180…180 and latitude −90…90: if they are longitude and latitude, type EPSG:4326; if not, type the EPSG code of the system they use.</source>
        <translation>Faili hili halisemi linatumia mfumo gani wa kuratibu. Viwianishi vyake vyote viko kati ya longitudo −180…180 na latitudo −90…90: ikiwa ni longitudo na latitudo, andika EPSG:4326; la sivyo, andika msimbo wa EPSG wa mfumo vinaotumia.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Vituo</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Mistari</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Maeneo</translation>
    </message>
    <message>
        <source>Import Basemap</source>
        <translation>Ingiza Ramani ya Msingi</translation>
    </message>
    <message>
        <source>map file</source>
        <translation>faili la ramani</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %Ln layers</source>
        <comment>%1: a file, %2: its format</comment>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, tabaka %Ln</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2, matabaka %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>What the layer is called in the Layers panel</source>
        <translation>Jina la tabaka katika paneli ya Matabaka</translation>
    </message>
    <message>
        <source>Layer &amp;name:</source>
        <translation>&amp;Jina la tabaka:</translation>
    </message>
    <message>
        <source>Each layer of the file becomes its own basemap layer, named after this and the source layer.</source>
        <translation>Kila tabaka la faili linakuwa tabaka lake la ramani ya msingi, likipewa jina kutokana na hili na tabaka chanzo.</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Chagua &amp;zote</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>&amp;Ondoa zote</translation>
    </message>
    <message>
        <source>Tick the layers to import, how to draw them and which field names their features:</source>
        <translation>Weka alama kwenye matabaka ya kuingiza, jinsi ya kuyachora na sehemu inayotaja vipengele vyake:</translation>
    </message>
    <message>
        <source>e.g. EPSG:4326</source>
        <translation>k.m. EPSG:4326</translation>
    </message>
    <message>
        <source>The file&apos;s layers: tick those to import; what they hold, how each will be drawn and which field names its features</source>
        <translation>Matabaka ya faili: weka alama kwenye yale ya kuingiza; yaliyomo, jinsi kila moja litakavyochorwa na sehemu inayotaja vipengele vyake</translation>
    </message>
    <message>
        <source>Label field</source>
        <translation>Sehemu ya jina</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Mifano</translation>
    </message>
    <message>
        <source>Draw %1 as</source>
        <translation>Chora %1 kama</translation>
    </message>
    <message>
        <source>How the map draws the source layer %1</source>
        <translation>Jinsi ramani inavyochora tabaka chanzo %1</translation>
    </message>
    <message>
        <source>The file does not say how its text is stored; it reads as %1, so %1 is chosen. Look at the examples; choose another encoding if the names look wrong.</source>
        <translation>Faili halisemi jinsi maandishi yake yalivyohifadhiwa; yanasomeka kama %1, kwa hiyo %1 imechaguliwa. Angalia mifano; chagua usimbaji mwingine majina yakionekana si sahihi.</translation>
    </message>
    <message>
        <source>e.g. EPSG:32737</source>
        <translation>k.m. EPSG:32737</translation>
    </message>
    <message>
        <source>&amp;Coordinate system:</source>
        <translation>&amp;Mfumo wa kuratibu:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Ingiza</translation>
    </message>
    <message>
        <source>Source layers</source>
        <translation>Matabaka chanzo</translation>
    </message>
    <message>
        <source>Source layer</source>
        <translation>Tabaka chanzo</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Jiometri</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Vipengele</translation>
    </message>
    <message>
        <source>Draw as</source>
        <translation>Chora kama</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(hakuna)</translation>
    </message>
    <message>
        <source>Label field of %1</source>
        <translation>Sehemu ya jina ya %1</translation>
    </message>
    <message>
        <source>The field whose value names each feature of %1 on the map</source>
        <translation>Sehemu ambayo thamani yake inataja kila kipengele cha %1 kwenye ramani</translation>
    </message>
    <message>
        <source>As the file declares (%1)</source>
        <translation>Kama faili linavyosema (%1)</translation>
    </message>
    <message>
        <source>As the file declares</source>
        <translation>Kama faili linavyosema</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Usimbaji wa maandishi</translation>
    </message>
    <message>
        <source>How the letters of the file&apos;s attributes are stored; the examples show the names as they will read</source>
        <translation>Jinsi herufi za sifa za faili zilivyohifadhiwa; mifano inaonyesha majina yatakavyosomeka</translation>
    </message>
    <message>
        <source>The file says its text is %1, but it reads as %2, so %2 is chosen. Look at the examples; choose another encoding if the names look wrong.</source>
        <translation>Faili linasema maandishi yake ni %1, lakini yanasomeka kama %2, kwa hiyo %2 imechaguliwa. Angalia mifano; chagua usimbaji mwingine majina yakionekana si sahihi.</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>&amp;Usimbaji wa maandishi:</translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <comment>layers</comment>
        <translation>%1 kati ya %2 yamechaguliwa</translation>
    </message>
    <message>
        <source>“%1” is not a coordinate system CoSafe knows. Type an EPSG code such as EPSG:32737.</source>
        <translation>“%1” si mfumo wa kuratibu unaojulikana na CoSafe. Andika msimbo wa EPSG kama EPSG:32737.</translation>
    </message>
</context>
<context>
    <name>IncidentImportDialog</name>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>Ingiza Matukio Yaliyorekodiwa</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Faili: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Chanzo</translation>
    </message>
    <message>
        <source>Where the records come from; every incident is labelled with it</source>
        <translation>Kumbukumbu zinatoka wapi; kila tukio huwekewa lebo hii</translation>
    </message>
    <message>
        <source>Required, e.g. Police records 2023</source>
        <translation>Inahitajika, k.m. Kumbukumbu za polisi 2023</translation>
    </message>
    <message>
        <source>&amp;Longitude or x</source>
        <translation>&amp;Longitudo au x</translation>
    </message>
    <message>
        <source>L&amp;atitude or y</source>
        <translation>L&amp;atitudo au y</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tarehe</translation>
    </message>
    <message>
        <source>&amp;Time of day</source>
        <translation>&amp;Saa ya siku</translation>
    </message>
    <message>
        <source>Catego&amp;ry</source>
        <translation>A&amp;ina</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Maelezo</translation>
    </message>
    <message>
        <source>The column holding each incident&apos;s longitude (or projected x)</source>
        <translation>Safu yenye longitudo ya kila tukio (au x iliyoprojekitiwa)</translation>
    </message>
    <message>
        <source>The column holding each incident&apos;s latitude (or projected y)</source>
        <translation>Safu yenye latitudo ya kila tukio (au y iliyoprojekitiwa)</translation>
    </message>
    <message>
        <source>The column holding the date each incident happened</source>
        <translation>Safu yenye tarehe kila tukio lilipotokea</translation>
    </message>
    <message>
        <source>The column holding the time of day, when the date has none</source>
        <translation>Safu yenye saa ya siku, tarehe isipokuwa nayo</translation>
    </message>
    <message>
        <source>The column holding the kind of incident (robbery, assault…)</source>
        <translation>Safu yenye aina ya tukio (wizi, shambulio…)</translation>
    </message>
    <message>
        <source>A column describing each incident, kept with it (shown when you identify it; left out of public exports)</source>
        <translation>Safu inayoeleza kila tukio; huhifadhiwa pamoja nalo (huonyeshwa unapolitambua; haimo katika uhamishaji wa umma)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Chanzo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(hakuna)</translation>
    </message>
    <message>
        <source>Coordinate system</source>
        <translation>Mfumo wa kuratibu</translation>
    </message>
    <message>
        <source>Only for projected x/y columns, e.g. EPSG:32737 or EPSG:2272</source>
        <translation>Kwa safu za x/y zilizoprojekitiwa tu, k.m. EPSG:32737 au EPSG:2272</translation>
    </message>
    <message>
        <source>e.g. EPSG:32737</source>
        <translation>k.m. EPSG:32737</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Muundo wa tarehe</translation>
    </message>
    <message>
        <source>How the dates are written; detected from the column</source>
        <translation>Jinsi tarehe zilivyoandikwa; hugunduliwa kutoka kwenye safu</translation>
    </message>
    <message>
        <source>&amp;Coordinate system</source>
        <translation>Mf&amp;umo wa kuratibu</translation>
    </message>
    <message>
        <source>Date f&amp;ormat</source>
        <translation>Muu&amp;ndo wa tarehe</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Safu za kwanza za faili</translation>
    </message>
    <message>
        <source>The first rows of the file, as they are written in it</source>
        <translation>Safu za kwanza za faili, kama zilivyoandikwa ndani yake</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Ingiza</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>imechaguliwa</translation>
    </message>
    <message>
        <source>guessed: %1</source>
        <translation>imekisiwa: %1</translation>
    </message>
    <message>
        <source>none needed: the dates carry the time</source>
        <translation>haihitajiki: tarehe zina saa</translation>
    </message>
    <message>
        <source>no column found</source>
        <translation>hakuna safu iliyopatikana</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a control&apos;s tip (why its value)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose day/month or month/day…</source>
        <translation>Chagua siku/mwezi au mwezi/siku…</translation>
    </message>
    <message>
        <source>Dates such as %1 could be day/month or month/day: choose which</source>
        <translation>Tarehe kama %1 zinaweza kuwa siku/mwezi au mwezi/siku: chagua ipi</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Imegunduliwa: %1</translation>
    </message>
    <message>
        <source>Detect from the column</source>
        <translation>Gundua kutoka kwenye safu</translation>
    </message>
    <message>
        <source>detected from the column&apos;s values</source>
        <translation>imegunduliwa kutoka kwa thamani za safu</translation>
    </message>
    <message>
        <source>no date column</source>
        <translation>hakuna safu ya tarehe</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>hakuna uliogunduliwa</translation>
    </message>
    <message>
        <source>chosen; it wins over what the columns look like</source>
        <translation>umechaguliwa; unashinda jinsi safu zinavyoonekana</translation>
    </message>
    <message>
        <source>none needed: the coordinates are longitude and latitude</source>
        <translation>haihitajiki: viwianishi ni longitudo na latitudo</translation>
    </message>
    <message>
        <source>needed: these x/y are not degrees; write their system</source>
        <translation>inahitajika: x/y hizi si nyuzi; andika mfumo wake</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln rows of the file read:</source>
        <translation>
            <numerusform>Safu %Ln ya faili imesomwa:</numerusform>
            <numerusform>Safu zote %Ln za faili zimesomwa:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln rows read (the import counts the whole file):</source>
        <translation>
            <numerusform>Safu %Ln ya kwanza imesomwa (uingizaji huhesabu faili lote):</numerusform>
            <numerusform>Safu %Ln za kwanza zimesomwa (uingizaji huhesabu faili lote):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln will be imported</source>
        <translation>
            <numerusform>%Ln itaingizwa</numerusform>
            <numerusform>%Ln zitaingizwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped without a usable location (lines %1)</source>
        <translation>
            <numerusform>%Ln imerukwa bila mahali panapotumika (mstari %1)</numerusform>
            <numerusform>%Ln zimerukwa bila mahali panapotumika (mistari %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept without a date (theirs could not be read)</source>
        <translation>
            <numerusform>%Ln imehifadhiwa bila tarehe (yake haikuweza kusomwa)</numerusform>
            <numerusform>%Ln zimehifadhiwa bila tarehe (zao hazikuweza kusomwa)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with a time of day</source>
        <translation>
            <numerusform>%Ln ina saa ya siku</numerusform>
            <numerusform>%Ln zina saa ya siku</numerusform>
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
        <translation>Inasoma faili…</translation>
    </message>
    <message numerus="yes">
        <source>Storing %Ln recorded incidents…</source>
        <translation>
            <numerusform>Inahifadhi tukio %Ln lililorekodiwa…</numerusform>
            <numerusform>Inahifadhi matukio %Ln yaliyorekodiwa…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln recorded incidents from %1</source>
        <translation>
            <numerusform>Ingiza tukio %Ln lililorekodiwa kutoka %1</numerusform>
            <numerusform>Ingiza matukio %Ln yaliyorekodiwa kutoka %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents stored</source>
        <translation>
            <numerusform>Tukio %Ln lililorekodiwa limehifadhiwa</numerusform>
            <numerusform>Matukio %Ln yaliyorekodiwa yamehifadhiwa</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing recorded incidents from %1…</source>
        <translation>Inaingiza matukio yaliyorekodiwa kutoka %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln recorded incidents (“%1”), shown apart from perceptions</source>
        <translation>
            <numerusform>Tukio %Ln lililorekodiwa limeingizwa (“%1”), linaonyeshwa mbali na mitazamo</numerusform>
            <numerusform>Matukio %Ln yaliyorekodiwa yameingizwa (“%1”), yanaonyeshwa mbali na mitazamo</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>Ingiza Matukio Yaliyorekodiwa</translation>
    </message>
</context>
<context>
    <name>IncidentOptionsDialog</name>
    <message>
        <source>Import Recorded Incidents</source>
        <translation>Ingiza Matukio Yaliyorekodiwa</translation>
    </message>
    <message>
        <source>Required, e.g. Police records 2023</source>
        <translation>Inahitajika, k.m. Kumbukumbu za polisi 2023</translation>
    </message>
    <message>
        <source>Only for x/y columns, e.g. EPSG:32737</source>
        <translation>Kwa safu za x/y tu, k.m. EPSG:32737</translation>
    </message>
    <message>
        <source>Found by name (category, type, offence…) when blank</source>
        <translation>Hupatikana kwa jina (category, type, offence…) ikiachwa wazi</translation>
    </message>
    <message>
        <source>Found by name (date, occurred_on…) when blank</source>
        <translation>Hupatikana kwa jina (date, occurred_on…) ikiachwa wazi</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Chanzo</translation>
    </message>
    <message>
        <source>&amp;CRS</source>
        <translation>C&amp;RS</translation>
    </message>
    <message>
        <source>Ca&amp;tegory column</source>
        <translation>Safu ya &amp;aina</translation>
    </message>
    <message>
        <source>&amp;Date column</source>
        <translation>Safu ya &amp;tarehe</translation>
    </message>
</context>
<context>
    <name>IncidentTimesView</name>
    <message>
        <source>Recorded incidents by time of day (imported data, not perceptions)</source>
        <translation>Matukio yaliyorekodiwa kwa wakati wa siku (data iliyoingizwa, si mitazamo)</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Wakati wa siku</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Saa</translation>
    </message>
    <message>
        <source>Recorded incidents</source>
        <translation>Matukio yaliyorekodiwa</translation>
    </message>
    <message>
        <source>People&apos;s mean safety score (0–5)</source>
        <translation>Wastani wa alama ya usalama ya watu (0–5)</translation>
    </message>
    <message>
        <source>Pins marked unsafe</source>
        <translation>Pini zilizowekwa si salama</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>clock hours, from–to</comment>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>Time unknown: %Ln recorded incidents have no time of day in their data; they are counted here, not put in a band.</source>
        <translation>
            <numerusform>Saa haijulikani: tukio %Ln lililorekodiwa halina saa ya siku katika data yake; linahesabiwa hapa, halitiwi katika kipindi.</numerusform>
            <numerusform>Saa haijulikani: matukio %Ln yaliyorekodiwa hayana saa ya siku katika data yao; yanahesabiwa hapa, hayatiwi katika kipindi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every recorded incident here has its time of day.</source>
        <translation>Kila tukio lililorekodiwa hapa lina saa yake ya siku.</translation>
    </message>
    <message>
        <source>Incidents are put in a band by their recorded clock time; walks and pins by what was recorded for them.</source>
        <translation>Matukio hutiwa katika kipindi kwa saa yao iliyorekodiwa; matembezi na pini kwa kile kilichorekodiwa kwao.</translation>
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
        <translation>%1 ina safu za x/y lakini haina mfumo wa kuratibu; taja inatumia upi (k.m. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 holds no incidents</source>
        <translation>%1 haina matukio</translation>
    </message>
    <message>
        <source>%1 has no dates: column %2 is empty</source>
        <translation>%1 haina tarehe: safu wima %2 ni tupu</translation>
    </message>
    <message>
        <source>%1: column %2 mixes day/month and month/day dates; write them as 2024-03-14</source>
        <translation>%1: safu wima %2 inachanganya tarehe za siku/mwezi na mwezi/siku; ziandike kama 2024-03-14</translation>
    </message>
    <message numerus="yes">
        <source>its date column %1 is blank in every row, so all %Ln incidents were kept without a date</source>
        <translation>
            <numerusform>safu yake ya tarehe %1 iko tupu katika kila safu, kwa hiyo tukio lake %Ln limehifadhiwa bila tarehe</numerusform>
            <numerusform>safu yake ya tarehe %1 iko tupu katika kila safu, kwa hiyo matukio yake yote %Ln yamehifadhiwa bila tarehe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the file has no date column, so all %Ln incidents were kept without a date</source>
        <translation>
            <numerusform>faili halina safu ya tarehe, kwa hiyo tukio lake %Ln limehifadhiwa bila tarehe</numerusform>
            <numerusform>faili halina safu ya tarehe, kwa hiyo matukio yake yote %Ln yamehifadhiwa bila tarehe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %Ln rows without a location (lines %1)</source>
        <translation>
            <numerusform>safu %Ln isiyo na mahali imerukwa (mstari %1)</numerusform>
            <numerusform>safu %Ln zisizo na mahali zimerukwa (mistari %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>kept %Ln rows without a date because theirs could not be read</source>
        <translation>
            <numerusform>safu %Ln imehifadhiwa bila tarehe kwa sababu tarehe yake haikusomeka</numerusform>
            <numerusform>safu %Ln zimehifadhiwa bila tarehe kwa sababu tarehe zake hazikusomeka</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <comment>a summary and what was left out of it</comment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1: no row has a usable location</source>
        <translation>%1: hakuna safu yenye mahali panapotumika</translation>
    </message>
    <message>
        <source>%1 has no column %2 (its columns: %3)</source>
        <translation>%1 haina safu wima %2 (safu wima zake: %3)</translation>
    </message>
    <message>
        <source>%1 has no coordinates: no longitude/latitude or x/y columns found; name the columns that hold them</source>
        <translation>%1 haina kuratibu: hakuna safu za longitudo/latitudo wala x/y zilizopatikana; taja safu zenye kuratibu hizo</translation>
    </message>
    <message>
        <source>%1: no row has a usable location: the values of %2 and %3 (such as %4, %5) lie outside longitude/latitude&apos;s range; if they are projected x/y, say which coordinate reference system they use (e.g. EPSG:32737)</source>
        <translation>%1: hakuna safu yenye mahali panapotumika: thamani za %2 na %3 (kama %4, %5) ziko nje ya kiwango cha longitudo/latitudo; ikiwa ni x/y zilizoprojektiwa, taja zinatumia mfumo upi wa kuratibu (k.m. EPSG:32737)</translation>
    </message>
    <message>
        <source>%1 cannot be read as a table of incidents</source>
        <translation>%1 haiwezi kusomwa kama jedwali la matukio</translation>
    </message>
    <message>
        <source>%1: unknown coordinate reference system %2 (write it as EPSG:32737, for example)</source>
        <translation>%1: mfumo wa marejeleo ya kuratibu usiojulikana %2 (uandike kama EPSG:32737, kwa mfano)</translation>
    </message>
    <message>
        <source>%1: dates such as %2 in column %3 could be day/month or month/day; choose the date format (e.g. %4)</source>
        <translation>%1: tarehe kama %2 katika safu %3 zinaweza kuwa siku/mwezi au mwezi/siku; chagua muundo wa tarehe (k.m. %4)</translation>
    </message>
    <message>
        <source>%1: column %2 holds no date CoSafe can read (such as %3); choose the date format</source>
        <translation>%1: safu %2 haina tarehe ambayo CoSafe inaweza kusoma (kama %3); chagua muundo wa tarehe</translation>
    </message>
    <message>
        <source>%1 has no column %2 (it has no columns)</source>
        <translation>%1 haina safu wima %2 (haina safu wima yoyote)</translation>
    </message>
    <message>
        <source>%1 has no layer %2 (its layers: %3)</source>
        <translation>%1 haina tabaka %2 (matabaka yake: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln layers (%2); say which one holds the incidents</source>
        <translation>
            <numerusform>%1 ina tabaka %Ln (%2); taja lipi lina matukio</numerusform>
            <numerusform>%1 ina matabaka %Ln (%2); taja lipi lina matukio</numerusform>
        </translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>imechaguliwa</translation>
    </message>
    <message>
        <source>named like one</source>
        <translation>kwa jina lake</translation>
    </message>
    <message>
        <source>its values are degrees</source>
        <translation>thamani zake ni nyuzi</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>hakuna iliyochaguliwa</translation>
    </message>
    <message>
        <source>year-month-day (2024-03-14)</source>
        <translation>mwaka-mwezi-siku (2024-03-14)</translation>
    </message>
    <message>
        <source>month only (2022-12), stored as the month&apos;s first day</source>
        <translation>mwezi tu (2022-12), huhifadhiwa kama siku ya kwanza ya mwezi</translation>
    </message>
    <message>
        <source>day.month.year (14.03.2024)</source>
        <translation>siku.mwezi.mwaka (14.03.2024)</translation>
    </message>
    <message>
        <source>day/month/year (14/03/2024)</source>
        <translation>siku/mwezi/mwaka (14/03/2024)</translation>
    </message>
    <message>
        <source>month/day/year (03/14/2024)</source>
        <translation>mwezi/siku/mwaka (03/14/2024)</translation>
    </message>
    <message>
        <source>weekday month day time year (Thu Apr 01 15:30:00 UTC 2010)</source>
        <translation>siku ya wiki, mwezi, siku, saa, mwaka (Thu Apr 01 15:30:00 UTC 2010)</translation>
    </message>
    <message>
        <source>written month (14 March 2024)</source>
        <translation>mwezi kwa maneno (14 March 2024)</translation>
    </message>
    <message>
        <source>the chosen format %1</source>
        <translation>muundo uliochaguliwa %1</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>%1
Cancelling…</source>
        <translation>%1
Inasitisha…</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Lugha</translation>
    </message>
    <message>
        <source>Use CoSafe in %1 (from its next start)</source>
        <translation>Tumia CoSafe kwa %1 (kuanzia itakapoanza tena)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>CoSafe will speak %1 the next time it starts. Every change to the project is already saved. Restart now?</source>
        <translation>CoSafe itatumia %1 itakapoanza tena. Kila badiliko la mradi tayari limehifadhiwa. Anzisha upya sasa?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Anzisha Upya Sasa</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>CoSafe does not speak “%1”; choose one of: %2</source>
        <translation>CoSafe haitumii lugha “%1”; chagua mojawapo ya: %2</translation>
    </message>
</context>
<context>
    <name>Layers</name>
    <message>
        <source>Show layer “%1”</source>
        <translation>Onyesha tabaka “%1”</translation>
    </message>
    <message>
        <source>Hide layer “%1”</source>
        <translation>Ficha tabaka “%1”</translation>
    </message>
    <message>
        <source>Rename layer “%1” to “%2”</source>
        <translation>Badilisha jina la tabaka “%1” kuwa “%2”</translation>
    </message>
    <message>
        <source>Set opacity of “%1” to %2%</source>
        <translation>Weka uangavu wa “%1” kuwa %2%</translation>
    </message>
    <message>
        <source>Remove layer “%1”</source>
        <translation>Ondoa tabaka “%1”</translation>
    </message>
    <message>
        <source>Move layer “%1” up</source>
        <translation>Sogeza tabaka “%1” juu</translation>
    </message>
    <message>
        <source>Move layer “%1” down</source>
        <translation>Sogeza tabaka “%1” chini</translation>
    </message>
    <message>
        <source>Vector</source>
        <translation>Vekta</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Vigae</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Picha</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tiles</source>
        <translation>
            <numerusform>kigae %Ln</numerusform>
            <numerusform>vigae %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayersExportDialog</name>
    <message>
        <source>Export Layers</source>
        <translation>Hamisha Matabaka</translation>
    </message>
    <message>
        <source>&amp;GeoPackage (one file, opens in QGIS)</source>
        <translation>&amp;GeoPackage (faili moja, hufunguka katika QGIS)</translation>
    </message>
    <message>
        <source>Geo&amp;JSON (a file per layer, tables as CSV)</source>
        <translation>Geo&amp;JSON (faili moja kwa kila tabaka, majedwali kama CSV)</translation>
    </message>
    <message>
        <source>&amp;Public version</source>
        <translation>&amp;Toleo la umma</translation>
    </message>
    <message>
        <source>Public: perception pins are moved to the centre of a %1 m grid square and stories, comments and notes are emptied, so the files can be shared openly.</source>
        <translation>Umma: pini za mtazamo zinahamishwa hadi katikati ya mraba wa gridi ya %1 m na simulizi, maoni na maelezo yanaondolewa, ili faili ziweze kushirikiwa wazi.</translation>
    </message>
    <message>
        <source>Untick for the project team: pins at their places, with their stories. Contacts are never exported.</source>
        <translation>Ondoa alama kwa ajili ya timu ya mradi: pini mahali pake halisi, pamoja na simulizi zake. Mawasiliano kamwe hayahamishwi.</translation>
    </message>
    <message>
        <source>Choose a folder for the files</source>
        <translation>Chagua folda ya faili</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Vinjari…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Muundo</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Folda</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Hamisha</translation>
    </message>
    <message>
        <source>Export Layers to Folder</source>
        <translation>Hamisha Matabaka kwenye Folda</translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message>
        <source>Basemap layers</source>
        <translation>Matabaka ya ramani ya msingi</translation>
    </message>
    <message>
        <source>The map&apos;s layers, top to bottom; tick to show, drag to reorder</source>
        <translation>Matabaka ya ramani, kutoka juu hadi chini; weka alama kuonyesha, buruta kupanga upya</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Tabaka</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Vipengele</translation>
    </message>
    <message>
        <source>No basemap yet. Import a street map (OpenStreetMap, GeoJSON, Shapefile…), MBTiles, or a photo of a paper map.</source>
        <translation>Bado hakuna ramani ya msingi. Ingiza ramani ya mitaa (OpenStreetMap, GeoJSON, Shapefile…), MBTiles, au picha ya ramani ya karatasi.</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Uangavu</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Sogeza Juu</translation>
    </message>
    <message>
        <source>Move Up: draw the selected layer above the one over it</source>
        <translation>Sogeza Juu: chora tabaka lililochaguliwa juu ya lile lililo juu yake</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Sogeza Chini</translation>
    </message>
    <message>
        <source>Move Down: draw the selected layer below the one under it</source>
        <translation>Sogeza Chini: chora tabaka lililochaguliwa chini ya lile lililo chini yake</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <source>Remove the selected layer (Undo brings it back)</source>
        <translation>Ondoa tabaka lililochaguliwa (Kutendua kunalirudisha)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Ingiza…</translation>
    </message>
    <message>
        <source>Import a map file, MBTiles or a photo of a paper map (Ctrl+I)</source>
        <translation>Ingiza faili la ramani, MBTiles au picha ya ramani ya karatasi (Ctrl+I)</translation>
    </message>
    <message>
        <source>%1
from %2</source>
        <comment>a layer&apos;s name and the file it came from</comment>
        <translation>%1
kutoka %2</translation>
    </message>
    <message>
        <source>Zoom to Layer</source>
        <translation>Kuza hadi Tabaka</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>opacity</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Ondoa tabaka</translation>
    </message>
    <message>
        <source>Remove “%1” from the project? Undo (Ctrl+Z) brings it back until the project is closed.</source>
        <translation>Ondoa “%1” kwenye mradi? Tendua (Ctrl+Z) kunalirudisha hadi mradi utakapofungwa.</translation>
    </message>
</context>
<context>
    <name>LinkedPlacesField</name>
    <message>
        <source>Linked places</source>
        <translation>Maeneo yaliyounganishwa</translation>
    </message>
    <message>
        <source>The proposals, pins and audit points this action answers; Delete removes the selected ones</source>
        <translation>Mapendekezo, pini na vituo vya ukaguzi ambavyo hatua hii inavijibu; Delete huondoa vilivyochaguliwa</translation>
    </message>
    <message>
        <source>Pick on &amp;Map</source>
        <translation>Chagua kwenye &amp;Ramani</translation>
    </message>
    <message>
        <source>Then click proposals, audit points or pins on the map to link them</source>
        <translation>Kisha bofya mapendekezo, vituo vya ukaguzi au pini kwenye ramani ili kuviunganisha</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ondoa</translation>
    </message>
    <message>
        <source>No places linked yet: press Pick on Map and click proposals, audit points or pins.</source>
        <translation>Bado hakuna maeneo yaliyounganishwa: bonyeza Chagua kwenye Ramani na ubofye mapendekezo, vituo vya ukaguzi au pini.</translation>
    </message>
    <message>
        <source>Pick on Map adds more; select a place and press Remove to unlink it.</source>
        <translation>Chagua kwenye Ramani huongeza zaidi; chagua eneo na ubonyeze Ondoa kulitenganisha.</translation>
    </message>
    <message>
        <source>That place is linked already</source>
        <translation>Eneo hilo tayari limeunganishwa</translation>
    </message>
    <message>
        <source>Linked %1</source>
        <comment>%1: a place, e.g. Proposal: Lights on Soko St</comment>
        <translation>Imeunganishwa %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Project Overview</source>
        <translation>Muhtasari wa Mradi</translation>
    </message>
    <message>
        <source>Project opened</source>
        <translation>Mradi umefunguliwa</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Historia ya kutendua</translation>
    </message>
    <message>
        <source>Every change since the project was opened; click one to go back to it</source>
        <translation>Kila badiliko tangu mradi ulipofunguliwa; bofya moja kurudi kwake</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historia ya Kutendua</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Tambua</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Hakuna miradi ya hivi karibuni</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Futa Orodha</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Kuhusu %1</translation>
    </message>
    <message>
        <source>How CoSafe saves</source>
        <translation>Jinsi CoSafe inavyohifadhi</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Basemap point features</source>
        <translation>Vipengele vya nukta vya ramani ya msingi</translation>
    </message>
    <message>
        <source>Basemap line features</source>
        <translation>Vipengele vya mistari vya ramani ya msingi</translation>
    </message>
    <message>
        <source>Basemap polygon features</source>
        <translation>Vipengele vya poligoni vya ramani ya msingi</translation>
    </message>
    <message>
        <source>Polygon proposals</source>
        <translation>Mapendekezo ya maeneo</translation>
    </message>
    <message>
        <source>Line proposals</source>
        <translation>Mapendekezo ya mistari</translation>
    </message>
    <message>
        <source>Point proposals</source>
        <translation>Mapendekezo ya nukta</translation>
    </message>
    <message>
        <source>Basemap: project data</source>
        <translation>Ramani ya msingi: data ya mradi</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Hakuna mradi uliofunguliwa</translation>
    </message>
    <message>
        <source>No basemap yet</source>
        <translation>Bado hakuna ramani ya msingi</translation>
    </message>
    <message>
        <source>Image size must be 1 to %1 pixels a side, not %2x%3</source>
        <translation>Ukubwa wa picha lazima uwe pikseli 1 hadi %1 kila upande, si %2x%3</translation>
    </message>
    <message>
        <source>DPI must be between 10 and 2400, not %1</source>
        <translation>DPI lazima iwe kati ya 10 na 2400, si %1</translation>
    </message>
    <message>
        <source>Nothing to draw: the project has no visible basemap layer and nothing to show in the chosen overlays</source>
        <translation>Hakuna cha kuchora: mradi hauna tabaka la ramani ya msingi linaloonekana wala chochote cha kuonyesha katika matabaka ya juu yaliyochaguliwa</translation>
    </message>
    <message>
        <source>Nothing to draw: the project has no visible basemap layer</source>
        <translation>Hakuna cha kuchora: mradi hauna tabaka la ramani ya msingi linaloonekana</translation>
    </message>
    <message>
        <source>Unknown map overlay %1; choose from %2</source>
        <translation>Tabaka la juu la ramani lisilojulikana %1; chagua kutoka %2</translation>
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
        <translation>K</translation>
    </message>
</context>
<context>
    <name>MapAwayNote</name>
    <message>
        <source>The map is on the presentation screen.
Press F5 or Escape to bring it back here.</source>
        <translation>Ramani iko kwenye skrini ya uwasilishaji.
Bonyeza F5 au Escape kuirudisha hapa.</translation>
    </message>
    <message>
        <source>End Presentation</source>
        <translation>Maliza Uwasilishaji</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>What Is &amp;Here?</source>
        <translation>Hapa &amp;Kuna Nini?</translation>
    </message>
</context>
<context>
    <name>MapExportDialog</name>
    <message>
        <source>Export Map Image</source>
        <translation>Hamisha Picha ya Ramani</translation>
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
        <translation>&amp;Mwonekano wa sasa</translation>
    </message>
    <message>
        <source>&amp;Whole project</source>
        <translation>Mradi &amp;wote</translation>
    </message>
    <message>
        <source>Choose where to save the image</source>
        <translation>Chagua mahali pa kuhifadhi picha</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Vinjari…</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Upana:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Kimo:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>U&amp;bora:</translation>
    </message>
    <message>
        <source>Extent:</source>
        <translation>Upeo:</translation>
    </message>
    <message>
        <source>Draw:</source>
        <translation>Chora:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Faili:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Hamisha</translation>
    </message>
    <message>
        <source>The heat map as the Perception Map panel sets it: source and radius</source>
        <translation>Ramani ya msongamano kama paneli ya Ramani ya Mitazamo inavyoiweka: chanzo na kipenyo</translation>
    </message>
    <message>
        <source>Blur pin locations for &amp;public sharing, to a grid of</source>
        <translation>Fifisha mahali pa pini kwa ajili ya kushiriki na umma, hadi &amp;gridi ya</translation>
    </message>
    <message>
        <source>Each pin (and the heat made from pins) is drawn at the centre of its grid square, so no one&apos;s exact spot can be read from the map</source>
        <translation>Kila pini (na msongamano unaotokana na pini) inachorwa katikati ya mraba wake wa gridi, ili mahali halisi pa mtu yeyote pasisomeke kwenye ramani</translation>
    </message>
    <message>
        <source> m</source>
        <comment>after a number of metres</comment>
        <translation> m</translation>
    </message>
    <message>
        <source>Blur grid size</source>
        <translation>Ukubwa wa gridi ya kufifisha</translation>
    </message>
    <message>
        <source>The side of the grid squares pins are blurred to, in metres</source>
        <translation>Upande wa miraba ya gridi ambayo pini zinafifishwa hadi, kwa mita</translation>
    </message>
    <message>
        <source>Prints %1 × %2 cm at this resolution</source>
        <translation>Huchapisha %1 × %2 sm kwa ubora huu</translation>
    </message>
    <message>
        <source>map</source>
        <comment>a file name</comment>
        <translation>ramani</translation>
    </message>
    <message>
        <source>PNG images (%1)</source>
        <translation>Picha za PNG (%1)</translation>
    </message>
    <message>
        <source>Map not exported</source>
        <translation>Ramani haikuhamishwa</translation>
    </message>
    <message>
        <source>%1 could not be written (check that the folder exists and that you may write to it)</source>
        <translation>%1 haikuweza kuandikwa (hakikisha folda ipo na una ruhusa ya kuandika ndani yake)</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Toolbar: Open, Export, Undo, Zoom</source>
        <translation>Upau wa zana: Fungua, Hamisha, Tendua, Kuza</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a command and its key</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Tendua</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rudia</translation>
    </message>
    <message>
        <source>&amp;High-Contrast Map</source>
        <translation>Ramani ya Utofautishaji &amp;Mkubwa</translation>
    </message>
    <message>
        <source>Black ink on white for bright rooms and weak projectors: only the groups are in colour</source>
        <translation>Wino mweusi juu ya weupe kwa vyumba vyenye mwanga mwingi na projekta hafifu: vikundi pekee ndivyo vyenye rangi</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Skrini Nzima</translation>
    </message>
    <message>
        <source>The window fills the screen</source>
        <translation>Dirisha linajaza skrini</translation>
    </message>
    <message>
        <source>Presentation &amp;Mode</source>
        <translation>&amp;Hali ya Uwasilishaji</translation>
    </message>
    <message>
        <source>The map for the room: full screen on the projector, large text, only the tools the room uses</source>
        <translation>Ramani kwa ajili ya chumba: skrini nzima kwenye projekta, maandishi makubwa, zana zinazotumiwa na chumba pekee</translation>
    </message>
    <message>
        <source>Leave Full Screen or Presentation</source>
        <translation>Toka kwenye Skrini Nzima au Uwasilishaji</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a text size</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Miradi ya &amp;Hivi Karibuni</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>Mradi &amp;Mpya…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Unda faili tupu la mradi</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Fungua Mradi…</translation>
    </message>
    <message>
        <source>Open a CoSafe project file</source>
        <translation>Fungua faili la mradi wa CoSafe</translation>
    </message>
    <message>
        <source>Open &amp;Sample Project</source>
        <translation>Fungua Mradi wa &amp;Mfano</translation>
    </message>
    <message>
        <source>Open a fresh copy of the sample project to explore CoSafe</source>
        <translation>Fungua nakala mpya ya mradi wa mfano ili kuchunguza CoSafe</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Hifadhi &amp;Kama…</translation>
    </message>
    <message>
        <source>Write a copy of the project to another file and continue there</source>
        <translation>Andika nakala ya mradi kwenye faili jingine na uendelee huko</translation>
    </message>
    <message>
        <source>Remove &amp;Traces of Deleted Records…</source>
        <translation>Ondoa &amp;Athari za Rekodi Zilizofutwa…</translation>
    </message>
    <message>
        <source>Rewrite the project file so nothing deleted records held can be recovered</source>
        <translation>Andika upya faili la mradi ili chochote kilichokuwa kwenye rekodi zilizofutwa kisiweze kurejeshwa</translation>
    </message>
    <message>
        <source>E&amp;xport Map Image…</source>
        <translation>Hamisha &amp;Picha ya Ramani…</translation>
    </message>
    <message>
        <source>Save the map as a PNG image for slides, posters and reports</source>
        <translation>Hifadhi ramani kama picha ya PNG kwa slaidi, mabango na ripoti</translation>
    </message>
    <message>
        <source>Zoom to &amp;Project</source>
        <translation>Kuza hadi &amp;Mradi</translation>
    </message>
    <message>
        <source>Show the workshop area: the proposals, pins, walks and the project area set</source>
        <translation>Onyesha eneo la warsha: mapendekezo, pini, matembezi na eneo la mradi lililowekwa</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>F&amp;unga Mradi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ondoka</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Tendua</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rudia</translation>
    </message>
    <message>
        <source>Project &amp;Properties…</source>
        <translation>&amp;Sifa za Mradi…</translation>
    </message>
    <message>
        <source>Name, place, description, privacy threshold, currency and report language</source>
        <translation>Jina, mahali, maelezo, kiwango cha faragha, sarafu na lugha ya ripoti</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Rejesha Mpangilio</translation>
    </message>
    <message>
        <source>Put the panels back where they started</source>
        <translation>Rudisha paneli zilipokuwa mwanzoni</translation>
    </message>
    <message>
        <source>Ne&amp;xt Panel</source>
        <translation>Paneli &amp;Inayofuata</translation>
    </message>
    <message>
        <source>Move the keyboard to the next panel: the map, the workshop bar, each open panel</source>
        <translation>Hamisha kibodi kwenye paneli inayofuata: ramani, upau wa warsha, kila paneli iliyo wazi</translation>
    </message>
    <message>
        <source>Previous Panel</source>
        <translation>Paneli Iliyotangulia</translation>
    </message>
    <message>
        <source>Move the keyboard to the panel before</source>
        <translation>Hamisha kibodi kwenye paneli iliyotangulia</translation>
    </message>
    <message>
        <source>&amp;About CoSafe</source>
        <translation>&amp;Kuhusu CoSafe</translation>
    </message>
    <message>
        <source>How CoSafe &amp;Saves</source>
        <translation>Jinsi CoSafe &amp;Inavyohifadhi</translation>
    </message>
    <message>
        <source>&amp;Workshop Guide</source>
        <translation>&amp;Mwongozo wa Warsha</translation>
    </message>
    <message>
        <source>Preparing a workshop, running it and what comes after, illustrated (offline)</source>
        <translation>Kuandaa warsha, kuiendesha na kinachofuata, kwa picha (bila mtandao)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Njia za Mkato za Kibodi</translation>
    </message>
    <message>
        <source>Every key CoSafe answers to, by menu</source>
        <translation>Kila kitufe ambacho CoSafe hukijibu, kwa menyu</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Hariri</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Mwonekano</translation>
    </message>
    <message>
        <source>Presentation &amp;Text Size</source>
        <translation>&amp;Ukubwa wa Maandishi ya Uwasilishaji</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>M&amp;saada</translation>
    </message>
    <message>
        <source>Show or hide the toolbar with Open Project, Export Map Image, Undo, Redo and Zoom to Project</source>
        <translation>Onyesha au ficha upau wa zana wenye Fungua Mradi, Hamisha Picha ya Ramani, Tendua, Rudia na Kuza hadi Mradi</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source>Backing up the project…</source>
        <translation>Inahifadhi nakala rudufu ya mradi…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>mawasiliano %Ln</numerusform>
            <numerusform>mawasiliano %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pin stories</source>
        <translation>
            <numerusform>simulizi %Ln ya pini</numerusform>
            <numerusform>simulizi %Ln za pini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comments and notes</source>
        <translation>
            <numerusform>maoni na maelezo %Ln</numerusform>
            <numerusform>maoni na maelezo %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln facilitators&apos; names</source>
        <translation>
            <numerusform>jina %Ln la mwezeshaji</numerusform>
            <numerusform>majina %Ln ya wawezeshaji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos</source>
        <translation>
            <numerusform>picha %Ln</numerusform>
            <numerusform>picha %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants outside %1</source>
        <translation>
            <numerusform>mshiriki %Ln nje ya %1</numerusform>
            <numerusform>washiriki %Ln nje ya %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>mshiriki %Ln</numerusform>
            <numerusform>washiriki %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list: “2 contacts, 1 photo and 3 participants”</comment>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Left out, and kept only in this project: %1.</source>
        <translation>Vimeachwa, na vimehifadhiwa katika mradi huu tu: %1.</translation>
    </message>
    <message>
        <source>Left out: nothing, since the project holds no contact, story, comment, note, name or photo.</source>
        <translation>Vilivyoachwa: hakuna, kwa kuwa mradi hauna mawasiliano, simulizi, maoni, maelezo, jina wala picha.</translation>
    </message>
    <message>
        <source>Left out: nothing, since the project holds no contact, story, comment, note, name or photo and no participant outside %1.</source>
        <translation>Vilivyoachwa: hakuna, kwa kuwa mradi hauna mawasiliano, simulizi, maoni, maelezo, jina wala picha, wala mshiriki nje ya %1.</translation>
    </message>
    <message>
        <source>Left out: nothing, since the project holds no contact, story, comment, note, name or photo and no participant.</source>
        <translation>Vilivyoachwa: hakuna, kwa kuwa mradi hauna mawasiliano, simulizi, maoni, maelezo, jina wala picha, wala mshiriki.</translation>
    </message>
    <message>
        <source>The copy holds who took part in every group: each participant&apos;s code, gender, age band and role (never a contact). Anyone who finds the stick can read them.</source>
        <translation>Nakala ina nani alishiriki katika kila kikundi: msimbo, jinsia, kundi la umri na jukumu la kila mshiriki (kamwe si mawasiliano). Yeyote atakayeiokota USB anaweza kuyasoma.</translation>
    </message>
    <message>
        <source>Several workshops have a group called “%1”; name it with its workshop, such as “%2”</source>
        <translation>Warsha kadhaa zina kikundi kinachoitwa “%1”; kitaje pamoja na warsha yake, kama “%2”</translation>
    </message>
    <message>
        <source>No group is called “%1”; the project has no groups</source>
        <translation>Hakuna kikundi kinachoitwa “%1”; mradi hauna vikundi</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a group&apos;s name quoted</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>No group is called “%1”; the groups are %2</source>
        <translation>Hakuna kikundi kinachoitwa “%1”; vikundi ni %2</translation>
    </message>
    <message>
        <source>Give the field copy a name, such as “Field team 2”</source>
        <translation>Ipe nakala ya uwandani jina, kama “Timu ya uwandani 2”</translation>
    </message>
    <message>
        <source>Choose a different file name for the field copy</source>
        <translation>Chagua jina tofauti la faili kwa nakala ya uwandani</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the field copy</source>
        <translation>%1 tayari ipo; chagua jina jingine kwa nakala ya uwandani</translation>
    </message>
    <message>
        <source>The project is read-only (%1); a field copy needs to write to it</source>
        <translation>Mradi ni wa kusoma tu (%1); nakala ya uwandani inahitaji kuandika ndani yake</translation>
    </message>
    <message>
        <source>The team&apos;s group is no longer in the project; choose another</source>
        <translation>Kikundi cha timu hakipo tena katika mradi; chagua kingine</translation>
    </message>
    <message>
        <source>The field copy was not written: cannot write in %1: %2</source>
        <translation>Nakala ya uwandani haikuandikwa: haiwezekani kuandika katika %1: %2</translation>
    </message>
    <message>
        <source>The field copy was not written: %1</source>
        <translation>Nakala ya uwandani haikuandikwa: %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Inasoma %1</translation>
    </message>
    <message>
        <source>Merging %1</source>
        <translation>Inaunganisha %1</translation>
    </message>
    <message>
        <source>%1 is damaged: a geometry in it cannot be read</source>
        <translation>%1 imeharibika: jiometri iliyo ndani yake haiwezi kusomwa</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Inahifadhi</translation>
    </message>
    <message>
        <source>%1 holds a record this project cannot take (%2)</source>
        <translation>%1 ina rekodi ambayo mradi huu hauwezi kuipokea (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: its records cannot be read (%2)</source>
        <translation>%1 imeharibika: rekodi zake haziwezi kusomwa (%2)</translation>
    </message>
    <message>
        <source>The merge was cancelled; nothing was changed</source>
        <translation>Kuunganisha kumesitishwa; hakuna kilichobadilishwa</translation>
    </message>
    <message>
        <source>%1 is the project you are merging into; choose another file</source>
        <translation>%1 ndio mradi unaounganisha ndani yake; chagua faili jingine</translation>
    </message>
    <message>
        <source>laptop of %1</source>
        <comment>a laptop never named, called after a file merged from it</comment>
        <translation>kompyuta ya %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a file and the laptop it came from: “field2.gpkg (Field team 2)”</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 skipped, %5 in conflict</source>
        <translation>%1: %2 zimeongezwa, %3 zimesasishwa, %4 zimerukwa, %5 zina mgongano</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Mradi huu</translation>
    </message>
    <message>
        <source>%1 is a field copy, so it leaves out of %2 what a field copy may not hold: here, nothing.</source>
        <translation>%1 ni nakala ya uwandani, kwa hiyo inaacha kutoka %2 kile ambacho nakala ya uwandani haiwezi kuwa nacho: hapa, hakuna.</translation>
    </message>
    <message>
        <source>%1 is a field copy, so it leaves out of %2 what a field copy may not hold: %3.</source>
        <translation>%1 ni nakala ya uwandani, kwa hiyo inaacha kutoka %2 kile ambacho nakala ya uwandani haiwezi kuwa nacho: %3.</translation>
    </message>
    <message>
        <source>No conflict on that %1 is waiting to be resolved</source>
        <comment>%1 is a kind of record</comment>
        <translation>Hakuna mgongano unaosubiri kutatuliwa kwa rekodi hiyo ya %1</translation>
    </message>
    <message>
        <source>Two %1 cannot share a key; keep mine or theirs</source>
        <comment>%1 is a kind of record, in lower case: “reason tags”</comment>
        <translation>Rekodi mbili za %1 haziwezi kushiriki ufunguo; baki na yangu au yao</translation>
    </message>
    <message>
        <source>Keep my %1 “%2”</source>
        <translation>Baki na toleo langu la %1 “%2”</translation>
    </message>
    <message>
        <source>Keep their %1 “%2”</source>
        <translation>Chukua toleo lao la %1 “%2”</translation>
    </message>
    <message>
        <source>Keep both versions of %1 “%2”</source>
        <translation>Baki na matoleo yote mawili ya %1 “%2”</translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation>Baki na toleo langu la %1</translation>
    </message>
    <message>
        <source>Keep their %1</source>
        <translation>Chukua toleo lao la %1</translation>
    </message>
    <message>
        <source>Keep both versions of %1</source>
        <translation>Baki na matoleo yote mawili ya %1</translation>
    </message>
    <message>
        <source>%1: %2; nothing was merged</source>
        <comment>a file, then what is wrong in it</comment>
        <translation>%1: %2; hakuna kilichounganishwa</translation>
    </message>
    <message>
        <source>%1 is damaged: the list of what its field copy left out cannot be read</source>
        <translation>%1 imeharibika: orodha ya kile nakala yake ya uwandani ilichoacha haiwezi kusomwa</translation>
    </message>
</context>
<context>
    <name>MergeConflicts</name>
    <message>
        <source>Action</source>
        <translation>Hatua</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Kundi la umri</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Jibu</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Chanzo cha haki</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Kwa msingi wa</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Kipimo cha awali</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Wanufaika</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Maelezo ya picha</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Msimbo</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Rangi</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Maoni</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Ridhaa imetolewa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Mawasiliano</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Mtu wa kuwasiliana</translation>
    </message>
    <message>
        <source>Cost estimate</source>
        <translation>Makadirio ya gharama</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>Kanuni ya CPTED</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Iliundwa</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>Seti ya vigezo</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kigezo</translation>
    </message>
    <message>
        <source>Photo or file</source>
        <translation>Picha au faili</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>Jedwali la data</translation>
    </message>
    <message>
        <source>Day or night</source>
        <translation>Mchana au usiku</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Imetengenezwa kwenye</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Ulemavu</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Vitone</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Inaisha tarehe</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Mwezeshaji</translation>
    </message>
    <message>
        <source>Feature count</source>
        <translation>Idadi ya vipengele</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Hisia</translation>
    </message>
    <message>
        <source>Translated field</source>
        <translation>Sehemu iliyotafsiriwa</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>Jina la faili</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jinsia</translation>
    </message>
    <message>
        <source>Location and shape</source>
        <translation>Mahali na umbo</translation>
    </message>
    <message>
        <source>What good means</source>
        <translation>Maana ya nzuri</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kikundi</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Kimo</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Ilifanyika tarehe</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Kiashiria</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Ushawishi</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Maslahi</translation>
    </message>
    <message>
        <source>Intervention type</source>
        <translation>Aina ya afua</translation>
    </message>
    <message>
        <source>Is active</source>
        <translation>Inatumika</translation>
    </message>
    <message>
        <source>Outcome criterion</source>
        <translation>Kigezo cha matokeo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ufunguo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Aina ya faili</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Time it occurred</source>
        <translation>Saa lilipotokea</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Ilitokea tarehe</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Uangavu</translation>
    </message>
    <message>
        <source>Belongs to (kind)</source>
        <translation>Ni mali ya (aina)</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Ni mali ya</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Mshiriki</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Mahali</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Uwekaji</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Kituo</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Nafasi</translation>
    </message>
    <message>
        <source>Prevention approach</source>
        <translation>Mbinu ya kuzuia</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Kipaumbele</translation>
    </message>
    <message>
        <source>Priority from votes</source>
        <translation>Kipaumbele kutokana na kura</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Pendekezo</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Swali</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Tafsiri ya</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Sababu</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Ushauri</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Mhusika mkuu</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Imestaafishwa</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Kipimo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Alama</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sekta</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Mfuatano</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Seti</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Mpangilio</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Chanzo</translation>
    </message>
    <message>
        <source>Source format</source>
        <translation>Muundo wa chanzo</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Jina la chanzo</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Mdau</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Inaanza tarehe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Simulizi</translation>
    </message>
    <message>
        <source>Story approval</source>
        <translation>Idhini ya simulizi</translation>
    </message>
    <message>
        <source>Style class</source>
        <translation>Daraja la mtindo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Lengo</translation>
    </message>
    <message>
        <source>Target table</source>
        <translation>Jedwali lengwa</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Aina ya rekodi</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Maandishi</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Wakati wa siku</translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation>Muda</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ilibadilishwa mwisho</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Toleo</translation>
    </message>
    <message>
        <source>Visible</source>
        <translation>Inaonekana</translation>
    </message>
    <message>
        <source>Votes per participant</source>
        <translation>Kura kwa kila mshiriki</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Matembezi</translation>
    </message>
    <message>
        <source>Walked on</source>
        <translation>Ilitembewa tarehe</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Upana</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Warsha</translation>
    </message>
    <message>
        <source>(deleted on this laptop)</source>
        <translation>(imefutwa kwenye kompyuta hii)</translation>
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
            <numerusform>baiti %Ln</numerusform>
            <numerusform>baiti %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ndiyo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hapana</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the labels of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>(not in this project)</source>
        <translation>(haipo katika mradi huu)</translation>
    </message>
    <message>
        <source>Point %1</source>
        <comment>an audit point by its number</comment>
        <translation>Kituo %1</translation>
    </message>
    <message>
        <source>Untitled %1</source>
        <comment>%1: a kind of record</comment>
        <translation>%1 bila jina</translation>
    </message>
    <message>
        <source>A shape with no points</source>
        <translation>Umbo lisilo na nukta</translation>
    </message>
    <message>
        <source>Point at %1, %2</source>
        <comment>longitude, latitude</comment>
        <translation>Nukta katika %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Line of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Mstari wa nukta %Ln karibu na %1, %2</numerusform>
            <numerusform>Mstari wa nukta %Ln karibu na %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Area of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Eneo la nukta %Ln karibu na %1, %2</numerusform>
            <numerusform>Eneo la nukta %Ln karibu na %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Areas of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Maeneo ya nukta %Ln karibu na %1, %2</numerusform>
            <numerusform>Maeneo ya nukta %Ln karibu na %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines of %Ln points around %1, %2</source>
        <translation>
            <numerusform>Mistari ya nukta %Ln karibu na %1, %2</numerusform>
            <numerusform>Mistari ya nukta %Ln karibu na %1, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln points around %2, %3</source>
        <comment>%1: a kind of shape</comment>
        <translation>
            <numerusform>%1 ya nukta %Ln karibu na %2, %3</numerusform>
            <numerusform>%1 ya nukta %Ln karibu na %2, %3</numerusform>
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
        <translation>Migongano ya Kuunganisha</translation>
    </message>
    <message>
        <source>&amp;Merge Projects…</source>
        <translation>&amp;Unganisha Miradi…</translation>
    </message>
    <message>
        <source>Bring in the records of project files from other laptops</source>
        <translation>Leta rekodi za faili za mradi kutoka kompyuta nyingine</translation>
    </message>
    <message>
        <source>Resolve Merge Con&amp;flicts…</source>
        <translation>Tatua &amp;Migongano ya Kuunganisha…</translation>
    </message>
    <message>
        <source>Compare records changed on two laptops and choose which to keep</source>
        <translation>Linganisha rekodi zilizobadilishwa kwenye kompyuta mbili na uchague ipi ubaki nayo</translation>
    </message>
    <message>
        <source>&amp;Hand Out Field Copy…</source>
        <translation>&amp;Toa Nakala ya Uwandani…</translation>
    </message>
    <message>
        <source>Write a copy of the project for a field team&apos;s laptop</source>
        <translation>Andika nakala ya mradi kwa ajili ya kompyuta ya timu ya uwandani</translation>
    </message>
    <message>
        <source>Merge Histor&amp;y…</source>
        <translation>&amp;Historia ya Kuunganisha…</translation>
    </message>
    <message>
        <source>Which files were merged into this project, and when</source>
        <translation>Faili zipi ziliunganishwa katika mradi huu, na lini</translation>
    </message>
    <message>
        <source>Merge Conflicts (%1)</source>
        <translation>Migongano ya Kuunganisha (%1)</translation>
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
        <translation>Inasoma %1…</translation>
    </message>
    <message>
        <source>Merge cancelled; nothing was changed</source>
        <translation>Kuunganisha kumesitishwa; hakuna kilichobadilishwa</translation>
    </message>
    <message>
        <source>Nothing was merged</source>
        <translation>Hakuna kilichounganishwa</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <comment>%1: file names</comment>
        <translation>Inaunganisha %1…</translation>
    </message>
    <message>
        <source>The merge did not happen</source>
        <translation>Kuunganisha hakukufanyika</translation>
    </message>
    <message>
        <source>Merged %1: %2 added, %3 updated, %4 in conflict. Backup: %5</source>
        <translation>Imeunganisha %1: %2 zimeongezwa, %3 zimesasishwa, %4 zina mgongano. Nakala rudufu: %5</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Faili</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kutoka</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Zilizoongezwa</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zilizosasishwa</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Zilizorukwa</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>Zenye mgongano</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Merge History</source>
        <translation>Historia ya Kuunganisha</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files merged into “%1”&lt;/b&gt;, newest first</source>
        <translation>&lt;b&gt;Faili zilizounganishwa katika “%1”&lt;/b&gt;, za karibuni kwanza</translation>
    </message>
    <message>
        <source>&lt;b&gt;Files merged into this project&lt;/b&gt;, newest first</source>
        <translation>&lt;b&gt;Faili zilizounganishwa katika mradi huu&lt;/b&gt;, za karibuni kwanza</translation>
    </message>
    <message>
        <source>No files have been merged into this project yet.</source>
        <translation>Bado hakuna faili zilizounganishwa katika mradi huu.</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>Merge Projects</source>
        <translation>Unganisha Miradi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workshops</source>
        <translation>
            <numerusform>warsha %Ln</numerusform>
            <numerusform>warsha %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups</source>
        <translation>
            <numerusform>kikundi %Ln</numerusform>
            <numerusform>vikundi %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>mshiriki %Ln</numerusform>
            <numerusform>washiriki %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln basemap layers</source>
        <translation>
            <numerusform>tabaka %Ln la ramani ya msingi</numerusform>
            <numerusform>matabaka %Ln ya ramani ya msingi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals</source>
        <translation>
            <numerusform>pendekezo %Ln</numerusform>
            <numerusform>mapendekezo %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln criteria sets</source>
        <translation>
            <numerusform>seti %Ln ya vigezo</numerusform>
            <numerusform>seti %Ln za vigezo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln criteria</source>
        <translation>
            <numerusform>kigezo %Ln</numerusform>
            <numerusform>vigezo %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit walks</source>
        <translation>
            <numerusform>matembezi %Ln ya ukaguzi</numerusform>
            <numerusform>matembezi %Ln ya ukaguzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln walk participants</source>
        <translation>
            <numerusform>mshiriki %Ln wa matembezi</numerusform>
            <numerusform>washiriki %Ln wa matembezi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit points</source>
        <translation>
            <numerusform>kituo %Ln cha ukaguzi</numerusform>
            <numerusform>vituo %Ln vya ukaguzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit scores</source>
        <translation>
            <numerusform>alama %Ln ya ukaguzi</numerusform>
            <numerusform>alama %Ln za ukaguzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln checklist answers</source>
        <translation>
            <numerusform>jibu %Ln la orodha hakiki</numerusform>
            <numerusform>majibu %Ln ya orodha hakiki</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reason tags</source>
        <translation>
            <numerusform>lebo %Ln ya sababu</numerusform>
            <numerusform>lebo %Ln za sababu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln perception pins</source>
        <translation>
            <numerusform>pini %Ln ya mtazamo</numerusform>
            <numerusform>pini %Ln za mtazamo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents</source>
        <translation>
            <numerusform>tukio %Ln lililorekodiwa</numerusform>
            <numerusform>matukio %Ln yaliyorekodiwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>mdau %Ln</numerusform>
            <numerusform>wadau %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions</source>
        <translation>
            <numerusform>hatua %Ln</numerusform>
            <numerusform>hatua %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action partners</source>
        <translation>
            <numerusform>mshirika %Ln wa hatua</numerusform>
            <numerusform>washirika %Ln wa hatua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action links</source>
        <translation>
            <numerusform>kiungo %Ln cha hatua</numerusform>
            <numerusform>viungo %Ln vya hatua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln votes</source>
        <translation>
            <numerusform>kura %Ln</numerusform>
            <numerusform>kura %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos and files</source>
        <translation>
            <numerusform>picha na faili %Ln</numerusform>
            <numerusform>picha na faili %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln laptop names</source>
        <translation>
            <numerusform>jina %Ln la kompyuta</numerusform>
            <numerusform>majina %Ln ya kompyuta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records of %1</source>
        <translation>
            <numerusform>rekodi %Ln ya %1</numerusform>
            <numerusform>rekodi %Ln za %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counted kinds of records</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 — from %2</source>
        <translation>%1 — kutoka %2</translation>
    </message>
    <message numerus="yes">
        <source>• %Ln new records will be added (%1).</source>
        <translation>
            <numerusform>• Rekodi %Ln mpya itaongezwa (%1).</numerusform>
            <numerusform>• Rekodi %Ln mpya zitaongezwa (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records changed only on that laptop will be updated to its version (%1).</source>
        <translation>
            <numerusform>• Rekodi %Ln iliyobadilishwa kwenye kompyuta hiyo tu itasasishwa kwa toleo lake (%1).</numerusform>
            <numerusform>• Rekodi %Ln zilizobadilishwa kwenye kompyuta hiyo tu zitasasishwa kwa toleo lake (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records were changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts.</source>
        <translation>
            <numerusform>• Rekodi %Ln ilibadilishwa kwenye kompyuta zote mbili: mradi huu unabaki na toleo lake na lao linawekwa kando ili uchague katika Migongano ya Kuunganisha.</numerusform>
            <numerusform>• Rekodi %Ln zilibadilishwa kwenye kompyuta zote mbili: mradi huu unabaki na toleo lake na lao linawekwa kando ili uchague katika Migongano ya Kuunganisha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records were changed on both laptops: this project keeps its version and theirs is kept aside for you to choose in Merge Conflicts (%1).</source>
        <translation>
            <numerusform>• Rekodi %Ln ilibadilishwa kwenye kompyuta zote mbili: mradi huu unabaki na toleo lake na lao linawekwa kando ili uchague katika Migongano ya Kuunganisha (%1).</numerusform>
            <numerusform>• Rekodi %Ln zilibadilishwa kwenye kompyuta zote mbili: mradi huu unabaki na toleo lake na lao linawekwa kando ili uchague katika Migongano ya Kuunganisha (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records already waiting in Merge Conflicts from an earlier merge.</source>
        <translation>
            <numerusform>• Rekodi %Ln tayari inasubiri katika Migongano ya Kuunganisha kutoka kuunganisha kwa awali.</numerusform>
            <numerusform>• Rekodi %Ln tayari zinasubiri katika Migongano ya Kuunganisha kutoka kuunganisha kwa awali.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %Ln records are the same in both, or newer here, and are skipped.</source>
        <translation>
            <numerusform>• Rekodi %Ln ni ileile katika zote mbili, au ni mpya zaidi hapa, na inarukwa.</numerusform>
            <numerusform>• Rekodi %Ln ni zilezile katika zote mbili, au ni mpya zaidi hapa, na zinarukwa.</numerusform>
        </translation>
    </message>
    <message>
        <source>• Nothing new: everything in this file is already in the project.</source>
        <translation>• Hakuna jipya: kila kitu katika faili hili tayari kiko katika mradi.</translation>
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
        <translation>Unganisha Miradi</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Merging %Ln files into “%1”&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Inaunganisha faili %Ln katika “%1”&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;Inaunganisha faili %Ln katika “%1”&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>A merge cannot be undone with Undo; the file is backed up first, to %1 beside it (open that copy to go back). The undo history is cleared, so that no earlier step can overwrite what came in.</source>
        <translation>Kuunganisha hakuwezi kutenduliwa kwa Tendua; faili linahifadhiwa nakala rudufu kwanza, kwenye %1 kando yake (fungua nakala hiyo kurudi nyuma). Historia ya kutendua inafutwa, ili hatua yoyote ya awali isiweze kuandika juu ya kilichoingia.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unganisha</translation>
    </message>
</context>
<context>
    <name>OpenRoomDialog</name>
    <message>
        <source>Open the Room</source>
        <translation>Fungua Chumba</translation>
    </message>
    <message>
        <source>Phones on the same network as this computer (its hotspot, or the local router) join by scanning the code shown. Nothing goes to the internet.</source>
        <translation>Simu zilizo kwenye mtandao mmoja na kompyuta hii (hotspot yake, au ruta ya eneo hilo) hujiunga kwa kuchanganua msimbo unaoonyeshwa. Hakuna kinachokwenda kwenye intaneti.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Mtandao</translation>
    </message>
    <message>
        <source>The network the phones are on: this computer listens on it only</source>
        <translation>Mtandao ambao simu zimo: kompyuta hii inasikiliza kwenye mtandao huo pekee</translation>
    </message>
    <message>
        <source>This computer only (%1): no phone can reach it</source>
        <translation>Kompyuta hii pekee (%1): hakuna simu inayoweza kuifikia</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a network&apos;s name and this computer&apos;s address on it</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Lango</translation>
    </message>
    <message>
        <source>The port phones connect to; 0 picks a free one</source>
        <translation>Lango ambalo simu huunganisha nalo; 0 huchagua lililo wazi</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Lango lolote lililo wazi</translation>
    </message>
    <message>
        <source>This computer is on no network: start its hotspot or join the room&apos;s Wi-Fi, then open the room again. Only this computer can reach the room now.</source>
        <translation>Kompyuta hii haiko kwenye mtandao wowote: washa hotspot yake au jiunge na Wi-Fi ya chumba, kisha fungua chumba tena. Kwa sasa ni kompyuta hii pekee inayoweza kufikia chumba.</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Mtandao:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Lango:</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Workshops</source>
        <translation>Warsha</translation>
    </message>
    <message>
        <source>Safety audits</source>
        <translation>Ukaguzi wa usalama</translation>
    </message>
    <message>
        <source>Perceptions and incidents</source>
        <translation>Mitazamo na matukio</translation>
    </message>
    <message>
        <source>Proposals and action plan</source>
        <translation>Mapendekezo na mpango kazi</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>Ramani ya msingi</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Viambatisho</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Hakuna mradi uliofunguliwa</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Mradi usio na jina</translation>
    </message>
    <message>
        <source>Created %1
Last changed %2</source>
        <translation>Uliundwa %1
Ulibadilishwa mwisho %2</translation>
    </message>
    <message>
        <source>Privacy: counts and means for groups smaller than %1 are hidden, and so is any count from which one could be worked out</source>
        <translation>Faragha: idadi na wastani kwa makundi madogo kuliko %1 vimefichwa, pamoja na idadi yoyote ambayo kutokana nayo hizo zingeweza kukokotolewa</translation>
    </message>
</context>
<context>
    <name>PaperFeature</name>
    <message>
        <source>Print &amp;Group Maps…</source>
        <translation>Chapisha ramani za &amp;vikundi…</translation>
    </message>
    <message>
        <source>Print a map for each group to mark with dot stickers, and read a photo of it back later</source>
        <translation>Chapisha ramani kwa kila kikundi ya kuwekea vibandiko vya nukta, na usome picha yake baadaye</translation>
    </message>
    <message>
        <source>Read &amp;Paper Sheets…</source>
        <translation>Soma &amp;karatasi…</translation>
    </message>
    <message>
        <source>Add the dot stickers on photos of printed group maps to the project</source>
        <translation>Ongeza kwenye mradi vibandiko vya nukta vilivyo kwenye picha za ramani za vikundi zilizochapishwa</translation>
    </message>
    <message>
        <source>Print Audit S&amp;heets…</source>
        <translation>Chapisha karatasi za &amp;ukaguzi…</translation>
    </message>
    <message>
        <source>Print tick-box sheets for an audit walk&apos;s points, and read a photo of them back later</source>
        <translation>Chapisha karatasi za visanduku kwa vituo vya matembezi ya ukaguzi, na usome picha yake baadaye</translation>
    </message>
</context>
<context>
    <name>PaperMap</name>
    <message numerus="yes">
        <source>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %Ln points. Three points always fit exactly: add a fourth to check them.</source>
        <translation>
            <numerusform>&lt;b&gt;Ulinganifu: kosa la RMS %1 m&lt;/b&gt; kwa nukta %Ln. Nukta tatu hulingana sawasawa daima: ongeza ya nne kuzikagua.</numerusform>
            <numerusform>&lt;b&gt;Ulinganifu: kosa la RMS %1 m&lt;/b&gt; kwa nukta %Ln. Nukta tatu hulingana sawasawa daima: ongeza ya nne kuzikagua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Fit: RMS error %1 m&lt;/b&gt; over %Ln points. A point far off the others was probably clicked in the wrong place.</source>
        <translation>
            <numerusform>&lt;b&gt;Ulinganifu: kosa la RMS %1 m&lt;/b&gt; kwa nukta %Ln. Nukta iliyo mbali na nyingine huenda ilibofywa mahali pasipo sahihi.</numerusform>
            <numerusform>&lt;b&gt;Ulinganifu: kosa la RMS %1 m&lt;/b&gt; kwa nukta %Ln. Nukta iliyo mbali na nyingine huenda ilibofywa mahali pasipo sahihi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperMapDialog</name>
    <message>
        <source>Place Paper Map</source>
        <translation>Weka Ramani ya Karatasi</translation>
    </message>
    <message>
        <source>Photo: %1</source>
        <translation>Picha: %1</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Ramani</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>Kituo</translation>
    </message>
    <message>
        <source>On the photo (pixels)</source>
        <translation>Kwenye picha (pikseli)</translation>
    </message>
    <message>
        <source>On the map (lon, lat)</source>
        <translation>Kwenye ramani (lon, lat)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kosa</translation>
    </message>
    <message>
        <source>&amp;Remove Point</source>
        <translation>&amp;Ondoa Nukta</translation>
    </message>
    <message>
        <source>&amp;Undo Last</source>
        <translation>&amp;Tendua ya Mwisho</translation>
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
        <translation>&amp;Jina la tabaka:</translation>
    </message>
    <message>
        <source>&amp;Opacity:</source>
        <translation>&amp;Uangavu:</translation>
    </message>
    <message>
        <source>Place Map</source>
        <translation>Weka Ramani</translation>
    </message>
    <message>
        <source>Click the place on the photo first, then the same place on the map.</source>
        <translation>Bofya mahali kwenye picha kwanza, kisha mahali palepale kwenye ramani.</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence without its full stop</comment>
        <translation>%1.</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln more points to place the map.</source>
        <translation>
            <numerusform>Ongeza nukta %Ln zaidi kuweka ramani.</numerusform>
            <numerusform>Ongeza nukta %Ln zaidi kuweka ramani.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 m</source>
        <comment>metres</comment>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Now click the same place on the map (point %1). Drag to move the map, scroll to zoom.</source>
        <translation>Sasa bofya mahali palepale kwenye ramani (nukta %1). Buruta kusogeza ramani, sogeza gurudumu kukuza.</translation>
    </message>
    <message>
        <source>Click a place you can recognise on the photo — a corner, a bridge, a junction.</source>
        <translation>Bofya mahali unapoweza kutambua kwenye picha — kona, daraja, makutano.</translation>
    </message>
    <message>
        <source>The map was not placed: %1.</source>
        <translation>Ramani haikuwekwa: %1.</translation>
    </message>
</context>
<context>
    <name>PaperReview</name>
    <message>
        <source>two stickers touching</source>
        <translation>vibandiko viwili vinagusana</translation>
    </message>
    <message>
        <source>a sticker half off the map</source>
        <translation>kibandiko nusu nje ya ramani</translation>
    </message>
    <message>
        <source>a sticker cut by the photo&apos;s edge</source>
        <translation>kibandiko kilichokatwa na ukingo wa picha</translation>
    </message>
    <message>
        <source>its number is not sure (%1?)</source>
        <translation>namba yake si ya uhakika (%1?)</translation>
    </message>
    <message>
        <source>writing beside it that is no number</source>
        <translation>maandishi kando yake ambayo si namba</translation>
    </message>
    <message>
        <source>smaller than a sticker: maybe a pen&apos;s mark</source>
        <translation>ndogo kuliko kibandiko: labda alama ya kalamu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dots</source>
        <translation>
            <numerusform>nukta %Ln</numerusform>
            <numerusform>nukta %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pen lines</source>
        <translation>
            <numerusform>mstari %Ln wa kalamu</numerusform>
            <numerusform>mistari %Ln ya kalamu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pen shapes</source>
        <comment>a closed pen line: an area</comment>
        <translation>
            <numerusform>umbo %Ln la kalamu</numerusform>
            <numerusform>maumbo %Ln ya kalamu</numerusform>
        </translation>
    </message>
    <message>
        <source>no marks</source>
        <translation>hakuna alama</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>two counts of a list: 3 dots, 1 pen line</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>a faint or irregular mark</source>
        <translation>alama hafifu au isiyo ya kawaida</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>Code</source>
        <translation>Msimbo</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jinsia</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umri</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kikundi</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Ulemavu</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Ridhaa</translation>
    </message>
    <message>
        <source>Private contact</source>
        <translation>Mawasiliano ya siri</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Contacts are never exported by default. Add one only when the person asks to be contacted.</source>
        <translation>Mawasiliano hayahamishwi kamwe kwa chaguo-msingi. Ongeza tu pale mtu anapoomba kuwasiliana naye.</translation>
    </message>
    <message>
        <source>Participants — %1</source>
        <translation>Washiriki — %1</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Washiriki</translation>
    </message>
    <message>
        <source>The workshop&apos;s participants: edit a cell in place, each change one undo step</source>
        <translation>Washiriki wa warsha: hariri kisanduku papo hapo, kila badiliko ni hatua moja ya kutendua</translation>
    </message>
    <message>
        <source>Keys as on the sign-in sheet — &lt;b&gt;Gender&lt;/b&gt; %1 · &lt;b&gt;Age&lt;/b&gt; 1–6 · &lt;b&gt;Role&lt;/b&gt; first letter(s) · &lt;b&gt;Group&lt;/b&gt; 1–9, 0 none · &lt;b&gt;Space&lt;/b&gt; consent · double-click for a list. Every change is saved at once and can be undone (Ctrl+Z).</source>
        <translation>Vitufe kama kwenye karatasi ya mahudhurio — &lt;b&gt;Jinsia&lt;/b&gt; %1 · &lt;b&gt;Umri&lt;/b&gt; 1–6 · &lt;b&gt;Jukumu&lt;/b&gt; herufi ya kwanza · &lt;b&gt;Kikundi&lt;/b&gt; 1–9, 0 hakuna · &lt;b&gt;Space&lt;/b&gt; ridhaa · bofya mara mbili kupata orodha. Kila badiliko linahifadhiwa mara moja na linaweza kutenduliwa (Ctrl+Z).</translation>
    </message>
    <message>
        <source>This project is open read-only: participants can be viewed, not changed.</source>
        <translation>Mradi huu umefunguliwa kwa kusoma tu: washiriki wanaweza kutazamwa, si kubadilishwa.</translation>
    </message>
    <message>
        <source>Show private contact column</source>
        <translation>Onyesha safu ya mawasiliano ya siri</translation>
    </message>
    <message>
        <source>&lt;b&gt;Private:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Siri:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Delete the selected participants and their votes (Undo brings them back)</source>
        <translation>Futa washiriki waliochaguliwa na kura zao (Kutendua kunawarudisha)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>mshiriki %Ln</numerusform>
            <numerusform>washiriki %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>A participant needs a code.</source>
        <translation>Mshiriki anahitaji msimbo.</translation>
    </message>
    <message>
        <source>%1 is already used in this workshop — codes must be unique.</source>
        <translation>%1 tayari inatumika katika warsha hii — misimbo lazima iwe ya kipekee.</translation>
    </message>
    <message>
        <source>Change code of %1 to %2</source>
        <translation>Badilisha msimbo wa %1 kuwa %2</translation>
    </message>
    <message>
        <source>Change gender of %1</source>
        <translation>Badilisha jinsia ya %1</translation>
    </message>
    <message>
        <source>Change age band of %1</source>
        <translation>Badilisha kundi la umri la %1</translation>
    </message>
    <message>
        <source>Change role of %1</source>
        <translation>Badilisha jukumu la %1</translation>
    </message>
    <message>
        <source>Change group of %1</source>
        <translation>Badilisha kikundi cha %1</translation>
    </message>
    <message>
        <source>Change disability of %1</source>
        <translation>Badilisha ulemavu wa %1</translation>
    </message>
    <message>
        <source>Change consent of %1</source>
        <translation>Badilisha ridhaa ya %1</translation>
    </message>
    <message>
        <source>Change private contact of %1</source>
        <translation>Badilisha mawasiliano ya siri ya %1</translation>
    </message>
    <message>
        <source>Change code of %1</source>
        <translation>Badilisha msimbo wa %1</translation>
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
            <numerusform>Futa mshiriki %Ln (%1) na %2 zake? Tendua (Ctrl+Z) kunamrudisha.</numerusform>
            <numerusform>Futa washiriki %Ln (%1) na %2 zao? Tendua (Ctrl+Z) kunawarudisha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln votes</source>
        <translation>
            <numerusform>kura %Ln</numerusform>
            <numerusform>kura %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln participants (%1)? Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Futa mshiriki %Ln (%1)? Tendua (Ctrl+Z) kunamrudisha.</numerusform>
            <numerusform>Futa washiriki %Ln (%1)? Tendua (Ctrl+Z) kunawarudisha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete participants</source>
        <translation>Futa washiriki</translation>
    </message>
    <message numerus="yes">
        <source>Delete participants %1</source>
        <translation>
            <numerusform>Futa mshiriki %1</numerusform>
            <numerusform>Futa washiriki %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln participants</source>
        <translation>
            <numerusform>Futa mshiriki %Ln</numerusform>
            <numerusform>Futa washiriki %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnersField</name>
    <message>
        <source>Responsible for this action</source>
        <translation>Mhusika mkuu wa hatua hii</translation>
    </message>
</context>
<context>
    <name>PdfPathRow</name>
    <message>
        <source>Browse…</source>
        <translation>Vinjari…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Hati za PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PerceptionFilterPanel</name>
    <message>
        <source>Workshop:</source>
        <translation>Warsha:</translation>
    </message>
    <message>
        <source>Show only some workshop choices</source>
        <translation>Onyesha baadhi tu ya warsha</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Kikundi:</translation>
    </message>
    <message>
        <source>Show only some group choices</source>
        <translation>Onyesha baadhi tu ya vikundi</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Jinsia:</translation>
    </message>
    <message>
        <source>Show only some gender choices</source>
        <translation>Onyesha baadhi tu ya jinsia</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>Umri:</translation>
    </message>
    <message>
        <source>Show only some age choices</source>
        <translation>Onyesha baadhi tu ya makundi ya umri</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Jukumu:</translation>
    </message>
    <message>
        <source>Show only some role choices</source>
        <translation>Onyesha baadhi tu ya majukumu</translation>
    </message>
    <message>
        <source>Time of day:</source>
        <translation>Wakati wa siku:</translation>
    </message>
    <message>
        <source>Show only some time of day choices</source>
        <translation>Onyesha baadhi tu ya nyakati za siku</translation>
    </message>
    <message>
        <source>Only these dates:</source>
        <translation>Tarehe hizi tu:</translation>
    </message>
    <message>
        <source>Only these dates</source>
        <translation>Tarehe hizi tu</translation>
    </message>
    <message>
        <source>Keep only audits and pins from the dates below</source>
        <translation>Baki na ukaguzi na pini za tarehe zilizo hapa chini tu</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Tarehe ya kwanza</translation>
    </message>
    <message>
        <source>The first date to keep</source>
        <translation>Tarehe ya kwanza ya kubakiza</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Tarehe ya mwisho</translation>
    </message>
    <message>
        <source>The last date to keep</source>
        <translation>Tarehe ya mwisho ya kubakiza</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>hadi</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Futa Vichujio</translation>
    </message>
    <message>
        <source>Show every audit and pin again</source>
        <translation>Onyesha tena kila ukaguzi na pini</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Zote</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Bado hakuna kilichorekodiwa</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no choice of a filter</comment>
        <translation>Hakuna</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln imechaguliwa</numerusform>
            <numerusform>%Ln zimechaguliwa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerceptionMap</name>
    <message>
        <source>Perceptions</source>
        <translation>Mitazamo</translation>
    </message>
    <message>
        <source>Recorded incidents (imported data)</source>
        <translation>Matukio yaliyorekodiwa (data iliyoingizwa)</translation>
    </message>
    <message>
        <source>Recorded incident: %1</source>
        <translation>Tukio lililorekodiwa: %1</translation>
    </message>
    <message>
        <source>Recorded incident: unspecified</source>
        <translation>Tukio lililorekodiwa: halijabainishwa</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a recorded time of day (its band: day, dusk or night)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a time of day</comment>
        <translation>haijulikani</translation>
    </message>
    <message>
        <source>Recorded incident</source>
        <translation>Tukio lililorekodiwa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a date</comment>
        <translation>haijulikani</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Saa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Chanzo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Safety score</source>
        <translation>Alama ya usalama</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>haijapewa alama</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 kati ya 5</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>Matembezi</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>a walk&apos;s title (time of day, date)</comment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Untitled walk</source>
        <translation>Matembezi yasiyo na jina</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>hakuna tarehe</translation>
    </message>
    <message>
        <source>%1 of 3</source>
        <translation>%1 kati ya 3</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Maoni</translation>
    </message>
    <message>
        <source>Audit point %1 — dark spot</source>
        <translation>Kituo cha ukaguzi %1 — sehemu yenye giza</translation>
    </message>
    <message>
        <source>Audit point %1</source>
        <translation>Kituo cha ukaguzi %1</translation>
    </message>
    <message>
        <source>Audit point</source>
        <translation>Kituo cha ukaguzi</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Wakati wa siku</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Kipimo</translation>
    </message>
    <message>
        <source>%1 of 5 (1 very unsafe, 5 very safe)</source>
        <translation>%1 kati ya 5 (1 si salama kabisa, 5 salama sana)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Sababu</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>Imewekwa na</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>bila jina</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Simulizi</translation>
    </message>
    <message>
        <source>Sent from a phone: awaiting approval in the Room panel</source>
        <translation>Imetumwa kutoka simu: inasubiri idhini kwenye paneli ya Chumba</translation>
    </message>
    <message>
        <source>Feels safe</source>
        <translation>Panahisi salama</translation>
    </message>
    <message>
        <source>Feels unsafe</source>
        <translation>Panahisi si salama</translation>
    </message>
    <message>
        <source>Perception pin</source>
        <translation>Pini ya mtazamo</translation>
    </message>
    <message>
        <source>Audit walk by day</source>
        <translation>Matembezi ya ukaguzi mchana</translation>
    </message>
    <message>
        <source>Audit walk at dusk</source>
        <translation>Matembezi ya ukaguzi jioni</translation>
    </message>
    <message>
        <source>Audit walk at night</source>
        <translation>Matembezi ya ukaguzi usiku</translation>
    </message>
    <message>
        <source>Heat of unsafe pins (%1 m): fewer → more</source>
        <translation>Msongamano wa pini za si salama (%1 m): chache → nyingi</translation>
    </message>
    <message>
        <source>Heat of low audit scores (%1 m): fewer → more</source>
        <translation>Msongamano wa alama za chini za ukaguzi (%1 m): chache → nyingi</translation>
    </message>
    <message>
        <source>Heat of recorded incidents (%1 m): fewer → more</source>
        <translation>Msongamano wa matukio yaliyorekodiwa (%1 m): machache → mengi</translation>
    </message>
    <message>
        <source>Heat map (%1 m): fewer → more</source>
        <translation>Ramani ya msongamano (%1 m): chache → nyingi</translation>
    </message>
    <message>
        <source>Pin and incident locations blurred to a %1 m grid</source>
        <translation>Mahali pa pini na matukio pamefifishwa hadi gridi ya %1 m</translation>
    </message>
    <message>
        <source>Pin locations blurred to a %1 m grid</source>
        <translation>Mahali pa pini pamefifishwa hadi gridi ya %1 m</translation>
    </message>
    <message>
        <source>Incident locations blurred to a %1 m grid</source>
        <translation>Mahali pa matukio pamefifishwa hadi gridi ya %1 m</translation>
    </message>
    <message>
        <source>Audit points (safety score)</source>
        <translation>Vituo vya ukaguzi (alama ya usalama)</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>Pini za mtazamo</translation>
    </message>
    <message>
        <source>Audit walk routes</source>
        <translation>Njia za matembezi ya ukaguzi</translation>
    </message>
    <message>
        <source>Recorded incidents</source>
        <translation>Matukio yaliyorekodiwa</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Ramani ya msongamano</translation>
    </message>
    <message>
        <source>Show audit points (safety score) on the map</source>
        <translation>Onyesha vituo vya ukaguzi (alama ya usalama) kwenye ramani</translation>
    </message>
    <message>
        <source>Show perception pins on the map</source>
        <translation>Onyesha pini za mtazamo kwenye ramani</translation>
    </message>
    <message>
        <source>Show audit walk routes on the map</source>
        <translation>Onyesha njia za matembezi ya ukaguzi kwenye ramani</translation>
    </message>
    <message>
        <source>Show recorded incidents on the map</source>
        <translation>Onyesha matukio yaliyorekodiwa kwenye ramani</translation>
    </message>
    <message>
        <source>Show heat map on the map</source>
        <translation>Onyesha ramani ya msongamano kwenye ramani</translation>
    </message>
    <message>
        <source>Safety score 0–1 poor</source>
        <translation>Alama ya usalama 0–1 mbaya</translation>
    </message>
    <message>
        <source>Safety score 1–2</source>
        <translation>Alama ya usalama 1–2</translation>
    </message>
    <message>
        <source>Safety score 2–3</source>
        <translation>Alama ya usalama 2–3</translation>
    </message>
    <message>
        <source>Safety score 3–4</source>
        <translation>Alama ya usalama 3–4</translation>
    </message>
    <message>
        <source>Safety score 4–5 good</source>
        <translation>Alama ya usalama 4–5 nzuri</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Haijapewa alama</translation>
    </message>
    <message>
        <source>Dark spot (lighting scored 0)</source>
        <translation>Sehemu yenye giza (mwanga umepewa 0)</translation>
    </message>
    <message>
        <source>Recorded incident (imported data)</source>
        <translation>Tukio lililorekodiwa (data iliyoingizwa)</translation>
    </message>
    <message>
        <source>Make the heat map from unsafe pins</source>
        <translation>Tengeneza ramani ya msongamano kutoka pini za si salama</translation>
    </message>
    <message>
        <source>Make the heat map from low audit scores</source>
        <translation>Tengeneza ramani ya msongamano kutoka alama za chini za ukaguzi</translation>
    </message>
    <message>
        <source>Make the heat map from recorded incidents</source>
        <translation>Tengeneza ramani ya msongamano kutoka matukio yaliyorekodiwa</translation>
    </message>
    <message>
        <source>Unsafe pins</source>
        <translation>Pini za si salama</translation>
    </message>
    <message>
        <source>Low audit scores</source>
        <translation>Alama za chini za ukaguzi</translation>
    </message>
</context>
<context>
    <name>PerceptionMapPanel</name>
    <message>
        <source>Walked by day</source>
        <translation>Yalitembewa mchana</translation>
    </message>
    <message>
        <source>Walked at dusk</source>
        <translation>Yalitembewa jioni</translation>
    </message>
    <message>
        <source>Walked at night</source>
        <translation>Yalitembewa usiku</translation>
    </message>
    <message>
        <source>Imported police or other records, not perceptions: only the date filter applies.</source>
        <translation>Kumbukumbu za polisi au nyingine zilizoingizwa, si mitazamo: kichujio cha tarehe pekee kinatumika.</translation>
    </message>
    <message>
        <source>Heat map of</source>
        <comment>followed by the heat map&apos;s source</comment>
        <translation>Ramani ya msongamano ya</translation>
    </message>
    <message>
        <source>Heat map source</source>
        <translation>Chanzo cha ramani ya msongamano</translation>
    </message>
    <message>
        <source>What the heat map is made of</source>
        <translation>Ramani ya msongamano imetengenezwa kwa nini</translation>
    </message>
    <message>
        <source>Heat radius</source>
        <translation>Kipenyo cha msongamano</translation>
    </message>
    <message>
        <source> m</source>
        <comment>metres after a number</comment>
        <translation> m</translation>
    </message>
    <message>
        <source>How far each point&apos;s heat reaches</source>
        <translation>Umbali ambao msongamano wa kila nukta unafika</translation>
    </message>
    <message>
        <source>Heat radius slider</source>
        <translation>Kitelezi cha kipenyo cha msongamano</translation>
    </message>
    <message>
        <source>Radius:</source>
        <translation>Kipenyo:</translation>
    </message>
    <message>
        <source>fewer</source>
        <comment>heat map scale</comment>
        <translation>chache</translation>
    </message>
    <message>
        <source>more</source>
        <comment>heat map scale</comment>
        <translation>nyingi</translation>
    </message>
    <message>
        <source>On the map: %1 · %2 · %3 · %4</source>
        <translation>Kwenye ramani: %1 · %2 · %3 · %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit points</source>
        <translation>
            <numerusform>kituo %Ln cha ukaguzi</numerusform>
            <numerusform>vituo %Ln vya ukaguzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins</source>
        <translation>
            <numerusform>pini %Ln</numerusform>
            <numerusform>pini %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln routes</source>
        <translation>
            <numerusform>njia %Ln</numerusform>
            <numerusform>njia %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents</source>
        <translation>
            <numerusform>tukio %Ln lililorekodiwa</numerusform>
            <numerusform>matukio %Ln yaliyorekodiwa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PerceptionTools</name>
    <message>
        <source>&amp;Finish Route</source>
        <translation>&amp;Maliza Njia</translation>
    </message>
    <message>
        <source>&amp;Remove Last Point</source>
        <translation>&amp;Ondoa Nukta ya Mwisho</translation>
    </message>
    <message>
        <source>&amp;Cancel Route</source>
        <translation>&amp;Ghairi Njia</translation>
    </message>
</context>
<context>
    <name>PhotoSection</name>
    <message>
        <source>Add Photo…</source>
        <translation>Ongeza Picha…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <source>Remove the selected photo (Undo brings it back)</source>
        <translation>Ondoa picha iliyochaguliwa (Kutendua kunairudisha)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Picha</translation>
    </message>
    <message>
        <source>Add photo to “%1”</source>
        <translation>Ongeza picha kwenye “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln photos to “%1”</source>
        <translation>
            <numerusform>Ongeza picha %Ln kwenye “%1”</numerusform>
            <numerusform>Ongeza picha %Ln kwenye “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove photo from “%1”</source>
        <translation>Ondoa picha kwenye “%1”</translation>
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
Bofya mara mbili kuona kubwa zaidi</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Picha</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>1 — very unsafe</source>
        <translation>1 — si salama kabisa</translation>
    </message>
    <message>
        <source>2 — unsafe</source>
        <translation>2 — si salama</translation>
    </message>
    <message>
        <source>3 — neither</source>
        <translation>3 — kati</translation>
    </message>
    <message>
        <source>4 — safe</source>
        <translation>4 — salama</translation>
    </message>
    <message>
        <source>5 — very safe</source>
        <translation>5 — salama sana</translation>
    </message>
    <message>
        <source>Edit Perception Pin</source>
        <translation>Hariri Pini ya Mtazamo</translation>
    </message>
    <message>
        <source>New Perception Pin</source>
        <translation>Pini Mpya ya Mtazamo</translation>
    </message>
    <message>
        <source>&amp;Safe</source>
        <translation>&amp;Salama</translation>
    </message>
    <message>
        <source>&amp;Unsafe</source>
        <translation>Si s&amp;alama</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Haijakadiriwa</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (imestaafishwa)</translation>
    </message>
    <message>
        <source>What happened here, or why it feels this way (optional)</source>
        <translation>Nini kilitokea hapa, au kwa nini panahisiwa hivi (si lazima)</translation>
    </message>
    <message>
        <source>Anonymous (no code)</source>
        <translation>Bila jina (hakuna msimbo)</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Hisia</translation>
    </message>
    <message>
        <source>Sca&amp;le</source>
        <translation>&amp;Kipimo</translation>
    </message>
    <message>
        <source>&amp;Reasons</source>
        <translation>Sa&amp;babu</translation>
    </message>
    <message>
        <source>S&amp;tory</source>
        <translation>Si&amp;mulizi</translation>
    </message>
    <message>
        <source>Time of &amp;day</source>
        <translation>&amp;Wakati wa siku</translation>
    </message>
    <message>
        <source>&amp;Placed by</source>
        <translation>Imewekwa &amp;na</translation>
    </message>
    <message>
        <source>Delete Pin</source>
        <translation>Futa Pini</translation>
    </message>
</context>
<context>
    <name>PinFlow</name>
    <message>
        <source>&amp;Edit Pin…</source>
        <translation>&amp;Hariri Pini…</translation>
    </message>
    <message>
        <source>Delete &amp;Pin</source>
        <translation>Futa &amp;Pini</translation>
    </message>
    <message>
        <source>Add unsafe pin</source>
        <translation>Ongeza pini ya si salama</translation>
    </message>
    <message>
        <source>Add safe pin</source>
        <translation>Ongeza pini ya salama</translation>
    </message>
    <message>
        <source>Edit unsafe pin</source>
        <translation>Hariri pini ya si salama</translation>
    </message>
    <message>
        <source>Edit safe pin</source>
        <translation>Hariri pini ya salama</translation>
    </message>
    <message>
        <source>Delete unsafe pin</source>
        <translation>Futa pini ya si salama</translation>
    </message>
    <message>
        <source>Delete safe pin</source>
        <translation>Futa pini ya salama</translation>
    </message>
</context>
<context>
    <name>PinsPanel</name>
    <message>
        <source>Edit Pin…</source>
        <translation>Hariri Pini…</translation>
    </message>
    <message>
        <source>Change the selected pin</source>
        <translation>Badilisha pini iliyochaguliwa</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Hariri</translation>
    </message>
    <message>
        <source>Delete Pin</source>
        <translation>Futa Pini</translation>
    </message>
    <message>
        <source>Delete the selected pin (Undo brings it back)</source>
        <translation>Futa pini iliyochaguliwa (Kutendua kunairudisha)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>Pini za mtazamo</translation>
    </message>
    <message>
        <source>The pins placed on the map; select one to see it</source>
        <translation>Pini zilizowekwa kwenye ramani; chagua moja kuiona</translation>
    </message>
    <message>
        <source>%1 %2/5</source>
        <comment>a feeling and its scale</comment>
        <translation>%1 %2/5</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>bila jina</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins in no workshop</source>
        <translation>
            <numerusform>pini %Ln bila warsha</numerusform>
            <numerusform>pini %Ln bila warsha</numerusform>
        </translation>
    </message>
    <message>
        <source>No pins in no workshop yet: use the Perception Pin tool (N) on the map.</source>
        <translation>Bado hakuna pini zisizo na warsha: tumia zana ya Pini ya Mtazamo (N) kwenye ramani.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pins in %1</source>
        <translation>
            <numerusform>pini %Ln katika %1</numerusform>
            <numerusform>pini %Ln katika %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No pins in %1 yet: use the Perception Pin tool (N) on the map.</source>
        <translation>Bado hakuna pini katika %1: tumia zana ya Pini ya Mtazamo (N) kwenye ramani.</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Click proposals, audit points or pins on the map to link them; Escape when done</source>
        <translation>Bofya mapendekezo, vituo vya ukaguzi au pini kwenye ramani ili kuviunganisha; Escape ukimaliza</translation>
    </message>
    <message>
        <source>Nothing to link there: click on a proposal, an audit point or a pin</source>
        <translation>Hakuna cha kuunganisha hapo: bofya pendekezo, kituo cha ukaguzi au pini</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>A stakeholder needs a name</source>
        <translation>Mdau anahitaji jina</translation>
    </message>
    <message>
        <source>Unknown sector: %1 (expected one of %2)</source>
        <translation>Sekta isiyojulikana: %1 (ilitarajiwa mojawapo ya %2)</translation>
    </message>
    <message>
        <source>The influence must be a whole number from 1 to 5, not %1</source>
        <translation>Ushawishi lazima uwe namba kamili kuanzia 1 hadi 5, si %1</translation>
    </message>
    <message>
        <source>The interest must be a whole number from 1 to 5, not %1</source>
        <translation>Maslahi lazima yawe namba kamili kuanzia 1 hadi 5, si %1</translation>
    </message>
    <message>
        <source>An action needs a title</source>
        <translation>Hatua inahitaji kichwa</translation>
    </message>
    <message>
        <source>Unknown CPTED principle: %1 (expected one of %2)</source>
        <translation>Kanuni ya CPTED isiyojulikana: %1 (ilitarajiwa mojawapo ya %2)</translation>
    </message>
    <message>
        <source>Unknown prevention approach: %1 (expected one of %2)</source>
        <translation>Mbinu ya kuzuia isiyojulikana: %1 (ilitarajiwa mojawapo ya %2)</translation>
    </message>
    <message>
        <source>Unknown timeframe: %1 (expected one of %2)</source>
        <translation>Muda usiojulikana: %1 (ulitarajiwa mojawapo ya %2)</translation>
    </message>
    <message>
        <source>Unknown action status: %1 (expected one of %2)</source>
        <translation>Hali ya hatua isiyojulikana: %1 (ilitarajiwa mojawapo ya %2)</translation>
    </message>
    <message>
        <source>The start date must be a date like 2026-03-17, not %1</source>
        <translation>Tarehe ya kuanza lazima iwe tarehe kama 2026-03-17, si %1</translation>
    </message>
    <message>
        <source>The end date must be a date like 2026-03-17, not %1</source>
        <translation>Tarehe ya kumaliza lazima iwe tarehe kama 2026-03-17, si %1</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2</source>
        <translation>Tarehe ya kumaliza %1 iko kabla ya tarehe ya kuanza %2</translation>
    </message>
    <message>
        <source>The estimated cost cannot be negative (%1)</source>
        <translation>Gharama inayokadiriwa haiwezi kuwa hasi (%1)</translation>
    </message>
    <message>
        <source>A priority is 1 (highest) or more, not %1</source>
        <translation>Kipaumbele ni 1 (cha juu kabisa) au zaidi, si %1</translation>
    </message>
    <message>
        <source>No stakeholder with id %1 in the register</source>
        <translation>Hakuna mdau mwenye kitambulisho %1 katika rejista</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>Pendekezo lisilo na jina</translation>
    </message>
    <message>
        <source>Proposal “%1”</source>
        <translation>Pendekezo “%1”</translation>
    </message>
    <message>
        <source>Proposal (deleted)</source>
        <translation>Pendekezo (limefutwa)</translation>
    </message>
    <message>
        <source>Audit point (deleted)</source>
        <translation>Kituo cha ukaguzi (kimefutwa)</translation>
    </message>
    <message>
        <source>Audit point %1 of “%2”</source>
        <translation>Kituo cha ukaguzi %1 cha “%2”</translation>
    </message>
    <message>
        <source>Audit point %1</source>
        <translation>Kituo cha ukaguzi %1</translation>
    </message>
    <message>
        <source>Perception pin (deleted)</source>
        <translation>Pini ya mtazamo (imefutwa)</translation>
    </message>
    <message>
        <source>%1 pin (%2)</source>
        <comment>a feeling and a time of day: “Unsafe pin (night)”</comment>
        <translation>Pini ya %1 (%2)</translation>
    </message>
    <message>
        <source>Recorded incident (deleted)</source>
        <translation>Tukio lililorekodiwa (limefutwa)</translation>
    </message>
    <message>
        <source>Recorded incident: %1</source>
        <translation>Tukio lililorekodiwa: %1</translation>
    </message>
    <message>
        <source>uncategorised</source>
        <translation>bila kundi</translation>
    </message>
    <message>
        <source>No audit scores at the linked places yet</source>
        <translation>Bado hakuna alama za ukaguzi katika maeneo yaliyounganishwa</translation>
    </message>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %Ln audit points</source>
        <translation>
            <numerusform>Wastani wa alama ya usalama %1 / 5 katika kituo %Ln cha ukaguzi</numerusform>
            <numerusform>Wastani wa alama ya usalama %1 / 5 katika vituo %Ln vya ukaguzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %Ln audit points (%2)</source>
        <translation>
            <numerusform>Wastani wa alama ya usalama %1 / 5 katika kituo %Ln cha ukaguzi (%2)</numerusform>
            <numerusform>Wastani wa alama ya usalama %1 / 5 katika vituo %Ln vya ukaguzi (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean safety score %1 / 5 at %Ln audit points (%2 to %3)</source>
        <translation>
            <numerusform>Wastani wa alama ya usalama %1 / 5 katika kituo %Ln cha ukaguzi (%2 hadi %3)</numerusform>
            <numerusform>Wastani wa alama ya usalama %1 / 5 katika vituo %Ln vya ukaguzi (%2 hadi %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed proposal</source>
        <translation>Pendekezo lililoondolewa</translation>
    </message>
    <message>
        <source>Removed audit point</source>
        <translation>Kituo cha ukaguzi kilichoondolewa</translation>
    </message>
    <message>
        <source>Removed perception pin</source>
        <translation>Pini ya mtazamo iliyoondolewa</translation>
    </message>
    <message>
        <source>Removed recorded incident</source>
        <translation>Tukio lililorekodiwa lililoondolewa</translation>
    </message>
    <message>
        <source>That proposal is linked already</source>
        <translation>Pendekezo hilo tayari limeunganishwa</translation>
    </message>
    <message>
        <source>That audit point is linked already</source>
        <translation>Kituo hicho cha ukaguzi tayari kimeunganishwa</translation>
    </message>
    <message>
        <source>That perception pin is linked already</source>
        <translation>Pini hiyo ya mtazamo tayari imeunganishwa</translation>
    </message>
    <message>
        <source>That recorded incident is linked already</source>
        <translation>Tukio hilo lililorekodiwa tayari limeunganishwa</translation>
    </message>
    <message>
        <source>Safe pin (%1)</source>
        <translation>Pini ya salama (%1)</translation>
    </message>
    <message>
        <source>Unsafe pin (%1)</source>
        <translation>Pini ya si salama (%1)</translation>
    </message>
    <message>
        <source>Proposal: %1</source>
        <translation>Pendekezo: %1</translation>
    </message>
    <message>
        <source>Audit point %1 · %2</source>
        <comment>%1: its number; %2: its walk&apos;s title</comment>
        <translation>Kituo cha ukaguzi %1 · %2</translation>
    </message>
    <message>
        <source>untitled walk</source>
        <translation>matembezi yasiyo na jina</translation>
    </message>
    <message>
        <source>%1 pin (%2)</source>
        <comment>%1: how people feel there; %2: the time of day</comment>
        <translation>Pini ya %1 (%2)</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <comment>%1: its category and date</comment>
        <translation>Tukio: %1</translation>
    </message>
    <message>
        <source>— (no votes yet)</source>
        <translation>— (bado hakuna kura)</translation>
    </message>
    <message>
        <source>%1 (votes)</source>
        <comment>a priority taken from the votes</comment>
        <translation>%1 (kura)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no supporting partners</comment>
        <translation>hakuna</translation>
    </message>
    <message>
        <source>%1
Responsible: %2
Supporting: %3</source>
        <comment>%1: an action&apos;s title; %2, %3: partners&apos; names</comment>
        <translation>%1
Mhusika mkuu: %2
Wanaounga mkono: %3</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>bado hakuna mtu</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a timeline card: an action&apos;s status · its responsible partner</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>nobody responsible yet</source>
        <translation>bado hakuna mhusika</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <source>Export Plan (PDF)</source>
        <translation>Hamisha Mpango (PDF)</translation>
    </message>
    <message>
        <source>&amp;A4</source>
        <translation>&amp;A4</translation>
    </message>
    <message>
        <source>&amp;Letter (US)</source>
        <translation>&amp;Letter (Marekani)</translation>
    </message>
    <message>
        <source>&amp;Public version</source>
        <translation>&amp;Toleo la umma</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Chagua mahali pa kuhifadhi PDF</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Vinjari…</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Karatasi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Hamisha</translation>
    </message>
    <message>
        <source>For anyone: the website, a notice board, the press. Perception pins are moved to the centre of a %1 m grid square so no one&apos;s spot can be found, and stories, comments and notes are left out.</source>
        <translation>Kwa yeyote: tovuti, ubao wa matangazo, vyombo vya habari. Pini za mtazamo zinahamishwa hadi katikati ya mraba wa gridi ya %1 m ili mahali pa mtu yeyote pasiweze kupatikana, na simulizi, maoni na maelezo yanaachwa.</translation>
    </message>
    <message>
        <source>Untick for the partners who carry out the plan: pins at their places, with stories and comments. Contacts are never printed in either version.</source>
        <translation>Ondoa alama kwa ajili ya washirika wanaotekeleza mpango: pini mahali pake halisi, pamoja na simulizi na maoni. Mawasiliano hayachapishwi kamwe katika toleo lolote.</translation>
    </message>
    <message>
        <source>The plan was not exported</source>
        <translation>Mpango haukuhamishwa</translation>
    </message>
    <message>
        <source>PDF documents (%1)</source>
        <translation>Nyaraka za PDF (%1)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>Folda %1 haipo</translation>
    </message>
    <message>
        <source>Drawing the maps…</source>
        <translation>Inachora ramani…</translation>
    </message>
    <message>
        <source>The maps could not be drawn (%1)</source>
        <translation>Ramani hazikuweza kuchorwa (%1)</translation>
    </message>
    <message>
        <source>Gathering the plan</source>
        <translation>Inakusanya mpango</translation>
    </message>
    <message>
        <source>Writing the plan</source>
        <translation>Inaandika mpango</translation>
    </message>
    <message>
        <source>Exporting the plan…</source>
        <translation>Inahamisha mpango…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Kuhamisha kumesitishwa; hakuna faili lililoandikwa.</translation>
    </message>
    <message>
        <source>Plan exported</source>
        <translation>Mpango umehamishwa</translation>
    </message>
    <message>
        <source>The plan was saved as %1.</source>
        <translation>Mpango umehifadhiwa kama %1.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Fungua Folda</translation>
    </message>
</context>
<context>
    <name>PlanExports</name>
    <message>
        <source>Export Actions (CSV)</source>
        <translation>Hamisha Hatua (CSV)</translation>
    </message>
    <message>
        <source>CSV spreadsheets (%1)</source>
        <translation>Lahajedwali za CSV (%1)</translation>
    </message>
    <message>
        <source>Writing the actions</source>
        <translation>Inaandika hatua</translation>
    </message>
    <message>
        <source>Exporting the actions…</source>
        <translation>Inahamisha hatua…</translation>
    </message>
    <message>
        <source>The actions were not exported</source>
        <translation>Hatua hazikuhamishwa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions written to %1 (linked pins and incidents at %2 m, not their exact places)</source>
        <translation>
            <numerusform>Hatua %Ln imeandikwa kwenye %1 (pini na matukio yaliyounganishwa kwa %2 m, si mahali pake halisi)</numerusform>
            <numerusform>Hatua %Ln zimeandikwa kwenye %1 (pini na matukio yaliyounganishwa kwa %2 m, si mahali pake halisi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the layers…</source>
        <translation>Inahamisha matabaka…</translation>
    </message>
    <message>
        <source>The layers were not exported</source>
        <translation>Matabaka hayakuhamishwa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln public files written to %1</source>
        <translation>
            <numerusform>Faili %Ln la umma limeandikwa kwenye %1</numerusform>
            <numerusform>Faili %Ln za umma zimeandikwa kwenye %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files written to %1</source>
        <translation>
            <numerusform>Faili %Ln limeandikwa kwenye %1</numerusform>
            <numerusform>Faili %Ln zimeandikwa kwenye %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translation>Kuhamisha kumesitishwa; hakuna faili lililoandikwa</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Kuhamisha kumekamilika</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a finished export&apos;s message, as a sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Fungua Folda</translation>
    </message>
</context>
<context>
    <name>PlanFeature</name>
    <message>
        <source>Stakeholders</source>
        <translation>Wadau</translation>
    </message>
    <message>
        <source>Action Plan</source>
        <translation>Mpango Kazi</translation>
    </message>
    <message>
        <source>&amp;New Action…</source>
        <translation>&amp;Hatua Mpya…</translation>
    </message>
    <message>
        <source>Add an action to the plan from scratch</source>
        <translation>Ongeza hatua kwenye mpango kuanzia mwanzo</translation>
    </message>
    <message>
        <source>&amp;Create Action from Proposal</source>
        <translation>&amp;Unda Hatua kutoka kwa Pendekezo</translation>
    </message>
    <message>
        <source>Turn the selected proposal into an action, linked to it</source>
        <translation>Geuza pendekezo lililochaguliwa kuwa hatua, iliyounganishwa nalo</translation>
    </message>
    <message>
        <source>Add &amp;Stakeholder…</source>
        <translation>Ongeza &amp;Mdau…</translation>
    </message>
    <message>
        <source>Add a department, business, community group or NGO</source>
        <translation>Ongeza idara, biashara, kikundi cha jamii au AZISE</translation>
    </message>
    <message>
        <source>Export &amp;Plan (PDF)…</source>
        <translation>Hamisha &amp;Mpango (PDF)…</translation>
    </message>
    <message>
        <source>Write the action plan as a PDF to print or share</source>
        <translation>Andika mpango kazi kama PDF ili kuchapisha au kushiriki</translation>
    </message>
    <message>
        <source>Export &amp;Actions (CSV)…</source>
        <translation>Hamisha &amp;Hatua (CSV)…</translation>
    </message>
    <message>
        <source>Write the actions as a spreadsheet (CSV)</source>
        <translation>Andika hatua kama lahajedwali (CSV)</translation>
    </message>
    <message>
        <source>Export &amp;Layers…</source>
        <translation>Hamisha Ma&amp;tabaka…</translation>
    </message>
    <message>
        <source>Write every layer as GeoJSON or a GeoPackage for GIS</source>
        <translation>Andika kila tabaka kama GeoJSON au GeoPackage kwa ajili ya GIS</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>M&amp;pango</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Hamisha</translation>
    </message>
    <message>
        <source>The action was not created</source>
        <translation>Hatua haikuundwa</translation>
    </message>
    <message>
        <source>%1: edit it in the Action Plan panel</source>
        <comment>%1: the edit just made</comment>
        <translation>%1: ihariri katika paneli ya Mpango Kazi</translation>
    </message>
</context>
<context>
    <name>PlanMaps</name>
    <message>
        <source>solid by day</source>
        <translation>mstari kamili mchana</translation>
    </message>
    <message>
        <source>dash-dot at dusk</source>
        <translation>mstari-nukta jioni</translation>
    </message>
    <message>
        <source>dashed at night</source>
        <translation>mstari wa vipande usiku</translation>
    </message>
    <message>
        <source>Heat map: unsafe pins</source>
        <translation>Ramani ya msongamano: pini za si salama</translation>
    </message>
    <message>
        <source>Heat map: low audit scores</source>
        <translation>Ramani ya msongamano: alama za chini za ukaguzi</translation>
    </message>
    <message>
        <source>Heat map: recorded incidents</source>
        <translation>Ramani ya msongamano: matukio yaliyorekodiwa</translation>
    </message>
    <message>
        <source>Heat map of where participants marked feeling unsafe.</source>
        <translation>Ramani ya msongamano ya mahali washiriki walipoonyesha kujisikia si salama.</translation>
    </message>
    <message>
        <source>Heat map of where audit points scored low for safety (a score of 0 weighs most, 5 nothing).</source>
        <translation>Ramani ya msongamano ya mahali vituo vya ukaguzi vilipopata alama za chini za usalama (alama 0 ina uzito mkubwa zaidi, 5 haina uzito).</translation>
    </message>
    <message>
        <source>Heat map of where incidents were recorded (imported data, not perceptions).</source>
        <translation>Ramani ya msongamano ya mahali matukio yalipokuwa yamerekodiwa (data iliyoingizwa, si mitazamo).</translation>
    </message>
    <message>
        <source>Pin locations blurred to a %1 m grid: each pin is drawn at the centre of its %1 m square, so pins in one square are drawn on top of each other.</source>
        <translation>Mahali pa pini pamefifishwa hadi gridi ya %1 m: kila pini inachorwa katikati ya mraba wake wa %1 m, kwa hiyo pini zilizo katika mraba mmoja zinachorwa juu ya nyingine.</translation>
    </message>
    <message>
        <source>Grey squares were not scored.</source>
        <translation>Miraba ya kijivu haikupewa alama.</translation>
    </message>
    <message>
        <source>Black rings: lighting scored 0 (dark spots).</source>
        <translation>Pete nyeusi: mwanga umepewa 0 (sehemu zenye giza).</translation>
    </message>
    <message>
        <source>Pink lines: the audit walk routes (%1).</source>
        <comment>%1: how each time of day is drawn</comment>
        <translation>Mistari ya waridi: njia za matembezi ya ukaguzi (%1).</translation>
    </message>
    <message>
        <source>Safety audit: scores along the walks</source>
        <translation>Ukaguzi wa usalama: alama kwenye matembezi</translation>
    </message>
    <message>
        <source>Audit points coloured by their mean safety score, 0 (poor, dark purple) to 5 (good, yellow).</source>
        <translation>Vituo vya ukaguzi vimepakwa rangi kwa wastani wa alama yao ya usalama, 0 (mbaya, zambarau iliyokolea) hadi 5 (nzuri, njano).</translation>
    </message>
    <message>
        <source>Where people feel safe and unsafe</source>
        <translation>Mahali watu wanapojisikia salama na si salama</translation>
    </message>
    <message>
        <source>Perception pins placed by workshop participants: green diamonds where they feel safe, orange triangles where they feel unsafe.</source>
        <translation>Pini za mtazamo zilizowekwa na washiriki wa warsha: almasi za kijani mahali wanapojisikia salama, pembetatu za machungwa mahali wanapojisikia si salama.</translation>
    </message>
    <message>
        <source>Each point spreads over %1 m; the darker the red, the more of them close together. Pale or no colour: few or none.</source>
        <translation>Kila nukta inaenea %1 m; kadiri nyekundu inavyokolea, ndivyo nukta nyingi zilivyo karibu pamoja. Rangi hafifu au hakuna rangi: chache au hakuna.</translation>
    </message>
    <message>
        <source>Workshop proposals</source>
        <translation>Mapendekezo ya warsha</translation>
    </message>
    <message>
        <source>Proposals drawn by the workshop groups: markers mark a place, lines a route, shaded areas an area to change. Each group has its colour and also its own marker shape, line dash and area hatch (see the legend), so groups can be told apart without colour. The action plan links its actions to them.</source>
        <translation>Mapendekezo yaliyochorwa na vikundi vya warsha: alama zinaonyesha mahali, mistari njia, maeneo yaliyotiwa kivuli eneo la kubadilisha. Kila kikundi kina rangi yake na pia umbo lake la alama, mtindo wa mstari na mistari ya eneo (tazama ufunguo), ili vikundi viweze kutofautishwa bila rangi. Mpango kazi unaunganisha hatua zake nayo.</translation>
    </message>
    <message>
        <source>the map image could not be encoded as PNG</source>
        <translation>picha ya ramani haikuweza kusimbwa kama PNG</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>%1 (outcome)  n=%2</source>
        <comment>a criterion, how many scores it has</comment>
        <translation>%1 (matokeo)  n=%2</translation>
    </message>
    <message>
        <source>%1  n=%2</source>
        <comment>a criterion, how many scores it has</comment>
        <translation>%1  n=%2</translation>
    </message>
    <message>
        <source>score 0 poor</source>
        <translation>alama 0 mbaya</translation>
    </message>
    <message>
        <source>score 1</source>
        <translation>alama 1</translation>
    </message>
    <message>
        <source>score 2</source>
        <translation>alama 2</translation>
    </message>
    <message>
        <source>score 3 good</source>
        <translation>alama 3 nzuri</translation>
    </message>
    <message>
        <source>%1 people: not shown</source>
        <comment>%1: fewer than N, as &lt;5</comment>
        <translation>Watu %1: hawaonyeshwi</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>mchana</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>usiku</translation>
    </message>
    <message>
        <source>Safety score 0–5; places numbered west to east</source>
        <translation>Alama ya usalama 0–5; maeneo yamepewa namba kutoka magharibi hadi mashariki</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Ridhisha</translation>
    </message>
    <message>
        <source>Manage closely</source>
        <translation>Simamia kwa karibu</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Fuatilia</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Julisha</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Maslahi →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>Ushawishi →</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>clock hours, from–to</comment>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded incidents (imported data, kept apart from what people felt): %1 by day (%2), %3 at dusk (%4), %5 at night (%6), %7 at a time not recorded.</source>
        <translation>
            <numerusform>Tukio %Ln lililorekodiwa (data iliyoingizwa, kando na wanavyohisi watu): %1 mchana (%2), %3 jioni (%4), %5 usiku (%6), %7 saa isiyorekodiwa.</numerusform>
            <numerusform>Matukio %Ln yaliyorekodiwa (data iliyoingizwa, kando na wanavyohisi watu): %1 mchana (%2), %3 jioni (%4), %5 usiku (%6), %7 saa isiyorekodiwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit points scored; mean safety score %1 out of 5 (lowest %2, highest %3).</source>
        <translation>
            <numerusform>Kituo %Ln cha ukaguzi kimepewa alama; wastani wa alama ya usalama %1 kati ya 5 (ya chini kabisa %2, ya juu kabisa %3).</numerusform>
            <numerusform>Vituo %Ln vya ukaguzi vimepewa alama; wastani wa alama ya usalama %1 kati ya 5 (ya chini kabisa %2, ya juu kabisa %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dark spots: points where lighting scored 0 (poor).</source>
        <translation>
            <numerusform>Sehemu %Ln yenye giza: kituo ambapo mwanga ulipewa 0 (mbaya).</numerusform>
            <numerusform>Sehemu %Ln zenye giza: vituo ambapo mwanga ulipewa 0 (mbaya).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln places walked both by day and at night: %1 scored lower at night; mean %2 by day, %3 at night.</source>
        <translation>
            <numerusform>Eneo %Ln lililotembewa mchana na usiku: %1 lilipata alama ya chini usiku; wastani %2 mchana, %3 usiku.</numerusform>
            <numerusform>Maeneo %Ln yaliyotembewa mchana na usiku: %1 yalipata alama za chini usiku; wastani %2 mchana, %3 usiku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln perception pins, %1 of them marking a place where people feel unsafe.</source>
        <translation>
            <numerusform>Pini %Ln ya mtazamo, %1 kati yake ikionyesha mahali watu wanapojisikia si salama.</numerusform>
            <numerusform>Pini %Ln za mtazamo, %1 kati yake zikionyesha mahali watu wanapojisikia si salama.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where %1 scored low, people felt less safe (rank correlation with the feeling score of at least 0.3: a link, not proof of a cause).</source>
        <comment>%1: criteria</comment>
        <translation>Pale %1 ilipopata alama za chini, watu walijisikia salama kidogo (uhusiano wa mpangilio na alama ya hisia wa angalau 0.3: ni uhusiano, si uthibitisho wa chanzo).</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Ukurasa %1 kati ya %2</translation>
    </message>
    <message>
        <source>Public version</source>
        <translation>Toleo la umma</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Inapanga kurasa</translation>
    </message>
    <message>
        <source>The plan was not written: the folder %1 does not exist</source>
        <translation>Mpango haukuandikwa: folda %1 haipo</translation>
    </message>
    <message>
        <source>Preparing the plan</source>
        <translation>Inaandaa mpango</translation>
    </message>
    <message>
        <source>%1 · Action plan · %2</source>
        <comment>the foot of every page: the project&apos;s name, the date</comment>
        <translation>%1 · Mpango kazi · %2</translation>
    </message>
    <message>
        <source>The plan was not written: %1</source>
        <translation>Mpango haukuandikwa: %1</translation>
    </message>
    <message>
        <source>Community safety action plan, %1</source>
        <translation>Mpango kazi wa usalama wa jamii, %1</translation>
    </message>
    <message>
        <source>Community safety action plan</source>
        <translation>Mpango kazi wa usalama wa jamii</translation>
    </message>
    <message>
        <source>%1 — action plan</source>
        <comment>the PDF&apos;s title</comment>
        <translation>%1 — mpango kazi</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>Inahifadhi faili</translation>
    </message>
    <message>
        <source>The plan was not written: something in it is too large to fit on a page</source>
        <translation>Mpango haukuandikwa: kuna kitu ndani yake kikubwa mno kutoshea kwenye ukurasa</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Imekamilika</translation>
    </message>
    <message>
        <source>“%1” — perception pin, %2, %3</source>
        <comment>%2: how it felt, %3: time of day</comment>
        <translation>“%1” — pini ya mtazamo, %2, %3</translation>
    </message>
    <message>
        <source>“%1” — audit point %2, %3</source>
        <comment>%3: the walk&apos;s title</comment>
        <translation>“%1” — kituo cha ukaguzi %2, %3</translation>
    </message>
    <message>
        <source>“%1” — audit point %2</source>
        <translation>“%1” — kituo cha ukaguzi %2</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Mradi usio na jina</translation>
    </message>
    <message>
        <source>Other or not stated</source>
        <translation>Nyingine au haijatajwa</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jinsia</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Kundi la umri</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Warsha</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Warsha isiyo na jina</translation>
    </message>
    <message>
        <source>Audit walk</source>
        <translation>Matembezi ya ukaguzi</translation>
    </message>
    <message>
        <source>Untitled walk</source>
        <translation>Matembezi yasiyo na jina</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Warsha</translation>
    </message>
    <message>
        <source>Audit walks</source>
        <translation>Matembezi ya ukaguzi</translation>
    </message>
    <message>
        <source>Audit points scored</source>
        <translation>Vituo vya ukaguzi vilivyopewa alama</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>audit points scored of those recorded</comment>
        <translation>%1 kati ya %2</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>Pini za mtazamo</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Mapendekezo</translation>
    </message>
    <message>
        <source>Voting dots placed</source>
        <translation>Vitone vya kura vilivyowekwa</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>Pendekezo lisilo na jina</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>an action&apos;s first and last day</comment>
        <translation>%1 hadi %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>an action&apos;s first day</comment>
        <translation>kuanzia %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>an action&apos;s last day</comment>
        <translation>hadi %1</translation>
    </message>
    <message>
        <source>Audit point %1: %2</source>
        <comment>%2: the walk</comment>
        <translation>Kituo cha ukaguzi %1: %2</translation>
    </message>
    <message>
        <source>Audit points %1: %2</source>
        <comment>%1: their numbers, %2: the walk</comment>
        <translation>Vituo vya ukaguzi %1: %2</translation>
    </message>
    <message>
        <source>Audit point %1</source>
        <translation>Kituo cha ukaguzi %1</translation>
    </message>
    <message>
        <source>Audit points %1</source>
        <comment>%1: their numbers</comment>
        <translation>Vituo vya ukaguzi %1</translation>
    </message>
    <message>
        <source>Proposal %1: %2</source>
        <comment>%1: its number, %2: its title</comment>
        <translation>Pendekezo %1: %2</translation>
    </message>
    <message>
        <source>Proposal %1: untitled</source>
        <translation>Pendekezo %1: halina jina</translation>
    </message>
    <message>
        <source>Perception pin: %1, %2</source>
        <comment>%1: how it felt, %2: time of day</comment>
        <translation>Pini ya mtazamo: %1, %2</translation>
    </message>
    <message>
        <source>Recorded incident: %1</source>
        <comment>%1: its category, as imported</comment>
        <translation>Tukio lililorekodiwa: %1</translation>
    </message>
    <message>
        <source>Recorded incident: uncategorised</source>
        <translation>Tukio lililorekodiwa: bila kundi</translation>
    </message>
    <message>
        <source>untitled walk</source>
        <translation>matembezi yasiyo na jina</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a walk&apos;s title (its time of day)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <comment>a criteria set&apos;s name and version</comment>
        <translation>%1, toleo %2</translation>
    </message>
    <message>
        <source>The diagnosis was made together with the people who use these streets. Small groups walked agreed routes by day and again after dark and scored each stop on a fixed set of criteria (0 = poor to 3 = good); participants marked where they feel safe or unsafe on a map and said why; groups then sketched proposals and placed voting dots on those they thought most important. The actions below were drawn from those proposals and agreed with the partners who will carry them out.</source>
        <translation>Tathmini ilifanywa pamoja na watu wanaotumia mitaa hii. Vikundi vidogo vilitembea njia zilizokubaliwa mchana na tena baada ya giza na kupa kila kituo alama kwa seti maalum ya vigezo (0 = mbaya hadi 3 = nzuri); washiriki walionyesha kwenye ramani mahali wanapojisikia salama au si salama na kueleza sababu; kisha vikundi vilichora mapendekezo na kuweka vitone vya kura kwenye yale waliyoyaona muhimu zaidi. Hatua zilizo hapa chini zimetokana na mapendekezo hayo na kukubaliwa na washirika watakaozitekeleza.</translation>
    </message>
    <message>
        <source>Counts of fewer than %1 people, and counts from which one could be worked out, are hidden. This plan names no participant and gives no contact details. This public version leaves out every story, comment and note.</source>
        <translation>Idadi za chini ya watu %1, na idadi ambazo kutokana nazo moja ingeweza kukokotolewa, zimefichwa. Mpango huu hautaji mshiriki yeyote wala kutoa mawasiliano. Toleo hili la umma linaacha kila simulizi, maoni na maelezo.</translation>
    </message>
    <message>
        <source>Counts of fewer than %1 people, and counts from which one could be worked out, are hidden. This plan names no participant and gives no contact details.</source>
        <translation>Idadi za chini ya watu %1, na idadi ambazo kutokana nazo moja ingeweza kukokotolewa, zimefichwa. Mpango huu hautaji mshiriki yeyote wala kutoa mawasiliano.</translation>
    </message>
    <message>
        <source>Prepared with CoSafe on %1.</source>
        <translation>Umeandaliwa kwa CoSafe tarehe %1.</translation>
    </message>
    <message>
        <source>participants</source>
        <comment>under a big number on the cover</comment>
        <translation>washiriki</translation>
    </message>
    <message>
        <source>audit points scored</source>
        <comment>under a big number on the cover</comment>
        <translation>vituo vya ukaguzi vilivyopewa alama</translation>
    </message>
    <message>
        <source>perception pins</source>
        <comment>under a big number on the cover</comment>
        <translation>pini za mtazamo</translation>
    </message>
    <message>
        <source>proposals</source>
        <comment>under a big number on the cover</comment>
        <translation>mapendekezo</translation>
    </message>
    <message>
        <source>actions</source>
        <comment>under a big number on the cover</comment>
        <translation>hatua</translation>
    </message>
    <message>
        <source>partners</source>
        <comment>under a big number on the cover</comment>
        <translation>washirika</translation>
    </message>
    <message>
        <source>1  Method and participation</source>
        <translation>1  Mbinu na ushiriki</translation>
    </message>
    <message>
        <source>Workshops and walks</source>
        <translation>Warsha na matembezi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants signed in, recorded only by gender, age band and role. Categories with fewer than %1 people are counted together as “Other or not stated”; a count that is still below %1, or from which one could be worked out, is “hidden”.</source>
        <translation>
            <numerusform>Mshiriki %Ln alisajiliwa, akirekodiwa kwa jinsia, kundi la umri na jukumu tu. Makundi yenye chini ya watu %1 yanahesabiwa pamoja kama “Nyingine au haijatajwa”; idadi ambayo bado iko chini ya %1, au ambayo kutokana nayo moja ingeweza kukokotolewa, ni “imefichwa”.</numerusform>
            <numerusform>Washiriki %Ln walisajiliwa, wakirekodiwa kwa jinsia, kundi la umri na jukumu tu. Makundi yenye chini ya watu %1 yanahesabiwa pamoja kama “Nyingine au haijatajwa”; idadi ambayo bado iko chini ya %1, au ambayo kutokana nayo moja ingeweza kukokotolewa, ni “imefichwa”.</numerusform>
        </translation>
    </message>
    <message>
        <source>%2 participants signed in, recorded only by gender, age band and role. Categories with fewer than %1 people are counted together as “Other or not stated”; a count that is still below %1, or from which one could be worked out, is “hidden”.</source>
        <comment>%2: “hidden”, as the count is too small to show</comment>
        <translation>Washiriki: %2 walisajiliwa, wakirekodiwa kwa jinsia, kundi la umri na jukumu tu. Makundi yenye chini ya watu %1 yanahesabiwa pamoja kama “Nyingine au haijatajwa”; idadi ambayo bado iko chini ya %1, au ambayo kutokana nayo moja ingeweza kukokotolewa, ni “imefichwa”.</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Nani alishiriki</translation>
    </message>
    <message>
        <source>2  Diagnosis</source>
        <translation>2  Tathmini</translation>
    </message>
    <message>
        <source>No audit scores or perception pins were recorded yet.</source>
        <translation>Bado hakuna alama za ukaguzi wala pini za mtazamo zilizorekodiwa.</translation>
    </message>
    <message>
        <source>Scores by criterion</source>
        <translation>Alama kwa kigezo</translation>
    </message>
    <message>
        <source>Share of audit scores from 0 (poor) to 3 (good) for each criterion; n = scores given. Feeling is the outcome the other criteria are read against.</source>
        <translation>Sehemu ya alama za ukaguzi kutoka 0 (mbaya) hadi 3 (nzuri) kwa kila kigezo; n = alama zilizotolewa. Hisia ni matokeo ambayo vigezo vingine vinalinganishwa nayo.</translation>
    </message>
    <message>
        <source>Mean 0–5 safety score of the audit points walked by each group. Groups of fewer than %1 people are not shown.</source>
        <translation>Wastani wa alama ya usalama 0–5 ya vituo vya ukaguzi vilivyotembewa na kila kundi. Makundi ya chini ya watu %1 hayaonyeshwi.</translation>
    </message>
    <message>
        <source>Mean safety score by gender</source>
        <translation>Wastani wa alama ya usalama kwa jinsia</translation>
    </message>
    <message>
        <source>Mean safety score by age band</source>
        <translation>Wastani wa alama ya usalama kwa kundi la umri</translation>
    </message>
    <message>
        <source>Mean safety score</source>
        <translation>Wastani wa alama ya usalama</translation>
    </message>
    <message>
        <source>Share of pins marked unsafe</source>
        <translation>Sehemu ya pini zilizowekwa si salama</translation>
    </message>
    <message>
        <source>Day and night</source>
        <translation>Mchana na usiku</translation>
    </message>
    <message>
        <source>By the time of day of the walk or pin.</source>
        <translation>Kwa wakati wa siku wa matembezi au pini.</translation>
    </message>
    <message>
        <source>The same places by day and at night</source>
        <translation>Maeneo yaleyale mchana na usiku</translation>
    </message>
    <message>
        <source>Each place walked both by day (circle) and after dark (square); the line shows how much its safety score changes.</source>
        <translation>Kila eneo lililotembewa mchana (duara) na baada ya giza (mraba); mstari unaonyesha kiasi ambacho alama yake ya usalama inabadilika.</translation>
    </message>
    <message>
        <source>What people said</source>
        <translation>Watu walisema nini</translation>
    </message>
    <message>
        <source>3  Proposals</source>
        <translation>3  Mapendekezo</translation>
    </message>
    <message>
        <source>No proposals were recorded.</source>
        <translation>Hakuna mapendekezo yaliyorekodiwa.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals; the %1 with the most voting dots (and %2 more on the map). No. is the number beside the proposal on the map above.</source>
        <translation>
            <numerusform>Pendekezo %Ln; %1 yenye vitone vingi zaidi vya kura (na %2 zaidi kwenye ramani). Na. ni namba iliyo kando ya pendekezo kwenye ramani iliyo juu.</numerusform>
            <numerusform>Mapendekezo %Ln; %1 yenye vitone vingi zaidi vya kura (na %2 zaidi kwenye ramani). Na. ni namba iliyo kando ya pendekezo kwenye ramani iliyo juu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals; the %1 with the most voting dots. No. is the number beside the proposal on the map above.</source>
        <translation>
            <numerusform>Pendekezo %Ln; %1 yenye vitone vingi zaidi vya kura. Na. ni namba iliyo kando ya pendekezo kwenye ramani iliyo juu.</numerusform>
            <numerusform>Mapendekezo %Ln; %1 yenye vitone vingi zaidi vya kura. Na. ni namba iliyo kando ya pendekezo kwenye ramani iliyo juu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most voted proposals</source>
        <translation>Mapendekezo yaliyopigiwa kura nyingi zaidi</translation>
    </message>
    <message>
        <source>4  Action plan</source>
        <translation>4  Mpango kazi</translation>
    </message>
    <message>
        <source>No actions have been agreed yet.</source>
        <translation>Bado hakuna hatua zilizokubaliwa.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions in priority order (1 = highest, from the community&apos;s votes or agreed). Estimated cost of those costed: %1.</source>
        <translation>
            <numerusform>Hatua %Ln kwa mpangilio wa kipaumbele (1 = cha juu kabisa, kutokana na kura za jamii au makubaliano). Gharama inayokadiriwa ya zile zilizokadiriwa: %1.</numerusform>
            <numerusform>Hatua %Ln kwa mpangilio wa kipaumbele (1 = cha juu kabisa, kutokana na kura za jamii au makubaliano). Gharama inayokadiriwa ya zile zilizokadiriwa: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions in priority order (1 = highest, from the community&apos;s votes or agreed).</source>
        <translation>
            <numerusform>Hatua %Ln kwa mpangilio wa kipaumbele (1 = cha juu kabisa, kutokana na kura za jamii au makubaliano).</numerusform>
            <numerusform>Hatua %Ln kwa mpangilio wa kipaumbele (1 = cha juu kabisa, kutokana na kura za jamii au makubaliano).</numerusform>
        </translation>
    </message>
    <message>
        <source>5  Stakeholders</source>
        <translation>5  Wadau</translation>
    </message>
    <message>
        <source>No stakeholders are registered yet.</source>
        <translation>Bado hakuna wadau waliosajiliwa.</translation>
    </message>
    <message>
        <source>Who can make the actions happen: each stakeholder&apos;s influence over the outcome and interest in it, scored 1–5. Numbers refer to the table below.</source>
        <translation>Nani anaweza kufanikisha hatua: ushawishi wa kila mdau juu ya matokeo na maslahi yake ndani yake, kwa alama 1–5. Namba zinarejelea jedwali lililo hapa chini.</translation>
    </message>
    <message>
        <source>Influence and interest</source>
        <translation>Ushawishi na maslahi</translation>
    </message>
    <message>
        <source>Register</source>
        <comment>the list of stakeholders</comment>
        <translation>Rejista</translation>
    </message>
    <message>
        <source>6  Monitoring</source>
        <translation>6  Ufuatiliaji</translation>
    </message>
    <message>
        <source>No actions to monitor yet.</source>
        <translation>Bado hakuna hatua za kufuatilia.</translation>
    </message>
    <message>
        <source>How each action will be judged: its indicator, where it starts (the baseline, often the mean safety score at its places today) and the target. Re-audit the same places after the work to compare.</source>
        <translation>Jinsi kila hatua itakavyopimwa: kiashiria chake, mahali inapoanzia (kipimo cha awali, mara nyingi wastani wa alama ya usalama katika maeneo yake leo) na lengo. Kagueni tena maeneo yaleyale baada ya kazi ili kulinganisha.</translation>
    </message>
    <message>
        <source>Appendix: audit criteria and the safety score</source>
        <translation>Kiambatisho: vigezo vya ukaguzi na alama ya usalama</translation>
    </message>
    <message>
        <source>Criteria set: %1.</source>
        <translation>Seti ya vigezo: %1.</translation>
    </message>
    <message>
        <source>The safety score</source>
        <translation>Alama ya usalama</translation>
    </message>
    <message>
        <source>The formula is CoSafe&apos;s own and is stated here so that anyone can recompute the scores.</source>
        <translation>Fomula ni ya CoSafe yenyewe na imeelezwa hapa ili yeyote aweze kukokotoa alama upya.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Yaliyomo</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>haijawekwa</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <comment>places or partners not listed</comment>
        <translation>
            <numerusform>na %Ln zaidi</numerusform>
            <numerusform>na %Ln zaidi</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Kipaumbele</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Hatua</translation>
    </message>
    <message>
        <source>Responsible / supporting</source>
        <translation>Mhusika mkuu / wanaounga mkono</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Maeneo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Gharama</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>no one yet</source>
        <comment>no partner responsible for the action</comment>
        <translation>bado hakuna mtu</translation>
    </message>
    <message>
        <source>with %1</source>
        <comment>%1: the supporting partners</comment>
        <translation>pamoja na %1</translation>
    </message>
    <message>
        <source>Total estimated cost</source>
        <translation>Jumla ya gharama inayokadiriwa</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Kiashiria</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Kipimo cha awali</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Lengo</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Mhusika mkuu</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Mdau</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sekta</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Ushawishi</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Maslahi</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <comment>a score out of 5</comment>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Nafasi</translation>
    </message>
    <message>
        <source>No.</source>
        <comment>the number of a proposal on the map</comment>
        <translation>Na.</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Pendekezo</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>Kanuni ya CPTED</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Afua</translation>
    </message>
    <message>
        <source>Dots</source>
        <comment>voting dots</comment>
        <translation>Vitone</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Shughuli</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <source>Place / time of day</source>
        <translation>Mahali / wakati wa siku</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Watu</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>hakuna kilichorekodiwa</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kigezo</translation>
    </message>
    <message>
        <source>A score of 3 (good) means</source>
        <translation>Alama 3 (nzuri) inamaanisha</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>Inatumika kama</translation>
    </message>
    <message>
        <source>outcome (not in the score)</source>
        <translation>matokeo (si sehemu ya alama)</translation>
    </message>
    <message>
        <source>part of the safety score</source>
        <translation>sehemu ya alama ya usalama</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Voting is on the presentation screen.</source>
        <translation>Upigaji kura uko kwenye skrini ya uwasilishaji.</translation>
    </message>
</context>
<context>
    <name>PresentationLegend</name>
    <message>
        <source>Feels safe (pin)</source>
        <translation>Panahisi salama (pini)</translation>
    </message>
    <message>
        <source>Feels unsafe (pin)</source>
        <translation>Panahisi si salama (pini)</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>almasi</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>pembetatu</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — drawing now</source>
        <comment>the active group</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; — kinachora sasa</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>CoSafe — Presentation</source>
        <translation>CoSafe — Uwasilishaji</translation>
    </message>
    <message>
        <source>Workshop and Group</source>
        <translation>Warsha na Kikundi</translation>
    </message>
    <message>
        <source>End Presentation (Esc)</source>
        <translation>Maliza Uwasilishaji (Esc)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Zana</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Upigaji kura</translation>
    </message>
    <message>
        <source>Show the dot voting and the ranking beside the map</source>
        <translation>Onyesha upigaji kura wa vitone na mpangilio wa nafasi kando ya ramani</translation>
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
        <translation>Chapisha karatasi za ukaguzi</translation>
    </message>
    <message>
        <source>A sheet is printed for every three points of the walk (five on A3)</source>
        <translation>Karatasi moja huchapishwa kwa kila vituo vitatu vya matembezi (vitano kwenye A3)</translation>
    </message>
    <message>
        <source>A4 (a clipboard)</source>
        <translation>A4 (ubao wa kuandikia)</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>audit sheets</source>
        <translation>karatasi za ukaguzi</translation>
    </message>
    <message>
        <source>Audit walk:</source>
        <translation>Matembezi ya ukaguzi:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Karatasi:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Hifadhi kama:</translation>
    </message>
    <message>
        <source>&amp;Print to PDF</source>
        <translation>&amp;Chapisha kwa PDF</translation>
    </message>
    <message>
        <source>Save Audit Sheets As</source>
        <translation>Hifadhi karatasi za ukaguzi kama</translation>
    </message>
    <message>
        <source>The audit sheets were not printed</source>
        <translation>Karatasi za ukaguzi hazikuchapishwa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln audit sheets written to %1</source>
        <translation>
            <numerusform>Karatasi %Ln ya ukaguzi imeandikwa kwenye %1</numerusform>
            <numerusform>Karatasi %Ln za ukaguzi zimeandikwa kwenye %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit sheets printed</source>
        <translation>Karatasi za ukaguzi zimechapishwa</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Fungua Folda</translation>
    </message>
</context>
<context>
    <name>PrintSheetsDialog</name>
    <message>
        <source>Print Group Maps</source>
        <translation>Chapisha ramani za vikundi</translation>
    </message>
    <message>
        <source>One sheet is printed for each ticked group</source>
        <translation>Karatasi moja huchapishwa kwa kila kikundi kilichowekewa alama</translation>
    </message>
    <message>
        <source>A3 (a table of 4–6 people)</source>
        <translation>A3 (meza ya watu 4–6)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A2 (a large table)</source>
        <translation>A2 (meza kubwa)</translation>
    </message>
    <message>
        <source>group maps</source>
        <translation>ramani za vikundi</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Warsha:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Vikundi:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Karatasi:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Hifadhi kama:</translation>
    </message>
    <message>
        <source>&amp;Print to PDF</source>
        <translation>&amp;Chapisha kwa PDF</translation>
    </message>
    <message>
        <source>Save Group Maps As</source>
        <translation>Hifadhi ramani za vikundi kama</translation>
    </message>
    <message>
        <source>The group maps were not printed</source>
        <translation>Ramani za vikundi hazikuchapishwa</translation>
    </message>
    <message numerus="yes">
        <source>Writing %Ln group maps</source>
        <translation>
            <numerusform>Inaandika ramani %Ln ya kikundi</numerusform>
            <numerusform>Inaandika ramani %Ln za vikundi</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing group maps…</source>
        <translation>Inachapisha ramani za vikundi…</translation>
    </message>
    <message>
        <source>Printing cancelled; no file was written</source>
        <translation>Uchapishaji umesitishwa; hakuna faili lililoandikwa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group maps written to %1</source>
        <translation>
            <numerusform>Ramani %Ln ya kikundi imeandikwa kwenye %1</numerusform>
            <numerusform>Ramani %Ln za vikundi zimeandikwa kwenye %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Group maps printed</source>
        <translation>Ramani za vikundi zimechapishwa</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Fungua folda</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>hidden</source>
        <translation>imefichwa</translation>
    </message>
    <message>
        <source>The suppression threshold must be between %1 and %2 people: a figure for fewer than %1 could name them</source>
        <translation>Kiwango cha kuficha lazima kiwe kati ya watu %1 na %2: takwimu ya chini ya %1 ingeweza kuwatambulisha</translation>
    </message>
    <message>
        <source>The blur grid must be more than 0 m, not %1</source>
        <translation>Gridi ya kufifisha lazima iwe zaidi ya m 0, si %1</translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>“%1” is not a currency code: use an ISO 4217 code such as KES, BRL, EUR or XOF</source>
        <translation>“%1” si msimbo wa sarafu: tumia msimbo wa ISO 4217 kama KES, BRL, EUR au XOF</translation>
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
        <translation>application_id ni %1, si GPKG</translation>
    </message>
    <message>
        <source>user_version is %1, expected %2 or later</source>
        <translation>user_version ni %1, ilitarajiwa %2 au zaidi</translation>
    </message>
    <message>
        <source>required table is missing</source>
        <translation>jedwali linalohitajika halipo</translation>
    </message>
    <message>
        <source>SRS %1 is not defined</source>
        <translation>SRS %1 haijafafanuliwa</translation>
    </message>
    <message>
        <source>registered in gpkg_contents but missing</source>
        <translation>limesajiliwa katika gpkg_contents lakini halipo</translation>
    </message>
    <message>
        <source>feature table has no geometry column registered</source>
        <translation>jedwali la vipengele halina safu ya jiometri iliyosajiliwa</translation>
    </message>
    <message>
        <source>geometry uses undefined SRS %1</source>
        <translation>jiometri inatumia SRS %1 isiyofafanuliwa</translation>
    </message>
    <message>
        <source>its registered geometry column is not a column of a table</source>
        <translation>safu yake ya jiometri iliyosajiliwa si safu ya jedwali</translation>
    </message>
    <message>
        <source>spatial index (R-tree) is missing</source>
        <translation>faharasa ya anga (R-tree) haipo</translation>
    </message>
    <message>
        <source>R-tree trigger %1 is missing</source>
        <translation>trigger ya R-tree %1 haipo</translation>
    </message>
    <message numerus="yes">
        <source>spatial index holds %1 entries for %Ln geometries</source>
        <translation>
            <numerusform>faharasa ya anga ina maingizo %1 kwa jiometri %Ln</numerusform>
            <numerusform>faharasa ya anga ina maingizo %1 kwa jiometri %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: faili hilo halipo</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file</source>
        <translation>%1 ni folda, si faili la mradi</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 haiwezi kusomwa: %2</translation>
    </message>
    <message>
        <source>%1 is not a CoSafe project: it is not an SQLite/GeoPackage file</source>
        <translation>%1 si mradi wa CoSafe: si faili la SQLite/GeoPackage</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a GeoPackage, so not a CoSafe project</source>
        <translation>%1 ni hifadhidata ya SQLite lakini si GeoPackage, kwa hiyo si mradi wa CoSafe</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 haiwezi kufunguliwa: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: the SQLite integrity check failed</source>
        <translation>%1 imeharibika: ukaguzi wa uadilifu wa SQLite umeshindwa</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a GeoPackage with %Ln layers: %2, but not a CoSafe project</source>
        <translation>
            <numerusform>%1 ni GeoPackage yenye tabaka %Ln: %2, lakini si mradi wa CoSafe</numerusform>
            <numerusform>%1 ni GeoPackage yenye matabaka %Ln: %2, lakini si mradi wa CoSafe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a GeoPackage, but not a CoSafe project</source>
        <translation>%1 ni GeoPackage, lakini si mradi wa CoSafe</translation>
    </message>
    <message>
        <source>%1 took too long to read, so it was refused</source>
        <translation>%1 ilichukua muda mrefu mno kusomwa, kwa hiyo imekataliwa</translation>
    </message>
    <message>
        <source>%1 is damaged: its tables cannot be read</source>
        <translation>%1 imeharibika: majedwali yake hayawezi kusomwa</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no CoSafe schema version</source>
        <translation>%1 imeharibika: haina toleo la muundo wa CoSafe</translation>
    </message>
    <message>
        <source>%1 was made by a newer CoSafe (project format %2; this version reads up to %3): update CoSafe to open it</source>
        <translation>%1 iliundwa na CoSafe mpya zaidi (muundo wa mradi %2; toleo hili husoma hadi %3): sasisha CoSafe ili kuifungua</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>faili ni la kusoma tu</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>folda yake ni ya kusoma tu</translation>
    </message>
    <message>
        <source>Folder %1 does not exist</source>
        <translation>Folda %1 haipo</translation>
    </message>
    <message>
        <source>Could not write the new project</source>
        <translation>Haikuweza kuandika mradi mpya</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>imefunguliwa kwa kusoma tu</translation>
    </message>
    <message>
        <source>%1 is already open in another CoSafe window; it can be opened read-only</source>
        <translation>%1 tayari imefunguliwa katika dirisha jingine la CoSafe; inaweza kufunguliwa kwa kusoma tu</translation>
    </message>
    <message>
        <source>%1; an older format, upgraded in memory only</source>
        <comment>%1 is why the file is read-only</comment>
        <translation>%1; muundo wa zamani, umeboreshwa kwenye kumbukumbu tu</translation>
    </message>
    <message>
        <source>The project is read-only (%1); nothing was changed</source>
        <translation>Mradi ni wa kusoma tu (%1); hakuna kilichobadilishwa</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Badiliko halikuhifadhiwa: %1</translation>
    </message>
    <message>
        <source>The project file was moved or deleted while open, so the change was not saved; use File › Save As to keep a copy</source>
        <translation>Faili la mradi lilihamishwa au kufutwa likiwa wazi, kwa hiyo badiliko halikuhifadhiwa; tumia Faili › Hifadhi Kama kuhifadhi nakala</translation>
    </message>
    <message>
        <source>Choose a different file name to save a copy</source>
        <translation>Chagua jina tofauti la faili ili kuhifadhi nakala</translation>
    </message>
    <message>
        <source>The photos were cleaned, but the file was not rewritten</source>
        <translation>Picha zimesafishwa, lakini faili halikuandikwa upya</translation>
    </message>
    <message>
        <source>The traces were not removed</source>
        <translation>Athari hazikuondolewa</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <comment>a problem SQLite&apos;s integrity check found</comment>
        <translation>uadilifu: %1</translation>
    </message>
    <message>
        <source>GeoPackage: %1</source>
        <comment>a problem of the GeoPackage structure</comment>
        <translation>GeoPackage: %1</translation>
    </message>
    <message>
        <source>schema: version %1, expected %2</source>
        <translation>muundo: toleo %1, ilitarajiwa %2</translation>
    </message>
    <message>
        <source>records: %1</source>
        <comment>a record that is not one CoSafe writes</comment>
        <translation>rekodi: %1</translation>
    </message>
    <message numerus="yes">
        <source>records: checking stopped after %Ln bad records</source>
        <translation>
            <numerusform>rekodi: ukaguzi umesimama baada ya rekodi %Ln mbovu</numerusform>
            <numerusform>rekodi: ukaguzi umesimama baada ya rekodi %Ln mbovu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 tayari ipo</translation>
    </message>
    <message>
        <source>%1 is open in another CoSafe window; close it there first</source>
        <translation>%1 imefunguliwa katika dirisha jingine la CoSafe; ifunge huko kwanza</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Nakala haikuhifadhiwa</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Haiwezekani kuandika katika %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read to upgrade it in memory: %2</source>
        <translation>%1 haikuweza kusomwa ili kuiboresha kwenye kumbukumbu: %2</translation>
    </message>
    <message>
        <source>Could not make a backup before upgrading</source>
        <translation>Haikuweza kuunda nakala rudufu kabla ya kuboresha</translation>
    </message>
    <message>
        <source>Upgrading the project failed and was undone (the file is as it was, and no backup was kept): %1</source>
        <translation>Kuboresha mradi kumeshindikana na kumetenduliwa (faili liko kama lilivyokuwa, na hakuna nakala rudufu iliyohifadhiwa): %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>what failed, then why: “The copy was not saved: the disk is full”</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>diski imejaa</translation>
    </message>
    <message>
        <source>the file cannot be written (read-only)</source>
        <translation>faili haliwezi kuandikwa (kusoma tu)</translation>
    </message>
    <message>
        <source>the file is locked by another program</source>
        <translation>faili limefungwa na programu nyingine</translation>
    </message>
    <message>
        <source>the disk could not be written (I/O error; was the USB stick removed?)</source>
        <translation>diski haikuweza kuandikwa (hitilafu ya I/O; je, USB iliondolewa?)</translation>
    </message>
    <message>
        <source>a value is out of its allowed range (%1)</source>
        <translation>thamani iko nje ya kiwango kinachoruhusiwa (%1)</translation>
    </message>
    <message>
        <source>a record with the same identity already exists</source>
        <translation>rekodi yenye utambulisho uleule tayari ipo</translation>
    </message>
    <message>
        <source>%1 record feature %2: %3</source>
        <comment>a table, a basemap feature&apos;s number, what is wrong in it</comment>
        <translation>%1 rekodi ya kipengele %2: %3</translation>
    </message>
    <message>
        <source>%1 record %2: %3</source>
        <comment>a table, a record&apos;s UUID, what is wrong in it</comment>
        <translation>%1 rekodi %2: %3</translation>
    </message>
    <message>
        <source>its geometry is not a GeoPackage geometry</source>
        <translation>jiometri yake si jiometri ya GeoPackage</translation>
    </message>
    <message>
        <source>its layer or style class is not text</source>
        <translation>tabaka au daraja lake la mtindo si maandishi</translation>
    </message>
    <message>
        <source>its name is not text</source>
        <translation>jina lake si maandishi</translation>
    </message>
    <message>
        <source>its columns are not the ones CoSafe declares, so its records cannot be read</source>
        <translation>safu zake si zile ambazo CoSafe inatangaza, kwa hiyo rekodi zake haziwezi kusomwa</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 au 1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>namba kamili</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>namba</translation>
    </message>
    <message>
        <source>text</source>
        <translation>maandishi</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>data ya binary</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>the last two kinds of value a column takes: “a whole number or text”</comment>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between kinds of value</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <comment>a column, the value it holds, what it should hold</comment>
        <translation>%1 ni %2, si %3</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>tarehe (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a date and time (YYYY-MM-DDTHH:MM:SS.SSSZ)</source>
        <translation>tarehe na saa (YYYY-MM-DDTHH:MM:SS.SSSZ)</translation>
    </message>
    <message>
        <source>it does not have the columns of its table</source>
        <translation>haina safu za jedwali lake</translation>
    </message>
    <message>
        <source>JSON text</source>
        <translation>maandishi ya JSON</translation>
    </message>
    <message>
        <source>%1 is not valid JSON</source>
        <comment>%1 is a column</comment>
        <translation>%1 si JSON halali</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <comment>%1 is a column</comment>
        <translation>%1 si kitu cha JSON (object)</translation>
    </message>
    <message>
        <source>%1 is not a JSON list</source>
        <comment>%1 is a column</comment>
        <translation>%1 si orodha ya JSON</translation>
    </message>
    <message>
        <source>%1 holds something other than text</source>
        <comment>%1 is a column</comment>
        <translation>%1 ina kitu kisicho maandishi</translation>
    </message>
    <message>
        <source>empty (NULL)</source>
        <translation>tupu (NULL)</translation>
    </message>
    <message>
        <source>its geometry cannot be read</source>
        <translation>jiometri yake haiwezi kusomwa</translation>
    </message>
    <message>
        <source>its geometry is not a %1</source>
        <comment>%1 is a GeoPackage geometry type: “multipolygon”</comment>
        <translation>jiometri yake si %1</translation>
    </message>
    <message>
        <source>%1 is empty (NULL) where a value is needed</source>
        <comment>%1 is a column</comment>
        <translation>%1 ni tupu (NULL) mahali ambapo thamani inahitajika</translation>
    </message>
    <message>
        <source>a value is empty (NULL) where a value is needed</source>
        <translation>thamani ni tupu (NULL) mahali ambapo thamani inahitajika</translation>
    </message>
    <message>
        <source>a value breaks the rule %1</source>
        <comment>%1 is an SQL rule of the table</comment>
        <translation>thamani inavunja kanuni %1</translation>
    </message>
    <message>
        <source>a value breaks a rule of its table</source>
        <translation>thamani inavunja kanuni ya jedwali lake</translation>
    </message>
    <message>
        <source>a view “%1” where a table belongs</source>
        <translation>view “%1” mahali pa jedwali</translation>
    </message>
    <message>
        <source>a trigger “%1” on %2</source>
        <translation>trigger “%1” kwenye %2</translation>
    </message>
    <message>
        <source>an index “%1” on %2</source>
        <translation>faharasa “%1” kwenye %2</translation>
    </message>
    <message>
        <source>a view “%1”</source>
        <translation>view “%1”</translation>
    </message>
    <message>
        <source>a virtual table “%1”</source>
        <translation>jedwali pepe “%1”</translation>
    </message>
    <message>
        <source>%1 was refused: it holds %2, which neither CoSafe nor the GeoPackage standard makes (SQL of a file&apos;s own could change records unseen or never finish)</source>
        <comment>%2 names what it holds: “a trigger “x” on proposals”</comment>
        <translation>%1 imekataliwa: ina %2, ambayo si CoSafe wala kiwango cha GeoPackage kinachoiunda (SQL ya faili lenyewe ingeweza kubadilisha rekodi bila kuonekana au kutokamilika kamwe)</translation>
    </message>
</context>
<context>
    <name>ProjectFiles</name>
    <message>
        <source>New project</source>
        <translation>Mradi mpya</translation>
    </message>
    <message>
        <source>%1 is already open</source>
        <translation>%1 tayari imefunguliwa</translation>
    </message>
    <message>
        <source>Not a CoSafe project</source>
        <translation>Si mradi wa CoSafe</translation>
    </message>
    <message>
        <source>%1. Start a new project with its layers as the basemap?</source>
        <translation>%1. Anzisha mradi mpya wenye matabaka yake kama ramani ya msingi?</translation>
    </message>
    <message>
        <source>Start New Project</source>
        <translation>Anzisha Mradi Mpya</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Haiwezekani kufungua mradi</translation>
    </message>
    <message>
        <source>%1; it was removed from the recent projects</source>
        <translation>%1; imeondolewa kwenye miradi ya hivi karibuni</translation>
    </message>
    <message>
        <source>Upgraded %1 to the current project format; the file as it was is kept as %2 (a full copy: remove it in File › Project Properties)</source>
        <translation>%1 imeboreshwa hadi muundo wa sasa wa mradi; faili kama lilivyokuwa limehifadhiwa kama %2 (nakala kamili: iondoe katika Faili › Sifa za Mradi)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>two messages</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>photos cleaned</comment>
        <translation>%1 kati ya %2</translation>
    </message>
    <message>
        <source>Cleaning stored photos…</source>
        <translation>Inasafisha picha zilizohifadhiwa…</translation>
    </message>
    <message>
        <source>Photos not cleaned</source>
        <translation>Picha hazikusafishwa</translation>
    </message>
    <message>
        <source>Stored photos were not cleaned of camera data (cancelled); CoSafe cleans them the next time</source>
        <translation>Picha zilizohifadhiwa hazikusafishwa data ya kamera (imesitishwa); CoSafe itazisafisha wakati ujao</translation>
    </message>
    <message>
        <source>%1 project.gpkg</source>
        <comment>a file name</comment>
        <translation>%1 mradi.gpkg</translation>
    </message>
    <message>
        <source>New project.gpkg</source>
        <comment>a file name</comment>
        <translation>Mradi mpya.gpkg</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Haiwezekani kuunda mradi</translation>
    </message>
    <message>
        <source>%1 is open in CoSafe; choose another file name</source>
        <translation>%1 imefunguliwa katika CoSafe; chagua jina jingine la faili</translation>
    </message>
    <message>
        <source>%1 copy.gpkg</source>
        <comment>a file name</comment>
        <translation>%1 nakala.gpkg</translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Haiwezekani kuhifadhi nakala</translation>
    </message>
    <message>
        <source>Choose a different file name to save a copy</source>
        <translation>Chagua jina tofauti la faili ili kuhifadhi nakala</translation>
    </message>
    <message>
        <source>Saved a copy as %1; you are now working in the copy</source>
        <translation>Nakala imehifadhiwa kama %1; sasa unafanya kazi katika nakala</translation>
    </message>
    <message>
        <source>Remove traces of deleted records?</source>
        <translation>Ondoa athari za rekodi zilizofutwa?</translation>
    </message>
    <message>
        <source>CoSafe rewrites the project file so that nothing that deleted records held can be recovered from it, and stores every photo and paper map without camera data, under a neutral name. Do this for a file that came from another laptop or an older CoSafe: what this CoSafe deletes is overwritten already. Your records and the undo history stay as they are.</source>
        <translation>CoSafe huandika upya faili la mradi ili chochote kilichokuwa kwenye rekodi zilizofutwa kisiweze kurejeshwa kutoka humo, na huhifadhi kila picha na ramani ya karatasi bila data ya kamera, kwa jina lisilo na upande. Fanya hivi kwa faili lililotoka kwenye kompyuta nyingine au CoSafe ya zamani: kile ambacho CoSafe hii inafuta tayari kimeandikwa juu yake. Rekodi zako na historia ya kutendua zinabaki kama zilivyo.</translation>
    </message>
    <message>
        <source>Remove Traces</source>
        <translation>Ondoa Athari</translation>
    </message>
    <message>
        <source>Traces not removed</source>
        <translation>Athari hazikuondolewa</translation>
    </message>
    <message>
        <source>Removed the traces of deleted records from the project file. %1</source>
        <translation>Athari za rekodi zilizofutwa zimeondolewa kwenye faili la mradi. %1</translation>
    </message>
    <message>
        <source>No sample project</source>
        <translation>Hakuna mradi wa mfano</translation>
    </message>
    <message>
        <source>This installation of CoSafe has no sample project</source>
        <translation>Usakinishaji huu wa CoSafe hauna mradi wa mfano</translation>
    </message>
    <message>
        <source>Cannot write the sample project</source>
        <translation>Haiwezekani kuandika mradi wa mfano</translation>
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
        <translation>Idadi na wastani kwa makundi madogo kuliko hiki, na takwimu ambazo kutokana nazo zingeweza kukokotolewa, hufichwa ili kuwalinda washiriki.</translation>
    </message>
    <message>
        <source>The currency of every cost in the project: shown beside costs and printed in the plan</source>
        <translation>Sarafu ya kila gharama katika mradi: huonyeshwa kando ya gharama na huchapishwa katika mpango</translation>
    </message>
    <message>
        <source>The language the plan and the exports are written in, whatever language the window speaks</source>
        <translation>Lugha ambayo mpango na faili zinazohamishwa huandikwa, bila kujali lugha ya dirisha</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Mradi Mpya</translation>
    </message>
    <message>
        <source>Project Properties</source>
        <translation>Sifa za Mradi</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Jina la mradi</translation>
    </message>
    <message>
        <source>The project&apos;s name, on the window title and the plan&apos;s cover (required)</source>
        <translation>Jina la mradi, kwenye kichwa cha dirisha na jalada la mpango (inahitajika)</translation>
    </message>
    <message>
        <source>Required, e.g. Riverside safety audit 2026</source>
        <translation>Inahitajika, k.m. Ukaguzi wa usalama wa Riverside 2026</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Mahali</translation>
    </message>
    <message>
        <source>The neighbourhood, town or city the project is about</source>
        <translation>Mtaa, mji au jiji ambalo mradi unahusu</translation>
    </message>
    <message>
        <source>Neighbourhood, town or city</source>
        <translation>Mtaa, mji au jiji</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>What this project is for and who takes part; printed on the plan&apos;s cover</source>
        <translation>Mradi huu ni wa nini na nani anashiriki; huchapishwa kwenye jalada la mpango</translation>
    </message>
    <message>
        <source>What this project is for, who takes part</source>
        <translation>Mradi huu ni wa nini, nani anashiriki</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Mahali:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Maelezo:</translation>
    </message>
    <message>
        <source>Small groups threshold</source>
        <translation>Kiwango cha makundi madogo</translation>
    </message>
    <message>
        <source> people</source>
        <comment>after the smallest number of people a group may have</comment>
        <translation> watu</translation>
    </message>
    <message>
        <source>Small &amp;groups:</source>
        <translation>Makundi ma&amp;dogo:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Sarafu</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Sarafu:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Lugha ya ripoti</translation>
    </message>
    <message>
        <source>Same as the window</source>
        <comment>the plan&apos;s language</comment>
        <translation>Sawa na dirisha</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Lugha ya ripoti:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Unda</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>Untitled project</source>
        <translation>Mradi usio na jina</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>Badiliko halikufanywa</translation>
    </message>
    <message>
        <source>The project is read-only (%1)</source>
        <translation>Mradi ni wa kusoma tu (%1)</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Badiliko halikuhifadhiwa</translation>
    </message>
    <message>
        <source>Undo of “%1” failed</source>
        <translation>Kutendua “%1” kumeshindikana</translation>
    </message>
    <message>
        <source>Redo of “%1” failed</source>
        <translation>Kurudia “%1” kumeshindikana</translation>
    </message>
    <message>
        <source>%1. The undo history was cleared.</source>
        <translation>%1. Historia ya kutendua imefutwa.</translation>
    </message>
</context>
<context>
    <name>ProposalPropertiesPanel</name>
    <message>
        <source>Name this proposal, e.g. Lights on Soko St</source>
        <translation>Lipe pendekezo hili jina, k.m. Taa Mtaa wa Soko</translation>
    </message>
    <message>
        <source>What should change, and why it would feel safer</source>
        <translation>Nini kinapaswa kubadilika, na kwa nini kingeleta hisia ya usalama zaidi</translation>
    </message>
    <message>
        <source>Choose, or type a new type</source>
        <translation>Chagua, au andika aina mpya</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>CPTED principle</source>
        <translation>Kanuni ya CPTED</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Afua</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Kwa ajili ya nani</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>Rough cost</source>
        <translation>Gharama ya kukadiria</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <source>Create Action from Proposal</source>
        <translation>Unda Hatua kutoka kwa Pendekezo</translation>
    </message>
    <message>
        <source>Add an action to the plan from this proposal, linked to it</source>
        <translation>Ongeza hatua kwenye mpango kutoka kwa pendekezo hili, iliyounganishwa nalo</translation>
    </message>
    <message>
        <source>Select a proposal on the map or in the Proposals list to describe it here.</source>
        <translation>Chagua pendekezo kwenye ramani au kwenye orodha ya Mapendekezo ili kulieleza hapa.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals are selected. Select one to describe it here.</source>
        <translation>
            <numerusform>Pendekezo %Ln limechaguliwa. Chagua moja ili kulieleza hapa.</numerusform>
            <numerusform>Mapendekezo %Ln yamechaguliwa. Chagua moja ili kulieleza hapa.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Hakuna kikundi</translation>
    </message>
    <message>
        <source>Set title of “%1”</source>
        <translation>Weka kichwa cha “%1”</translation>
    </message>
    <message>
        <source>Set description of “%1”</source>
        <translation>Weka maelezo ya “%1”</translation>
    </message>
    <message>
        <source>Set principle of “%1”</source>
        <translation>Weka kanuni ya “%1”</translation>
    </message>
    <message>
        <source>Set intervention of “%1”</source>
        <translation>Weka afua ya “%1”</translation>
    </message>
    <message>
        <source>Set who it is for of “%1”</source>
        <translation>Weka “%1” ni kwa ajili ya nani</translation>
    </message>
    <message>
        <source>Set day/night of “%1”</source>
        <translation>Weka mchana/usiku wa “%1”</translation>
    </message>
    <message>
        <source>Set cost of “%1”</source>
        <translation>Weka gharama ya “%1”</translation>
    </message>
    <message>
        <source>Set status of “%1”</source>
        <translation>Weka hali ya “%1”</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kikundi</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Kanuni</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Afua</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Kwa ajili ya nani</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Gharama</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Kura</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Nafasi</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Na.</translation>
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
        <translation>Bado hakuna mapendekezo. Vikundi huyachora kwenye ramani kwa zana za kuchora.</translation>
    </message>
    <message>
        <source>Filter by workshop</source>
        <translation>Chuja kwa warsha</translation>
    </message>
    <message>
        <source>Show only this workshop&apos;s proposals</source>
        <translation>Onyesha mapendekezo ya warsha hii tu</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Chuja kwa kikundi</translation>
    </message>
    <message>
        <source>Show only this group&apos;s proposals</source>
        <translation>Onyesha mapendekezo ya kikundi hiki tu</translation>
    </message>
    <message>
        <source>Filter by principle</source>
        <translation>Chuja kwa kanuni</translation>
    </message>
    <message>
        <source>Show only proposals for this CPTED principle</source>
        <translation>Onyesha mapendekezo ya kanuni hii ya CPTED tu</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Mapendekezo</translation>
    </message>
    <message>
        <source>The proposals, ranked; double-click zooms the map to one</source>
        <translation>Mapendekezo, kwa mpangilio wa nafasi; kubofya mara mbili kunakuza ramani hadi moja</translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation>Warsha zote</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Warsha isiyo na jina</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Vikundi vyote</translation>
    </message>
    <message>
        <source>Unnamed group</source>
        <translation>Kikundi kisicho na jina</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln proposals shown</source>
        <translation>
            <numerusform>%1 kati ya pendekezo %Ln yanaonyeshwa</numerusform>
            <numerusform>%1 kati ya mapendekezo %Ln yanaonyeshwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposals</source>
        <translation>
            <numerusform>pendekezo %Ln</numerusform>
            <numerusform>mapendekezo %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Create Action from Proposal</source>
        <translation>Unda Hatua kutoka kwa Pendekezo</translation>
    </message>
</context>
<context>
    <name>Proposals</name>
    <message>
        <source>Proposals</source>
        <translation>Mapendekezo</translation>
    </message>
    <message>
        <source>Second-generation CPTED: the social side of safety</source>
        <translation>CPTED ya kizazi cha pili: upande wa kijamii wa usalama</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <comment>no CPTED principle</comment>
        <translation>Haijachaguliwa</translation>
    </message>
    <message>
        <source>All principles</source>
        <translation>Kanuni zote</translation>
    </message>
    <message>
        <source>12 ● 3: proposal no. 12 (as in the tables), 3 voting dots</source>
        <translation>12 ● 3: pendekezo na. 12 (kama kwenye majedwali), vitone 3 vya kura</translation>
    </message>
    <message>
        <source>Proposals: %1</source>
        <comment>a legend row: a group&apos;s proposals</comment>
        <translation>Mapendekezo: %1</translation>
    </message>
    <message>
        <source>unnamed group</source>
        <translation>kikundi kisicho na jina</translation>
    </message>
    <message>
        <source>Proposals (no group)</source>
        <translation>Mapendekezo (bila kikundi)</translation>
    </message>
    <message>
        <source>Move proposal</source>
        <translation>Hamisha pendekezo</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln proposals</source>
        <translation>
            <numerusform>Hamisha pendekezo %Ln</numerusform>
            <numerusform>Hamisha mapendekezo %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Move vertex</source>
        <translation>Hamisha kipeo</translation>
    </message>
    <message>
        <source>Insert vertex</source>
        <translation>Ingiza kipeo</translation>
    </message>
    <message>
        <source>Delete vertex</source>
        <translation>Futa kipeo</translation>
    </message>
    <message>
        <source>That change leaves the area with no inside</source>
        <translation>Badiliko hilo linaacha eneo bila ndani</translation>
    </message>
    <message>
        <source>Cannot remove that vertex: a shape needs at least a point</source>
        <translation>Haiwezekani kuondoa kipeo hicho: umbo linahitaji angalau nukta moja</translation>
    </message>
    <message>
        <source>Cannot remove that vertex: a line needs at least two vertices</source>
        <translation>Haiwezekani kuondoa kipeo hicho: mstari unahitaji angalau vipeo viwili</translation>
    </message>
    <message>
        <source>Cannot remove that vertex: a shape needs at least three vertices</source>
        <translation>Haiwezekani kuondoa kipeo hicho: umbo linahitaji angalau vipeo vitatu</translation>
    </message>
    <message>
        <source>Untitled proposal</source>
        <translation>Pendekezo lisilo na jina</translation>
    </message>
</context>
<context>
    <name>ProposalsFeature</name>
    <message>
        <source>Proposal Details</source>
        <translation>Maelezo ya Pendekezo</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Mapendekezo</translation>
    </message>
    <message>
        <source>Compare Groups</source>
        <translation>Linganisha Vikundi</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Upigaji kura</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>this laptop</source>
        <translation>kompyuta hii</translation>
    </message>
    <message>
        <source>an unnamed laptop</source>
        <translation>kompyuta isiyo na jina</translation>
    </message>
    <message>
        <source>Made on: %1 · %2</source>
        <comment>%1: a laptop, %2: a group</comment>
        <translation>Imetengenezwa kwenye: %1 · %2</translation>
    </message>
    <message>
        <source>Made on: %1</source>
        <comment>%1: a laptop</comment>
        <translation>Imetengenezwa kwenye: %1</translation>
    </message>
    <message>
        <source>From paper sheet %1 (read on %2)</source>
        <comment>%1: the sheet&apos;s number, %2: a date</comment>
        <translation>Kutoka karatasi %1 (ilisomwa tarehe %2)</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <translation>Tenganisha</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Hufunga paneli</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Hutenganisha paneli na dirisha au kuiunganisha nalo tena</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Tupa</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Tekeleza</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Msaada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ndiyo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hapana</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ndiyo kwa &amp;zote</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Hapana kwa z&amp;ote</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Sitisha</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Jaribu tena</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Puuza</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Weka upya</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Rejesha chaguo-msingi</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Hifadhi zote</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Sogeza kushoto</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Sogeza kulia</translation>
    </message>
</context>
<context>
    <name>RankingList</name>
    <message>
        <source>Rank</source>
        <translation>Nafasi</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Vitone</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Pendekezo</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 dots from %Ln voters</source>
        <translation>
            <numerusform>%1: vitone %2 kutoka kwa mpiga kura %Ln</numerusform>
            <numerusform>%1: vitone %2 kutoka kwa wapiga kura %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Save As…</source>
        <translation>Hifadhi Kama…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1. Use File › Save As to make an editable copy.</source>
        <translation>&lt;b&gt;Kusoma tu:&lt;/b&gt; %1. Tumia Faili › Hifadhi Kama ili kuunda nakala inayoharirika.</translation>
    </message>
</context>
<context>
    <name>ReadSheetsDialog</name>
    <message>
        <source>Read Paper Sheets</source>
        <translation>Soma karatasi</translation>
    </message>
    <message>
        <source>Add Photos…</source>
        <translation>Ongeza picha…</translation>
    </message>
    <message>
        <source>Choose a read sheet in the list to check what was found on it.</source>
        <translation>Chagua karatasi iliyosomwa kwenye orodha ili kukagua kilichopatikana juu yake.</translation>
    </message>
    <message>
        <source>&amp;Store Sheet</source>
        <translation>&amp;Hifadhi karatasi</translation>
    </message>
    <message>
        <source>Add the ticked dots to the project as one step you can undo</source>
        <translation>Ongeza nukta zilizowekewa alama kwenye mradi kama hatua moja unayoweza kutendua</translation>
    </message>
    <message>
        <source>Photos of Paper Sheets</source>
        <translation>Picha za karatasi</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</source>
        <translation>Picha (*.jpg *.jpeg *.png *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Inasoma %1</translation>
    </message>
    <message>
        <source>Reading paper sheets…</source>
        <translation>Inasoma karatasi…</translation>
    </message>
    <message>
        <source>Reading cancelled; the photos read so far are not listed</source>
        <translation>Usomaji umesitishwa; picha zilizosomwa hadi sasa hazijaorodheshwa</translation>
    </message>
    <message>
        <source>The photos were not read</source>
        <translation>Picha hazikusomwa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a photo&apos;s file name, then why it cannot be read</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: sheet %2 (%3), stored</source>
        <translation>%1: karatasi %2 (%3), imehifadhiwa</translation>
    </message>
    <message>
        <source>%1: sheet %2 (%3): %4</source>
        <comment>%4: how many dots, how many to check</comment>
        <translation>%1: karatasi %2 (%3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%1, %Ln to check</source>
        <comment>%1: the marks found (3 dots, 1 pen line)</comment>
        <translation>
            <numerusform>%1, %Ln za kukagua</numerusform>
            <numerusform>%1, %Ln za kukagua</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: audit sheet %2 (%3), stored</source>
        <translation>%1: karatasi ya ukaguzi %2 (%3), imehifadhiwa</translation>
    </message>
    <message>
        <source>%1: audit sheet %2 (%3): %4</source>
        <comment>%4: how many scores, how many to check</comment>
        <translation>%1: karatasi ya ukaguzi %2 (%3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scores, %1 to check</source>
        <translation>
            <numerusform>alama %Ln, %1 za kuhakiki</numerusform>
            <numerusform>alama %Ln, %1 za kuhakiki</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the scores ticked to store</source>
        <translation>
            <numerusform>alama %Ln imewekwa alama ili kuhifadhiwa</numerusform>
            <numerusform>alama %Ln zimewekwa alama ili kuhifadhiwa</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticked to store: %1</source>
        <comment>%1: 3 dots, 1 pen line</comment>
        <translation>Zilizochaguliwa kuhifadhiwa: %1</translation>
    </message>
    <message>
        <source>Sheet %1 stored: %2 added (Edit › Undo takes them away)</source>
        <comment>%2: 3 dots, 1 pen line</comment>
        <translation>Karatasi %1 imehifadhiwa: imeongezwa %2 (Hariri › Tendua huiondoa)</translation>
    </message>
    <message>
        <source>%1. Storing it again replaces its points&apos; scores with those ticked now.</source>
        <translation>%1. Kuihifadhi tena kunabadilisha alama za vituo vyake kwa zile zilizowekwa tiki sasa.</translation>
    </message>
    <message>
        <source>Read Before</source>
        <translation>Ilisomwa Awali</translation>
    </message>
    <message>
        <source>%1. Storing it again adds its dots a second time.</source>
        <translation>%1. Kuihifadhi tena kunaongeza nukta zake mara ya pili.</translation>
    </message>
    <message>
        <source>Photos of printed group maps or audit sheets: drop them here or add them. Check what was read, then store the sheet.</source>
        <translation>Picha za ramani za vikundi au karatasi za ukaguzi zilizochapishwa: ziachie hapa au uziongeze. Kagua kilichosomwa, kisha hifadhi karatasi.</translation>
    </message>
    <message>
        <source>Store Again</source>
        <translation>Hifadhi Tena</translation>
    </message>
    <message>
        <source>Photo of audit sheet %1</source>
        <translation>Picha ya karatasi ya ukaguzi %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit sheet %1 stored: %Ln scores (Edit › Undo takes them away)</source>
        <translation>
            <numerusform>Karatasi ya ukaguzi %1 imehifadhiwa: alama %Ln (Hariri › Tendua huiondoa)</numerusform>
            <numerusform>Karatasi ya ukaguzi %1 imehifadhiwa: alama %Ln (Hariri › Tendua huziondoa)</numerusform>
        </translation>
    </message>
    <message>
        <source>The sheet was not stored</source>
        <translation>Karatasi haikuhifadhiwa</translation>
    </message>
    <message>
        <source>Photo of paper sheet %1</source>
        <translation>Picha ya karatasi %1</translation>
    </message>
</context>
<context>
    <name>ReasonTagsDialog</name>
    <message>
        <source>Reason Tags</source>
        <translation>Lebo za Sababu</translation>
    </message>
    <message>
        <source>Reason tags</source>
        <translation>Lebo za sababu</translation>
    </message>
    <message>
        <source>The reasons a pin can give; F2 or a double click renames one</source>
        <translation>Sababu ambazo pini inaweza kutoa; F2 au kubofya mara mbili hubadilisha jina la moja</translation>
    </message>
    <message>
        <source>New reason</source>
        <translation>Sababu mpya</translation>
    </message>
    <message>
        <source>Type a new reason and press Enter to add it</source>
        <translation>Andika sababu mpya na ubonyeze Enter kuiongeza</translation>
    </message>
    <message>
        <source>New reason, e.g. No toilets</source>
        <translation>Sababu mpya, k.m. Hakuna vyoo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ongeza</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Staafisha</translation>
    </message>
    <message>
        <source>Stop offering this reason for new pins; pins that have it keep it</source>
        <translation>Acha kutoa sababu hii kwa pini mpya; pini zilizo nayo zinaibakiza</translation>
    </message>
    <message>
        <source>Translations…</source>
        <translation>Tafsiri…</translation>
    </message>
    <message>
        <source>This reason in other languages</source>
        <translation>Sababu hii kwa lugha nyingine</translation>
    </message>
    <message>
        <source>Double-click a reason (or F2) to rename it. Reasons are retired, never deleted, so pins keep their meaning.</source>
        <translation>Bofya mara mbili sababu (au F2) kubadilisha jina lake. Sababu hustaafishwa, kamwe hazifutwi, ili pini zibaki na maana yake.</translation>
    </message>
    <message>
        <source>Retired: not offered for new pins</source>
        <translation>Imestaafishwa: haitolewi kwa pini mpya</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rejesha</translation>
    </message>
    <message>
        <source>Type the new reason first</source>
        <translation>Andika sababu mpya kwanza</translation>
    </message>
    <message>
        <source>“%1” is already a reason; nothing was added</source>
        <translation>“%1” tayari ni sababu; hakuna kilichoongezwa</translation>
    </message>
    <message>
        <source>Add reason tag “%1”</source>
        <translation>Ongeza lebo ya sababu “%1”</translation>
    </message>
    <message>
        <source>“%1” is already a reason; the name was kept</source>
        <translation>“%1” tayari ni sababu; jina limebakizwa</translation>
    </message>
    <message>
        <source>A reason needs a name; the name was kept</source>
        <translation>Sababu inahitaji jina; jina limebakizwa</translation>
    </message>
    <message>
        <source>Rename reason tag “%1” to “%2”</source>
        <translation>Badilisha jina la lebo ya sababu “%1” kuwa “%2”</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sababu</translation>
    </message>
    <message>
        <source>Translate reason tag “%1”</source>
        <translation>Tafsiri lebo ya sababu “%1”</translation>
    </message>
    <message>
        <source>Restore reason tag “%1”</source>
        <translation>Rejesha lebo ya sababu “%1”</translation>
    </message>
    <message>
        <source>Retire reason tag “%1”</source>
        <translation>Staafisha lebo ya sababu “%1”</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Workshops</source>
        <translation>Warsha</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>warsha</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Vikundi</translation>
    </message>
    <message>
        <source>group</source>
        <translation>kikundi</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Washiriki</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>mshiriki</translation>
    </message>
    <message>
        <source>Basemap layers</source>
        <translation>Matabaka ya ramani ya msingi</translation>
    </message>
    <message>
        <source>basemap layer</source>
        <translation>tabaka la ramani ya msingi</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Mapendekezo</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>pendekezo</translation>
    </message>
    <message>
        <source>Criteria sets</source>
        <translation>Seti za vigezo</translation>
    </message>
    <message>
        <source>criteria set</source>
        <translation>seti ya vigezo</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Vigezo</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>kigezo</translation>
    </message>
    <message>
        <source>Audit walks</source>
        <translation>Matembezi ya ukaguzi</translation>
    </message>
    <message>
        <source>audit walk</source>
        <translation>matembezi ya ukaguzi</translation>
    </message>
    <message>
        <source>Walk participants</source>
        <translation>Washiriki wa matembezi</translation>
    </message>
    <message>
        <source>walk participant</source>
        <translation>mshiriki wa matembezi</translation>
    </message>
    <message>
        <source>Audit points</source>
        <translation>Vituo vya ukaguzi</translation>
    </message>
    <message>
        <source>audit point</source>
        <translation>kituo cha ukaguzi</translation>
    </message>
    <message>
        <source>Audit scores</source>
        <translation>Alama za ukaguzi</translation>
    </message>
    <message>
        <source>audit score</source>
        <translation>alama ya ukaguzi</translation>
    </message>
    <message>
        <source>Checklist answers</source>
        <translation>Majibu ya orodha hakiki</translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation>jibu la orodha hakiki</translation>
    </message>
    <message>
        <source>Reason tags</source>
        <translation>Lebo za sababu</translation>
    </message>
    <message>
        <source>reason tag</source>
        <translation>lebo ya sababu</translation>
    </message>
    <message>
        <source>Label translations</source>
        <translation>Tafsiri za majina</translation>
    </message>
    <message>
        <source>label translation</source>
        <translation>tafsiri ya jina</translation>
    </message>
    <message>
        <source>Perception pins</source>
        <translation>Pini za mtazamo</translation>
    </message>
    <message>
        <source>perception pin</source>
        <translation>pini ya mtazamo</translation>
    </message>
    <message>
        <source>Recorded incidents</source>
        <translation>Matukio yaliyorekodiwa</translation>
    </message>
    <message>
        <source>recorded incident</source>
        <translation>tukio lililorekodiwa</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Wadau</translation>
    </message>
    <message>
        <source>stakeholder</source>
        <translation>mdau</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Hatua</translation>
    </message>
    <message>
        <source>action</source>
        <translation>hatua</translation>
    </message>
    <message>
        <source>Action partners</source>
        <translation>Washirika wa hatua</translation>
    </message>
    <message>
        <source>action partner</source>
        <translation>mshirika wa hatua</translation>
    </message>
    <message>
        <source>Action links</source>
        <translation>Viungo vya hatua</translation>
    </message>
    <message>
        <source>action link</source>
        <translation>kiungo cha hatua</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Kura</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>kura</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Viambatisho</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>kiambatisho</translation>
    </message>
    <message>
        <source>Paper sheets read</source>
        <translation>Karatasi zilizosomwa</translation>
    </message>
    <message>
        <source>paper sheet read</source>
        <translation>karatasi iliyosomwa</translation>
    </message>
    <message>
        <source>Records read from paper</source>
        <translation>Rekodi zilizosomwa kutoka karatasi</translation>
    </message>
    <message>
        <source>record read from paper</source>
        <translation>rekodi iliyosomwa kutoka karatasi</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Vifaa</translation>
    </message>
    <message>
        <source>device</source>
        <translation>kifaa</translation>
    </message>
    <message>
        <source>Merge log</source>
        <translation>Kumbukumbu ya kuunganisha</translation>
    </message>
    <message>
        <source>merge log</source>
        <translation>kumbukumbu ya kuunganisha</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Unsafe place</source>
        <translation>Mahali si salama</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>Mahali salama</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Wazo</translation>
    </message>
    <message>
        <source>The photo, straightened: drag a dot to where the sticker is</source>
        <translation>Picha, imenyooshwa: buruta nukta hadi kilipo kibandiko</translation>
    </message>
    <message>
        <source>The map: drag a dot to where it belongs</source>
        <translation>Ramani: buruta nukta hadi mahali pake</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Kubali</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Ya kukagua</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Maelezo</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Kagua: %1</translation>
    </message>
    <message>
        <source>Looks sure (%1 %)</source>
        <translation>Inaonekana hakika (%1 %)</translation>
    </message>
    <message>
        <source>Pen line: %1</source>
        <translation>Mstari wa kalamu: %1</translation>
    </message>
    <message>
        <source>Pen shape (an area): %1</source>
        <translation>Umbo la kalamu (eneo): %1</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no numbered note</comment>
        <translation>hakuna</translation>
    </message>
    <message>
        <source>Note number</source>
        <translation>Namba ya maelezo</translation>
    </message>
    <message>
        <source>The number written beside the dot: it links the dot to that note of the margin</source>
        <translation>Namba iliyoandikwa kando ya kitone: inakiunganisha na maelezo hayo ya pembeni</translation>
    </message>
    <message>
        <source>Photo of sheet %1</source>
        <translation>Picha ya karatasi %1</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Kwenye ramani</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Maandishi ya maelezo</translation>
    </message>
    <message>
        <source>Numbered notes</source>
        <translation>Maelezo yenye namba</translation>
    </message>
    <message>
        <source>Type each numbered note&apos;s text as written in the sheet&apos;s margin: it is stored with the dots that carry its number</source>
        <translation>Andika maandishi ya kila maelezo yenye namba kama yalivyo pembeni mwa karatasi: yanahifadhiwa pamoja na vitone vyenye namba yake</translation>
    </message>
    <message>
        <source>Numbered notes on this sheet</source>
        <translation>Maelezo yenye namba kwenye karatasi hii</translation>
    </message>
    <message>
        <source>No sticker and no pen line was found on this sheet.</source>
        <translation>Hakuna kibandiko wala mstari wa kalamu uliopatikana kwenye karatasi hii.</translation>
    </message>
    <message>
        <source>%1: note %2</source>
        <comment>a dot&apos;s row, then the number written beside it</comment>
        <translation>%1: maelezo %2</translation>
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
        <translation>cosafe: %1 haina warsha: ongeza moja kwanza katika CoSafe (Warsha › Warsha Mpya…).</translation>
    </message>
    <message>
        <source>cosafe: %1 has no map area: import a basemap or set the project area first.</source>
        <translation>cosafe: %1 haina eneo la ramani: ingiza ramani ya msingi kwanza au weka eneo la mradi.</translation>
    </message>
    <message>
        <source>Room open: %1</source>
        <translation>Chumba kiko wazi: %1</translation>
    </message>
    <message>
        <source>Room closed.</source>
        <translation>Chumba kimefungwa.</translation>
    </message>
    <message>
        <source>This address is not the room&apos;s.</source>
        <translation>Anwani hii si ya chumba.</translation>
    </message>
    <message>
        <source>The room is closed.</source>
        <translation>Chumba kimefungwa.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests from this device: wait %Ln seconds.</source>
        <translation>
            <numerusform>Maombi mengi mno kutoka kifaa hiki: subiri sekunde %Ln.</numerusform>
            <numerusform>Maombi mengi mno kutoka kifaa hiki: subiri sekunde %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room code is wrong or missing: it is shown on the projector.</source>
        <translation>Msimbo wa chumba si sahihi au haupo: unaonyeshwa kwenye projekta.</translation>
    </message>
    <message>
        <source>Join the room first: this needs the token that joining gives.</source>
        <translation>Ingia chumbani kwanza: hili linahitaji tokeni inayotolewa unapoingia.</translation>
    </message>
    <message>
        <source>This token is not valid, or the room was closed since: join again.</source>
        <translation>Tokeni hii si halali, au chumba kimefungwa tangu hapo: ingia tena.</translation>
    </message>
    <message numerus="yes">
        <source>The request is too large: at most %Ln bytes.</source>
        <translation>
            <numerusform>Ombi ni kubwa mno: si zaidi ya baiti %Ln.</numerusform>
            <numerusform>Ombi ni kubwa mno: si zaidi ya baiti %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room is paused: try again in a moment.</source>
        <translation>Chumba kimesimamishwa kwa muda: jaribu tena baada ya muda mfupi.</translation>
    </message>
    <message>
        <source>The basemap has no tile here.</source>
        <translation>Ramani ya msingi haina kigae hapa.</translation>
    </message>
    <message>
        <source>There is no such page in the room.</source>
        <translation>Hakuna ukurasa kama huo chumbani.</translation>
    </message>
    <message>
        <source>This address does not take that kind of request.</source>
        <translation>Anwani hii haipokei aina hiyo ya ombi.</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>Ombi limekataliwa.</translation>
    </message>
    <message>
        <source>Something went wrong in the room; nothing was stored.</source>
        <translation>Kuna hitilafu chumbani; hakuna kilichohifadhiwa.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jinsia</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Umri</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation>Pendekezo %1</translation>
    </message>
    <message>
        <source>This workshop has no groups: leave “group” out.</source>
        <translation>Warsha hii haina vikundi: acha “group”.</translation>
    </message>
    <message>
        <source>“%1” must be a JSON object.</source>
        <translation>“%1” lazima kiwe kitu cha JSON.</translation>
    </message>
    <message>
        <source>Taking part needs consent: nothing was stored.</source>
        <translation>Kushiriki kunahitaji ridhaa: hakuna kilichohifadhiwa.</translation>
    </message>
    <message>
        <source>Participant %1 joins from a phone</source>
        <translation>Mshiriki %1 anajiunga kutoka simu</translation>
    </message>
    <message>
        <source>Pin from phone %1</source>
        <translation>Pini kutoka simu %1</translation>
    </message>
    <message>
        <source>Idea from phone %1</source>
        <translation>Wazo kutoka simu %1</translation>
    </message>
    <message>
        <source>“proposal” must be the id of one of this workshop&apos;s proposals.</source>
        <translation>“proposal” lazima kiwe kitambulisho cha moja ya mapendekezo ya warsha hii.</translation>
    </message>
    <message>
        <source>Dot from phone %1</source>
        <translation>Kitone kutoka simu %1</translation>
    </message>
    <message>
        <source>“%1” is not an IP address; give the address of this computer on the phones&apos; network, e.g. 192.168.4.1.</source>
        <translation>“%1” si anwani ya IP; toa anwani ya kompyuta hii kwenye mtandao wa simu, k.m. 192.168.4.1.</translation>
    </message>
    <message>
        <source>“%1” would listen on every network of this computer; give the address of the one the phones use, e.g. 192.168.4.1.</source>
        <translation>“%1” ingesikiliza kwenye mitandao yote ya kompyuta hii; toa anwani ya ule ambao simu zinatumia, k.m. 192.168.4.1.</translation>
    </message>
    <message>
        <source>the port is in use by another program</source>
        <translation>mlango unatumiwa na programu nyingine</translation>
    </message>
    <message>
        <source>this computer has no such address</source>
        <translation>kompyuta hii haina anwani hiyo</translation>
    </message>
    <message>
        <source>The room cannot listen on %1: %2.</source>
        <translation>Chumba hakiwezi kusikiliza kwenye %1: %2.</translation>
    </message>
    <message>
        <source>The request body is not JSON.</source>
        <translation>Kiini cha ombi si JSON.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Kiini cha ombi lazima kiwe kitu cha JSON.</translation>
    </message>
    <message>
        <source>Unknown field “%1”.</source>
        <translation>Sehemu isiyojulikana: “%1”.</translation>
    </message>
    <message>
        <source>The field “%1” is missing.</source>
        <translation>Sehemu “%1” haipo.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” must be text of at most %Ln characters.</source>
        <translation>
            <numerusform>“%1” lazima iwe maandishi ya herufi %Ln au chache zaidi.</numerusform>
            <numerusform>“%1” lazima iwe maandishi ya herufi %Ln au chache zaidi.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” must not be empty.</source>
        <translation>“%1” haipaswi kuwa tupu.</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2.</source>
        <translation>“%1” lazima iwe mojawapo ya: %2.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” must be a list of different values, at most %Ln, each one of: %2.</source>
        <translation>
            <numerusform>“%1” lazima iwe orodha ya thamani tofauti, zisizozidi %Ln, kila moja kati ya: %2.</numerusform>
            <numerusform>“%1” lazima iwe orodha ya thamani tofauti, zisizozidi %Ln, kila moja kati ya: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>“%1” lazima iwe true au false.</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>“%1” lazima iwe nambari.</translation>
    </message>
    <message>
        <source>The place is outside the workshop&apos;s area.</source>
        <translation>Mahali hapa ni nje ya eneo la warsha.</translation>
    </message>
    <message numerus="yes">
        <source>“geometry” must be a GeoJSON point or a line of 2 to %Ln points.</source>
        <translation>
            <numerusform>“geometry” lazima iwe nukta ya GeoJSON au mstari wa nukta 2 hadi %Ln.</numerusform>
            <numerusform>“geometry” lazima iwe nukta ya GeoJSON au mstari wa nukta 2 hadi %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Safety workshop</source>
        <translation>Warsha ya usalama</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>Msimbo wa chumba</translation>
    </message>
    <message>
        <source>The code is shown on the projector.</source>
        <translation>Msimbo unaonyeshwa kwenye projekta.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <source>Join the workshop</source>
        <translation>Jiunge na warsha</translation>
    </message>
    <message>
        <source>No name is asked. Your answers only help show how safety differs between groups.</source>
        <translation>Hakuna jina linaloulizwa. Majibu yako yanasaidia tu kuonyesha jinsi usalama unavyotofautiana kati ya vikundi.</translation>
    </message>
    <message>
        <source>Your group</source>
        <translation>Kikundi chako</translation>
    </message>
    <message>
        <source>I agree that my answers, pins, ideas and dots are kept in this workshop&apos;s project, without my name.</source>
        <translation>Ninakubali majibu yangu, pini, mawazo na vitone vyangu vihifadhiwe katika mradi wa warsha hii, bila jina langu.</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Jiunge</translation>
    </message>
    <message>
        <source>Your code is %1</source>
        <translation>Msimbo wako ni %1</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Pini</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Wazo</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Piga kura</translation>
    </message>
    <message>
        <source>Map of the workshop&apos;s area</source>
        <translation>Ramani ya eneo la warsha</translation>
    </message>
    <message>
        <source>Tap the map to choose a place. The arrow keys move the map; the button below chooses its centre.</source>
        <translation>Gusa ramani kuchagua mahali. Vitufe vya mishale husogeza ramani; kitufe kilicho chini huchagua katikati yake.</translation>
    </message>
    <message>
        <source>The numbers on the map are the proposals listed below.</source>
        <translation>Namba kwenye ramani ni mapendekezo yaliyoorodheshwa hapa chini.</translation>
    </message>
    <message>
        <source>Choose the centre of the map</source>
        <translation>Chagua katikati ya ramani</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Kuza</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Punguza</translation>
    </message>
    <message>
        <source>Place chosen.</source>
        <translation>Mahali pamechaguliwa.</translation>
    </message>
    <message>
        <source>This place is outside the workshop&apos;s area (the dashed line).</source>
        <translation>Mahali hapa ni nje ya eneo la warsha (mstari wa vistari).</translation>
    </message>
    <message>
        <source>Tap the map to choose a place first.</source>
        <translation>Gusa ramani kwanza kuchagua mahali.</translation>
    </message>
    <message>
        <source>How do you feel here?</source>
        <translation>Unajisikiaje hapa?</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Kwa nini?</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>Lini?</translation>
    </message>
    <message>
        <source>Your story (if you wish)</source>
        <translation>Simulizi yako (ukipenda)</translation>
    </message>
    <message>
        <source>The facilitator reads stories before any is shown on the projector.</source>
        <translation>Mwezeshaji husoma simulizi kabla yoyote haijaonyeshwa kwenye projekta.</translation>
    </message>
    <message>
        <source>Add the pin</source>
        <translation>Ongeza pini</translation>
    </message>
    <message>
        <source>Your pin was added.</source>
        <translation>Pini yako imeongezwa.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Umbo</translation>
    </message>
    <message>
        <source>A point</source>
        <translation>Nukta moja</translation>
    </message>
    <message>
        <source>A line: tap the map at each of its points</source>
        <translation>Mstari: gusa ramani katika kila nukta yake</translation>
    </message>
    <message>
        <source>Remove the last point</source>
        <translation>Ondoa nukta ya mwisho</translation>
    </message>
    <message>
        <source>Points of the line: %1</source>
        <translation>Nukta za mstari: %1</translation>
    </message>
    <message>
        <source>Tap the map at two points at least for a line.</source>
        <translation>Kwa mstari, gusa ramani katika nukta mbili angalau.</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Kanuni</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Nini kifanyike</translation>
    </message>
    <message>
        <source>Description (if you wish)</source>
        <translation>Maelezo (ukipenda)</translation>
    </message>
    <message>
        <source>Add the idea</source>
        <translation>Ongeza wazo</translation>
    </message>
    <message>
        <source>Your idea was added.</source>
        <translation>Wazo lako limeongezwa.</translation>
    </message>
    <message>
        <source>Dots left: %1</source>
        <translation>Vitone vilivyobaki: %1</translation>
    </message>
    <message>
        <source>Place a dot on “%1”</source>
        <translation>Weka kitone kwenye “%1”</translation>
    </message>
    <message>
        <source>Your dot was placed.</source>
        <translation>Kitone chako kimewekwa.</translation>
    </message>
    <message>
        <source>Your dots here: %1</source>
        <translation>Vitone vyako hapa: %1</translation>
    </message>
    <message>
        <source>The laptop cannot be reached. Check the Wi-Fi and try again.</source>
        <translation>Kompyuta mpakato haipatikani. Angalia Wi-Fi na ujaribu tena.</translation>
    </message>
</context>
<context>
    <name>RoomFeature</name>
    <message>
        <source>Room</source>
        <translation>Chumba</translation>
    </message>
    <message>
        <source>Open the &amp;Room…</source>
        <translation>Fungua &amp;Chumba…</translation>
    </message>
    <message>
        <source>Let participants add pins, ideas and dots from their own phones</source>
        <translation>Ruhusu washiriki kuongeza pini, mawazo na vitone kutoka simu zao wenyewe</translation>
    </message>
    <message>
        <source>The room cannot open</source>
        <translation>Chumba hakiwezi kufunguliwa</translation>
    </message>
    <message>
        <source>The project is open read-only: phones could add nothing.</source>
        <translation>Mradi umefunguliwa kwa kusoma tu: simu hazingeweza kuongeza chochote.</translation>
    </message>
    <message>
        <source>The project has no workshop: add one first (Workshop › New Workshop…).</source>
        <translation>Mradi hauna warsha: ongeza moja kwanza (Warsha › Warsha Mpya…).</translation>
    </message>
    <message>
        <source>The project has no map area: import a basemap or set the project area first.</source>
        <translation>Mradi hauna eneo la ramani: leta ramani ya msingi au weka eneo la mradi kwanza.</translation>
    </message>
    <message>
        <source>The project was closed.</source>
        <translation>Mradi ulifungwa.</translation>
    </message>
    <message>
        <source>Room open: %1</source>
        <translation>Chumba kiko wazi: %1</translation>
    </message>
    <message>
        <source>Room closed.</source>
        <translation>Chumba kimefungwa.</translation>
    </message>
    <message>
        <source>Remove the contributions of phone %1</source>
        <translation>Ondoa michango ya simu %1</translation>
    </message>
    <message>
        <source>Phone %1 has added nothing to remove.</source>
        <translation>Simu %1 haijaongeza chochote cha kuondoa.</translation>
    </message>
    <message>
        <source>Approve the story from phone %1</source>
        <translation>Idhinisha simulizi kutoka simu %1</translation>
    </message>
    <message>
        <source>Reject the story from phone %1</source>
        <translation>Kataa simulizi kutoka simu %1</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <source>The room is closed. Open it to let participants add pins, ideas and dots from their own phones, on this computer&apos;s network, without internet.</source>
        <translation>Chumba kimefungwa. Kifungue ili washiriki waongeze pini, mawazo na vitone kutoka simu zao, kwenye mtandao wa kompyuta hii, bila intaneti.</translation>
    </message>
    <message>
        <source>Open the Room…</source>
        <translation>Fungua Chumba…</translation>
    </message>
    <message>
        <source>Let participants add pins, ideas and dots from their own phones</source>
        <translation>Ruhusu washiriki kuongeza pini, mawazo na vitone kutoka simu zao wenyewe</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>Msimbo wa QR wa anwani ya chumba</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Simamisha kwa muda</translation>
    </message>
    <message>
        <source>Show on the Projector</source>
        <translation>Onyesha kwenye Projekta</translation>
    </message>
    <message>
        <source>The QR code, the address and the room code, full screen on the projector</source>
        <translation>Msimbo wa QR, anwani na msimbo wa chumba, skrini nzima kwenye projekta</translation>
    </message>
    <message>
        <source>Close the Room</source>
        <translation>Funga Chumba</translation>
    </message>
    <message>
        <source>Connected phones</source>
        <translation>Simu zilizounganishwa</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Mshiriki</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>Pini</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Mawazo</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Vitone</translation>
    </message>
    <message>
        <source>Stories awaiting approval</source>
        <translation>Simulizi zinazosubiri idhini</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Simulizi</translation>
    </message>
    <message>
        <source>Remove This Device&apos;s Contributions</source>
        <translation>Ondoa Michango ya Kifaa Hiki</translation>
    </message>
    <message>
        <source>Delete the selected phone&apos;s pins, ideas and dots as one step (Undo brings them back)</source>
        <translation>Futa pini, mawazo na vitone vya simu iliyochaguliwa kwa hatua moja (Tendua huvirudisha)</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Idhinisha</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Kataa</translation>
    </message>
    <message>
        <source>A story sent from a phone is shown on the projector, the panels and the plan only once you approve it.</source>
        <translation>Simulizi iliyotumwa kutoka simu huonyeshwa kwenye projekta, paneli na mpango pale tu utakapoiidhinisha.</translation>
    </message>
    <message>
        <source>Room code: %1</source>
        <translation>Msimbo wa chumba: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Endelea</translation>
    </message>
    <message>
        <source>Paused: phones can look, but nothing they send is added.</source>
        <translation>Imesimamishwa kwa muda: simu zinaweza kutazama, lakini hakuna kinachoongezwa kati ya zinavyotuma.</translation>
    </message>
    <message>
        <source>Open: phones on this network can join and add pins, ideas and dots.</source>
        <translation>Kiko wazi: simu za mtandao huu zinaweza kujiunga na kuongeza pini, mawazo na vitone.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln phones connected</source>
        <translation>
            <numerusform>simu %Ln imeunganishwa</numerusform>
            <numerusform>simu %Ln zimeunganishwa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories awaiting approval</source>
        <translation>
            <numerusform>simulizi %Ln inasubiri idhini</numerusform>
            <numerusform>simulizi %Ln zinasubiri idhini</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPoster</name>
    <message>
        <source>Join the room</source>
        <translation>Jiunge na chumba</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>Msimbo wa QR wa anwani ya chumba</translation>
    </message>
    <message>
        <source>Room code: %1</source>
        <translation>Msimbo wa chumba: %1</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or type the address in its browser.</source>
        <translation>Changanua msimbo kwa kamera ya simu yako, au andika anwani kwenye kivinjari chake.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>Market to river loop (day)</source>
        <translation>Mzunguko wa sokoni hadi mtoni (mchana)</translation>
    </message>
    <message>
        <source>Walked 10:00–11:30 on a market day.</source>
        <translation>Matembezi ya 10:00–11:30, siku ya soko.</translation>
    </message>
    <message>
        <source>Market to river loop (night)</source>
        <translation>Mzunguko wa sokoni hadi mtoni (usiku)</translation>
    </message>
    <message>
        <source>Walked 19:30–21:00, after the market closed.</source>
        <translation>Matembezi ya 19:30–21:00, baada ya soko kufungwa.</translation>
    </message>
    <message>
        <source>Dark dirt path between bushes and the river; nowhere to run.</source>
        <translation>Njia ya udongo yenye giza kati ya vichaka na mto; hakuna pa kukimbilia.</translation>
    </message>
    <message>
        <source>No light on the footbridge; you cannot see who waits at the far end.</source>
        <translation>Hakuna taa kwenye daraja la waenda kwa miguu; huwezi kuona nani anasubiri upande wa pili.</translation>
    </message>
    <message>
        <source>No working lamp: could not see faces at 10 m.</source>
        <translation>Hakuna taa inayofanya kazi: hatukuweza kuona nyuso kwa umbali wa mita 10.</translation>
    </message>
    <message>
        <source>Market frontage, crowded with stalls and buyers.</source>
        <translation>Mbele ya soko, pamejaa vibanda na wanunuzi.</translation>
    </message>
    <message>
        <source>Market shut; stalls make blind corners.</source>
        <translation>Soko limefungwa; vibanda vinaunda kona zisizoonekana.</translation>
    </message>
    <message>
        <source>Men drinking outside the bar; groups of women cross the road to avoid it.</source>
        <translation>Wanaume wanakunywa pombe nje ya baa; wanawake huvuka barabara kwa vikundi ili kuikwepa.</translation>
    </message>
    <message>
        <source>Bus stop close by.</source>
        <translation>Kituo cha basi kiko karibu.</translation>
    </message>
    <message>
        <source>Sign the market toilets from Soko Street.</source>
        <extracomment>“Soko Street” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Weka alama za kuelekeza kwenye vyoo vya soko kutoka Soko Street.</translation>
    </message>
    <message>
        <source>Trim the bushes along the bank path.</source>
        <translation>Kata vichaka kando ya njia ya ukingo wa mto.</translation>
    </message>
    <message>
        <source>Solar lamps at both ends of the footbridge.</source>
        <translation>Taa za sola pande zote mbili za daraja la waenda kwa miguu.</translation>
    </message>
    <message>
        <source>Open a lit path from the footbridge to the park.</source>
        <translation>Fungua njia yenye taa kutoka daraja la waenda kwa miguu hadi bustanini.</translation>
    </message>
    <message>
        <source>Light the bank path or close it after dark with a signed, lit detour.</source>
        <translation>Weka taa kwenye njia ya ukingo wa mto, au ifunge usiku na kuweka njia mbadala yenye taa na alama.</translation>
    </message>
    <message>
        <source>Keep the stop&apos;s lamp working; add a shelter.</source>
        <translation>Hakikisha taa ya kituo inafanya kazi; ongeza kibanda cha kujikinga.</translation>
    </message>
    <message>
        <source>Riverside Police Post occurrence book 2025–26 (invented sample data)</source>
        <translation>Kitabu cha matukio cha Kituo cha Polisi cha Riverside 2025–26 (data ya mfano ya kubuni)</translation>
    </message>
    <message>
        <source>Men touch and call out at girls in the crowded aisles.</source>
        <extracomment>Stories are what residents wrote on their pins: keep them short and spoken.</extracomment>
        <translation>Kwenye vichochoro vyenye msongamano, wanaume huwagusa wasichana na kuwatania.</translation>
    </message>
    <message>
        <source>The traders know us and look out for us.</source>
        <translation>Wafanyabiashara wanatujua na wanatuangalia.</translation>
    </message>
    <message>
        <source>The toilets are at the dark back of the market; I wait until I get home.</source>
        <translation>Vyoo viko nyuma ya soko penye giza; mimi husubiri hadi nifike nyumbani.</translation>
    </message>
    <message>
        <source>Clean and busy in the morning.</source>
        <translation>Safi na pana watu wengi asubuhi.</translation>
    </message>
    <message>
        <source>Pickpockets work the queue for the last matatu.</source>
        <extracomment>A matatu is a shared minibus taxi (East Africa): say the local word for one.</extracomment>
        <translation>Wezi wa mifukoni hujipenyeza kwenye foleni ya matatu ya mwisho.</translation>
    </message>
    <message>
        <source>Always people and lights at the bays.</source>
        <translation>Daima kuna watu na taa kwenye sehemu za kupakia abiria.</translation>
    </message>
    <message>
        <source>Drinkers outside the bar block the pavement and shout at women.</source>
        <translation>Walevi nje ya baa huziba njia ya watembea kwa miguu na kuwapigia kelele wanawake.</translation>
    </message>
    <message>
        <source>Lively, people about.</source>
        <translation>Pana uchangamfu, watu wapo.</translation>
    </message>
    <message>
        <source>Nobody walks by the river after dark; there is not one lamp.</source>
        <translation>Hakuna anayetembea kando ya mto usiku; hakuna hata taa moja.</translation>
    </message>
    <message>
        <source>Nice walk in the morning with others.</source>
        <translation>Matembezi mazuri asubuhi pamoja na wengine.</translation>
    </message>
    <message>
        <source>You cannot see who waits at the other end of the footbridge.</source>
        <translation>Huwezi kuona nani anasubiri upande wa pili wa daraja la waenda kwa miguu.</translation>
    </message>
    <message>
        <source>Quick way to school in daylight.</source>
        <translation>Njia ya mkato kwenda shule mchana.</translation>
    </message>
    <message>
        <source>Bushes on both sides and the river behind: nowhere to run.</source>
        <translation>Vichaka pande zote mbili na mto nyuma: hakuna pa kukimbilia.</translation>
    </message>
    <message>
        <source>Young men sit in the dark corners smoking.</source>
        <translation>Vijana wa kiume hukaa pembe zenye giza wakivuta sigara.</translation>
    </message>
    <message>
        <source>Families and football in the afternoon.</source>
        <translation>Familia na mpira wa miguu alasiri.</translation>
    </message>
    <message>
        <source>The post is closed at night.</source>
        <translation>Kituo hufungwa usiku.</translation>
    </message>
    <message>
        <source>Police at the post; I feel safe here.</source>
        <translation>Polisi wapo kituoni; hapa najisikia salama.</translation>
    </message>
    <message>
        <source>Empty and dark around the school at night.</source>
        <translation>Usiku kuzunguka shule hakuna watu na kuna giza.</translation>
    </message>
    <message>
        <source>Teachers and parents at the gate.</source>
        <translation>Walimu na wazazi wapo langoni.</translation>
    </message>
    <message>
        <source>The stop is dark and buses stop coming after eight.</source>
        <translation>Kituo kina giza na mabasi hayaji tena baada ya saa mbili usiku.</translation>
    </message>
    <message>
        <source>Busy stop in the morning.</source>
        <translation>Kituo chenye watu wengi asubuhi.</translation>
    </message>
    <message>
        <source>Tumaini Lane has no street lights at all.</source>
        <extracomment>“Tumaini Lane” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Tumaini Lane haina taa za barabarani hata moja.</translation>
    </message>
    <message>
        <source>Neighbours sit outside in the day.</source>
        <translation>Majirani hukaa nje mchana.</translation>
    </message>
    <message>
        <source>Boda boda riders stop and harass girls at night.</source>
        <extracomment>Boda bodas are motorcycle taxis (East Africa): say the local word for them.</extracomment>
        <translation>Waendesha bodaboda husimama na kuwasumbua wasichana usiku.</translation>
    </message>
    <message>
        <source>Shops open late and well lit.</source>
        <translation>Maduka hufunguliwa hadi usiku na yana mwanga wa kutosha.</translation>
    </message>
    <message>
        <source>Theft</source>
        <extracomment>An incident category in the police records (invented).</extracomment>
        <translation>Wizi</translation>
    </message>
    <message>
        <source>Robbery</source>
        <translation>Unyang’anyi</translation>
    </message>
    <message>
        <source>Assault</source>
        <translation>Shambulio</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>Unyanyasaji wa kingono</translation>
    </message>
    <message>
        <source>Drug offence</source>
        <translation>Kosa la dawa za kulevya</translation>
    </message>
    <message>
        <source>Vandalism</source>
        <translation>Uharibifu wa mali</translation>
    </message>
    <message>
        <source>County Public Lighting Department</source>
        <translation>Idara ya Taa za Umma ya Kaunti</translation>
    </message>
    <message>
        <source>Installs and repairs street and public lighting; holds the lighting budget</source>
        <translation>Huweka na kukarabati taa za barabarani na za maeneo ya umma; husimamia bajeti ya taa</translation>
    </message>
    <message>
        <source>Eng. A. Otieno, lighting works office, 0700 100 200 (invented)</source>
        <extracomment>An invented contact person: keep the name and the phone number as they are.</extracomment>
        <translation>Mhandisi A. Otieno, ofisi ya kazi za taa, 0700 100 200 (wa kubuni)</translation>
    </message>
    <message>
        <source>County Roads and Transport Department</source>
        <translation>Idara ya Barabara na Uchukuzi ya Kaunti</translation>
    </message>
    <message>
        <source>Builds stops, crossings and footpaths; licenses matatu stages</source>
        <extracomment>A matatu is a shared minibus taxi (East Africa); a stage is where they wait for passengers.</extracomment>
        <translation>Hujenga vituo, vivuko na njia za waenda kwa miguu; hutoa leseni za vituo vya matatu</translation>
    </message>
    <message>
        <source>Riverside Police Post</source>
        <translation>Kituo cha Polisi cha Riverside</translation>
    </message>
    <message>
        <source>Patrols and the community policing desk</source>
        <translation>Doria na dawati la polisi jamii</translation>
    </message>
    <message>
        <source>Riverside Ward Administrator&apos;s Office</source>
        <translation>Ofisi ya Msimamizi wa Wadi ya Riverside</translation>
    </message>
    <message>
        <source>Convenes ward meetings, allocates public land and market space</source>
        <translation>Huitisha mikutano ya wadi, hugawa ardhi ya umma na nafasi za sokoni</translation>
    </message>
    <message>
        <source>Riverside Market Traders&apos; Association</source>
        <translation>Chama cha Wafanyabiashara wa Soko la Riverside</translation>
    </message>
    <message>
        <source>Represents about 300 stallholders; runs market cleaning and the night guard</source>
        <translation>Kinawakilisha wenye vibanda wapatao 300; husimamia usafi wa soko na mlinzi wa usiku</translation>
    </message>
    <message>
        <source>Chairperson M. Njeri, stall 114, traders@riverside.invalid (invented)</source>
        <extracomment>An invented contact person: keep the name and the e-mail address as they are.</extracomment>
        <translation>Mwenyekiti M. Njeri, kibanda Na. 114, traders@riverside.invalid (wa kubuni)</translation>
    </message>
    <message>
        <source>Riverside Matatu Owners&apos; and Drivers&apos; Association</source>
        <extracomment>A matatu is a shared minibus taxi (East Africa): say the local word for one.</extracomment>
        <translation>Chama cha Wamiliki na Madereva wa Matatu cha Riverside</translation>
    </message>
    <message>
        <source>Runs the routes through Riverside Interchange and Riverside Halt</source>
        <extracomment>“Riverside Halt” and “Riverside Interchange” are names on the sample&apos;s map: keep them as written.</extracomment>
        <translation>Huendesha njia zinazopita Riverside Interchange na Riverside Halt</translation>
    </message>
    <message>
        <source>Riverside Residents&apos; Association</source>
        <translation>Chama cha Wakazi wa Riverside</translation>
    </message>
    <message>
        <source>Elected street representatives; organises clean-ups</source>
        <translation>Wawakilishi wa mitaa waliochaguliwa; huandaa siku za usafi</translation>
    </message>
    <message>
        <source>Mto Women&apos;s Group</source>
        <translation>Kikundi cha Wanawake cha Mto</translation>
    </message>
    <message>
        <source>Savings group of women traders; runs the evening watch rota</source>
        <translation>Kikundi cha akiba cha wafanyabiashara wanawake; hupanga zamu za ulinzi wa jioni</translation>
    </message>
    <message>
        <source>Riverside Youth Football Club</source>
        <translation>Klabu ya Mpira wa Miguu ya Vijana ya Riverside</translation>
    </message>
    <message>
        <source>Coaches about 120 girls and boys at Riverside Grounds</source>
        <extracomment>“Riverside Grounds” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Hufundisha wasichana na wavulana wapatao 120 katika Riverside Grounds</translation>
    </message>
    <message>
        <source>Riverside Safer Neighbourhoods Trust</source>
        <translation>Wakfu wa Mitaa Salama Zaidi wa Riverside</translation>
    </message>
    <message>
        <source>NGO that facilitated the safety audit; raises funds for small works</source>
        <translation>Shirika lisilo la kiserikali lililowezesha ukaguzi wa usalama; huchangisha fedha za kazi ndogo ndogo</translation>
    </message>
    <message>
        <source>Riverside Interfaith Forum</source>
        <translation>Jukwaa la Dini Mbalimbali la Riverside</translation>
    </message>
    <message>
        <source>Mosques and churches of the ward; hosts youth and parents&apos; meetings</source>
        <translation>Misikiti na makanisa ya wadi; huandaa mikutano ya vijana na ya wazazi</translation>
    </message>
    <message>
        <source>Mean safety score of the audit points at these places (re-audit walks, day and night)</source>
        <translation>Wastani wa alama ya usalama ya vituo vya ukaguzi katika maeneo haya (matembezi ya ukaguzi wa marudio, mchana na usiku)</translation>
    </message>
    <message>
        <source>From the audit walks&apos; dark spots.</source>
        <extracomment>The description of an action that comes from the audit walks rather than from a proposal.</extracomment>
        <translation>Kutokana na maeneo yenye giza yaliyoonekana kwenye matembezi ya ukaguzi.</translation>
    </message>
    <message>
        <source>Shelter and lights at Riverside Halt</source>
        <extracomment>“Riverside Halt” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Kibanda na taa katika Riverside Halt</translation>
    </message>
    <message>
        <source>Women waiting at the halt after 19:00 (evening count, 2 weekdays)</source>
        <translation>Wanawake wanaosubiri kituoni baada ya saa moja usiku, 19:00 (hesabu ya jioni, siku 2 za kazi)</translation>
    </message>
    <message>
        <source>3 women on average (count of 20–21 March 2026)</source>
        <translation>Wanawake 3 kwa wastani (hesabu ya tarehe 20–21 Machi 2026)</translation>
    </message>
    <message>
        <source>At least 10 by March 2027</source>
        <translation>Angalau 10 kufikia Machi 2027</translation>
    </message>
    <message>
        <source>Public toilets inside the market</source>
        <translation>Vyoo vya umma ndani ya soko</translation>
    </message>
    <message>
        <source>Market toilet block open and staffed 06:00–21:00</source>
        <translation>Vyoo vya soko viko wazi na vina mhudumu kuanzia 06:00 hadi 21:00</translation>
    </message>
    <message>
        <source>No public toilet inside the market</source>
        <translation>Hakuna choo cha umma ndani ya soko</translation>
    </message>
    <message>
        <source>Open every market day by December 2027</source>
        <translation>Viwe wazi kila siku ya soko kufikia Desemba 2027</translation>
    </message>
    <message>
        <source>Solar lights on the Mto footbridge</source>
        <translation>Taa za sola kwenye daraja la waenda kwa miguu la Mto</translation>
    </message>
    <message>
        <source>2.5 / 5 at the re-audit in July 2026</source>
        <translation>2.5 / 5 katika ukaguzi wa marudio wa Julai 2026</translation>
    </message>
    <message>
        <source>Light the market&apos;s back lanes</source>
        <translation>Weka taa kwenye vichochoro vya nyuma ya soko</translation>
    </message>
    <message>
        <source>3.5 / 5 by the 2027 audit</source>
        <translation>3.5 / 5 kufikia ukaguzi wa 2027</translation>
    </message>
    <message>
        <source>Street lights on Tumaini Lane</source>
        <extracomment>“Tumaini Lane” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Taa za barabarani katika Tumaini Lane</translation>
    </message>
    <message>
        <source>Working street lamps on Tumaini Lane</source>
        <extracomment>“Tumaini Lane” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Taa za barabarani zinazofanya kazi katika Tumaini Lane</translation>
    </message>
    <message>
        <source>0 of 9 lamp posts working</source>
        <translation>Nguzo 0 kati ya 9 za taa zinafanya kazi</translation>
    </message>
    <message>
        <source>9 of 9 working, checked monthly</source>
        <translation>9 kati ya 9 zinafanya kazi, zikikaguliwa kila mwezi</translation>
    </message>
    <message>
        <source>Seating and shade in Mto Park</source>
        <extracomment>“Mto Park” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Viti na kivuli katika Mto Park</translation>
    </message>
    <message>
        <source>Older people and carers using the park on weekday afternoons</source>
        <translation>Wazee na walezi wanaotumia bustani alasiri siku za kazi</translation>
    </message>
    <message>
        <source>About 5 (count of 18 March 2026)</source>
        <translation>Takriban 5 (hesabu ya tarehe 18 Machi 2026)</translation>
    </message>
    <message>
        <source>15 or more</source>
        <translation>15 au zaidi</translation>
    </message>
    <message>
        <source>Upgrade the bus stop at Riverside Road South</source>
        <extracomment>“Riverside Road South” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Boresha kituo cha basi cha Riverside Road South</translation>
    </message>
    <message>
        <source>Stop has a lit shelter and a timetable board</source>
        <translation>Kituo kina kibanda chenye taa na ubao wa ratiba</translation>
    </message>
    <message>
        <source>Pole only, no light</source>
        <translation>Nguzo tu, hakuna taa</translation>
    </message>
    <message>
        <source>Shelter, lamp and board installed</source>
        <translation>Kibanda, taa na ubao vimewekwa</translation>
    </message>
    <message>
        <source>Evening football league with a floodlit pitch</source>
        <translation>Ligi ya mpira wa miguu ya jioni kwenye uwanja wenye taa</translation>
    </message>
    <message>
        <source>Young people (girls counted apart) playing in the evening league</source>
        <translation>Vijana (wasichana wakihesabiwa peke yao) wanaocheza kwenye ligi ya jioni</translation>
    </message>
    <message>
        <source>No evening activity at the grounds</source>
        <translation>Hakuna shughuli za jioni uwanjani</translation>
    </message>
    <message>
        <source>120 players, at least 40 girls</source>
        <translation>Wachezaji 120, angalau wasichana 40</translation>
    </message>
    <message>
        <source>Light the riverbank path, or close it after dark with a lit detour</source>
        <translation>Weka taa kwenye njia ya ukingo wa mto, au ifunge usiku na kuweka njia mbadala yenye taa</translation>
    </message>
    <message>
        <source>No point below 1.5 / 5, by day or at night</source>
        <translation>Hakuna kituo chenye alama chini ya 1.5 / 5, mchana wala usiku</translation>
    </message>
    <message>
        <source>Market traders&apos; evening watch</source>
        <translation>Ulinzi wa jioni wa wafanyabiashara wa soko</translation>
    </message>
    <message>
        <source>Evenings a week the watch rota is covered</source>
        <translation>Idadi ya jioni kwa wiki ambazo zamu za ulinzi zinajazwa</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Bado haijaanza</translation>
    </message>
    <message>
        <source>6 evenings a week</source>
        <translation>Jioni 6 kwa wiki</translation>
    </message>
    <message>
        <source>Gun-free zone around the school</source>
        <translation>Eneo lisilo na silaha kuzunguka shule</translation>
    </message>
    <message>
        <source>Signs up and a parents&apos; pledge signed</source>
        <translation>Mabango yamewekwa na ahadi ya wazazi imesainiwa</translation>
    </message>
    <message>
        <source>No signs</source>
        <translation>Hakuna mabango</translation>
    </message>
    <message>
        <source>Signs at all 4 gates; 200 pledges</source>
        <translation>Mabango kwenye malango yote 4; ahadi 200</translation>
    </message>
    <message>
        <source>Safe crossing at Soko junction</source>
        <translation>Kivuko salama kwenye makutano ya Soko Street</translation>
    </message>
    <message>
        <source>Marked crossing with a refuge island and a lamp</source>
        <translation>Kivuko chenye alama, kisiwa cha kusimama katikati na taa</translation>
    </message>
    <message>
        <source>Unmarked, unlit junction</source>
        <translation>Makutano yasiyo na alama wala taa</translation>
    </message>
    <message>
        <source>Crossing built before the 2027 rains</source>
        <translation>Kivuko kimejengwa kabla ya mvua za 2027</translation>
    </message>
    <message>
        <source>Riverside Market sample</source>
        <extracomment>The name of the sample project. Riverside is the invented neighbourhood&apos;s name.</extracomment>
        <translation>Mfano: Soko la Riverside</translation>
    </message>
    <message>
        <source>Riverside (fictional neighbourhood)</source>
        <translation>Riverside (mtaa wa kubuni)</translation>
    </message>
    <message>
        <source>Invented sample data for trying CoSafe. Riverside is a fictional neighbourhood: its river, market, streets, buildings and places were generated by a program and describe no real place or people. It is placed near lon 36.85, lat -1.28 only so that distances and scale bars are real.</source>
        <translation>Data ya mfano iliyobuniwa kwa ajili ya kujaribu CoSafe. Riverside ni mtaa wa kubuni: mto wake, soko, barabara, majengo na maeneo yake yametengenezwa na programu ya kompyuta na hayaelezi mahali wala watu halisi. Umewekwa karibu na lon 36.85, lat -1.28 ili tu umbali na vipimo vya ramani viwe halisi.</translation>
    </message>
    <message>
        <source>Riverside basemap</source>
        <extracomment>The name of the sample&apos;s map layer.</extracomment>
        <translation>Ramani ya msingi ya Riverside</translation>
    </message>
    <message>
        <source>Sample data, invented for CoSafe</source>
        <translation>Data ya mfano, iliyobuniwa kwa ajili ya CoSafe</translation>
    </message>
    <message>
        <source>Women traders</source>
        <translation>Wafanyabiashara wanawake</translation>
    </message>
    <message>
        <source>Proposed by the women traders group.</source>
        <extracomment>The description of every proposal of the group “Women traders”.</extracomment>
        <translation>Limependekezwa na kikundi cha wafanyabiashara wanawake.</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Vijana</translation>
    </message>
    <message>
        <source>Proposed by the youth group.</source>
        <extracomment>The description of every proposal of the group “Youth”.</extracomment>
        <translation>Limependekezwa na kikundi cha vijana.</translation>
    </message>
    <message>
        <source>Residents and elders</source>
        <translation>Wakazi na wazee</translation>
    </message>
    <message>
        <source>Proposed by the residents and elders group.</source>
        <extracomment>The description of every proposal of the group “Residents and elders”.</extracomment>
        <translation>Limependekezwa na kikundi cha wakazi na wazee.</translation>
    </message>
    <message>
        <source>Riverside safety mapping workshop</source>
        <translation>Warsha ya ramani ya usalama ya Riverside</translation>
    </message>
    <message>
        <source>Riverside Community Hall</source>
        <translation>Ukumbi wa Jamii wa Riverside</translation>
    </message>
    <message>
        <source>Municipal safety officer and a community leader</source>
        <translation>Afisa usalama wa manispaa na kiongozi wa jamii</translation>
    </message>
    <message>
        <source>Three groups mapped where they feel unsafe and what would help; each person had 3 dots.</source>
        <translation>Vikundi vitatu viliweka kwenye ramani mahali wanapojisikia si salama na kile kitakachosaidia; kila mtu alikuwa na vitone 3.</translation>
    </message>
    <message>
        <source>Vending bays along Soko Street</source>
        <extracomment>“Soko Street” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Maeneo ya kuuzia kando ya Soko Street</translation>
    </message>
    <message>
        <source>Lit walkway from the market to the interchange</source>
        <translation>Njia yenye taa kutoka sokoni hadi kituo cha magari</translation>
    </message>
    <message>
        <source>Clear the blind corner at the market gate</source>
        <translation>Ondoa kona isiyoonekana kwenye lango la soko</translation>
    </message>
    <message>
        <source>Repave the market&apos;s muddy walkways</source>
        <translation>Weka upya sakafu ya njia za soko zenye matope</translation>
    </message>
    <message>
        <source>Floodlit pitch at Riverside Grounds</source>
        <extracomment>“Riverside Grounds” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Uwanja wenye taa kubwa katika Riverside Grounds</translation>
    </message>
    <message>
        <source>Evening youth programme in Mto Park</source>
        <extracomment>“Mto Park” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Programu ya jioni kwa vijana katika Mto Park</translation>
    </message>
    <message>
        <source>Lights on the Mto footbridge</source>
        <translation>Taa kwenye daraja la waenda kwa miguu la Mto</translation>
    </message>
    <message>
        <source>Trim the bushes along Riverside Walk</source>
        <extracomment>“Riverside Walk” is a name on the sample&apos;s map: keep it as written.</extracomment>
        <translation>Kata vichaka kando ya Riverside Walk</translation>
    </message>
    <message>
        <source>Mural on the railway wall</source>
        <translation>Mchoro ukutani kando ya reli</translation>
    </message>
    <message>
        <source>Signs from the river to the interchange</source>
        <translation>Alama za kuelekeza kutoka mtoni hadi kituo cha magari</translation>
    </message>
    <message>
        <source>Riverbank clean-up days</source>
        <translation>Siku za usafi wa ukingo wa mto</translation>
    </message>
    <message>
        <source>Neighbourhood watch by the health centre</source>
        <translation>Ulinzi shirikishi wa jamii karibu na kituo cha afya</translation>
    </message>
    <message>
        <source>Safe crossing by the primary school</source>
        <translation>Kivuko salama karibu na shule ya msingi</translation>
    </message>
    <message>
        <source>Ramp and handrail at the footbridge</source>
        <translation>Njia ya mteremko na kishikio cha mkono kwenye daraja la waenda kwa miguu</translation>
    </message>
    <message>
        <source>Greening in front of the police post</source>
        <translation>Upandaji miti na uoto mbele ya kituo cha polisi</translation>
    </message>
</context>
<context>
    <name>ScoreField</name>
    <message>
        <source>%1: type %2–%3 (0 = poor, 3 = good), Space to leave it blank; a comment goes in the comment field below the scores</source>
        <translation>%1: andika %2–%3 (0 = mbaya, 3 = nzuri), Space kuacha wazi; maoni yanaandikwa katika sehemu ya maoni chini ya alama</translation>
    </message>
</context>
<context>
    <name>SheetPhotos</name>
    <message>
        <source>Add Photo…</source>
        <translation>Ongeza Picha…</translation>
    </message>
    <message>
        <source>Photos of this point (Ctrl+P); saved with the sheet</source>
        <translation>Picha za kituo hiki (Ctrl+P); huhifadhiwa pamoja na karatasi</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between problems</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>Remove photo from audit point %1</source>
        <translation>Ondoa picha kwenye kituo cha ukaguzi %1</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>No workshop is called %1</source>
        <translation>Hakuna warsha inayoitwa %1</translation>
    </message>
    <message>
        <source>No group is called %1</source>
        <translation>Hakuna kikundi kinachoitwa %1</translation>
    </message>
    <message>
        <source>There is no group to print a map for: add groups to a workshop first</source>
        <translation>Hakuna kikundi cha kuchapishia ramani: ongeza kwanza vikundi kwenye warsha</translation>
    </message>
    <message>
        <source>Nothing to print: the project has no workshop area and no basemap</source>
        <translation>Hakuna cha kuchapisha: mradi hauna eneo la warsha wala ramani ya msingi</translation>
    </message>
    <message>
        <source>Orange-red dot: an unsafe place</source>
        <translation>Kitone chekundu-machungwa: mahali si salama</translation>
    </message>
    <message>
        <source>Green dot: a safe place</source>
        <translation>Kitone kijani: mahali salama</translation>
    </message>
    <message>
        <source>Blue dot: an idea for a change</source>
        <translation>Kitone buluu: wazo la mabadiliko</translation>
    </message>
    <message>
        <source>The sheets were not written: the folder %1 does not exist</source>
        <translation>Karatasi hazikuandikwa: folda %1 haipo</translation>
    </message>
    <message>
        <source>Audit sheets</source>
        <translation>Karatasi za ukaguzi</translation>
    </message>
    <message>
        <source>Audit walk “%1”</source>
        <comment>a printed audit sheet&apos;s title: the walk&apos;s title</comment>
        <translation>Matembezi ya ukaguzi “%1”</translation>
    </message>
    <message>
        <source>Tick one box in each row: 0 = poor, 3 = good. Leave a row empty if you did not look.</source>
        <translation>Weka alama kwenye kisanduku kimoja kila mstari: 0 = mbaya, 3 = nzuri. Acha mstari wazi kama hukuangalia.</translation>
    </message>
    <message>
        <source>Point %1</source>
        <comment>an audit point&apos;s number on a printed sheet</comment>
        <translation>Kituo %1</translation>
    </message>
    <message>
        <source>Time of day</source>
        <comment>the row of day, dusk and night boxes on an audit sheet</comment>
        <translation>Wakati wa siku</translation>
    </message>
    <message>
        <source>3: %1</source>
        <comment>what a score of 3 means for a criterion</comment>
        <translation>3: %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Mchana</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Usiku</translation>
    </message>
    <message>
        <source>Dusk</source>
        <translation>Jioni</translation>
    </message>
    <message>
        <source>Route (points numbered along the walk)</source>
        <translation>Njia (vituo vimehesabiwa kufuata matembezi)</translation>
    </message>
    <message>
        <source>Group maps</source>
        <translation>Ramani za vikundi</translation>
    </message>
    <message>
        <source>The sheets were not written to %1: %2</source>
        <translation>Karatasi hazikuandikwa kwenye %1: %2</translation>
    </message>
    <message>
        <source>Group %1 · %2</source>
        <comment>a printed map&apos;s title: the group&apos;s name, the workshop&apos;s title</comment>
        <translation>Kikundi %1 · %2</translation>
    </message>
    <message>
        <source>Sheet %1 · part %2 of %3</source>
        <comment>a tile of a large area: %1 the sheet&apos;s number</comment>
        <translation>Karatasi %1 · sehemu %2 kati ya %3</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <comment>the printed map&apos;s number</comment>
        <translation>Karatasi %1</translation>
    </message>
    <message>
        <source>What the colours mean</source>
        <translation>Maana ya rangi</translation>
    </message>
    <message>
        <source>Pen line: a route</source>
        <translation>Mstari wa kalamu: njia</translation>
    </message>
    <message>
        <source>Closed pen line: an area for an idea</source>
        <translation>Mstari wa kalamu uliofungwa: eneo la wazo</translation>
    </message>
    <message>
        <source>Notes (write the note&apos;s number beside its dot)</source>
        <translation>Maelezo (andika namba ya maelezo kando ya kitone chake)</translation>
    </message>
    <message>
        <source>Group %1 · %2 · overview</source>
        <comment>the overview page of a large area&apos;s map: the group&apos;s name, the workshop&apos;s title</comment>
        <translation>Kikundi %1 · %2 · muhtasari</translation>
    </message>
    <message numerus="yes">
        <source>The area is printed on %Ln sheets. Put the dots and lines on the numbered sheets, not on this page.</source>
        <translation>
            <numerusform>Eneo limechapishwa kwenye karatasi %Ln. Wekeni vitone na mistari kwenye karatasi yenye namba, si kwenye ukurasa huu.</numerusform>
            <numerusform>Eneo limechapishwa kwenye karatasi %Ln. Wekeni vitone na mistari kwenye karatasi zenye namba, si kwenye ukurasa huu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 haiwezi kusomwa: %2</translation>
    </message>
    <message>
        <source>%1 is not a photo CoSafe can read (JPEG, PNG, TIFF, WebP)</source>
        <translation>%1 si picha ambayo CoSafe inaweza kusoma (JPEG, PNG, TIFF, WebP)</translation>
    </message>
    <message>
        <source>This photo is not a CoSafe sheet: its corner markers were not found</source>
        <translation>Picha hii si karatasi ya CoSafe: alama zake za pembeni hazikupatikana</translation>
    </message>
    <message>
        <source>This sheet&apos;s QR code and its corner markers do not agree: it cannot be read</source>
        <translation>Msimbo wa QR wa karatasi hii na alama zake za pembeni havilingani: haiwezi kusomwa</translation>
    </message>
    <message>
        <source>This photo shows corner markers but its QR code cannot be read: take the photo again with the whole sheet in view and in focus</source>
        <translation>Picha hii inaonyesha alama za pembeni lakini msimbo wake wa QR hausomeki: piga picha tena karatasi yote ikionekana na ikiwa wazi</translation>
    </message>
    <message>
        <source>This photo is not a CoSafe sheet: its QR code is not a CoSafe sheet&apos;s</source>
        <translation>Picha hii si karatasi ya CoSafe: msimbo wake wa QR si wa karatasi ya CoSafe</translation>
    </message>
    <message>
        <source>This is a sheet of another project, not of %1</source>
        <translation>Hii ni karatasi ya mradi mwingine, si ya %1</translation>
    </message>
    <message>
        <source>Audit sheet %1 is for an audit walk this project no longer has</source>
        <translation>Karatasi ya ukaguzi %1 ni ya matembezi ya ukaguzi ambayo mradi huu haunayo tena</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2”, “%3” and “%4” at different points; the audit walk %5 is recorded as “%6”</source>
        <comment>%2, %3, %4: day, dusk and night; %6: the walk&apos;s time of day</comment>
        <translation>Karatasi ya ukaguzi %1 imewekwa tiki “%2”, “%3” na “%4” kwenye vituo tofauti; matembezi ya ukaguzi %5 yamerekodiwa kama “%6”</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked both “%2” and “%3” at different points; the audit walk %4 is recorded as “%5”</source>
        <comment>%2, %3: two of day, dusk and night; %5: the walk&apos;s time of day</comment>
        <translation>Karatasi ya ukaguzi %1 imewekwa tiki “%2” na “%3” kwenye vituo tofauti; matembezi ya ukaguzi %4 yamerekodiwa kama “%5”</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2” and the audit walk %3 had no scores yet: its time of day is now “%2”</source>
        <comment>%2: day, dusk or night</comment>
        <translation>Karatasi ya ukaguzi %1 imewekwa tiki “%2” na matembezi ya ukaguzi %3 hayakuwa na alama bado: wakati wake wa siku sasa ni “%2”</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2” and the audit walk %3 has no scores yet: storing the sheet sets its time of day to “%2”</source>
        <comment>%2: day, dusk or night</comment>
        <translation>Karatasi ya ukaguzi %1 imewekwa tiki “%2” na matembezi ya ukaguzi %3 hayana alama bado: kuhifadhi karatasi kunaweka wakati wake wa siku kuwa “%2”</translation>
    </message>
    <message>
        <source>Audit sheet %1 is ticked “%2”, but the audit walk %3 is recorded as “%4”: its scores are stored on the walk as recorded</source>
        <comment>%2: day, dusk or night; %4: the walk&apos;s time of day</comment>
        <translation>Karatasi ya ukaguzi %1 imewekwa tiki “%2”, lakini matembezi ya ukaguzi %3 yamerekodiwa kama “%4”: alama zake zinahifadhiwa kwenye matembezi kama yalivyorekodiwa</translation>
    </message>
    <message>
        <source>Audit sheet %1 of this audit walk was read on %2</source>
        <comment>%1: the sheet&apos;s number, %2: a date</comment>
        <translation>Karatasi ya ukaguzi %1 ya matembezi haya ya ukaguzi ilisomwa tarehe %2</translation>
    </message>
    <message>
        <source>Read audit sheet %1 (%2)</source>
        <comment>%1: the sheet&apos;s number, %2: the audit walk</comment>
        <translation>Soma karatasi ya ukaguzi %1 (%2)</translation>
    </message>
    <message>
        <source>Sheet %1 is for a group this project no longer has</source>
        <translation>Karatasi %1 ni ya kikundi ambacho mradi huu haunacho tena</translation>
    </message>
    <message>
        <source>This photo was read on %1</source>
        <translation>Picha hii ilisomwa tarehe %1</translation>
    </message>
    <message>
        <source>Sheet %1 of this group was read on %2</source>
        <comment>%1: the sheet&apos;s number, %2: a date</comment>
        <translation>Karatasi %1 ya kikundi hiki ilisomwa tarehe %2</translation>
    </message>
    <message>
        <source>From paper sheet %1</source>
        <comment>a proposal read from a photo of a printed group map</comment>
        <translation>Kutoka karatasi %1</translation>
    </message>
    <message>
        <source>Read paper sheet %1 (%2)</source>
        <comment>%1: the sheet&apos;s number, %2: the group</comment>
        <translation>Soma karatasi %1 (%2)</translation>
    </message>
    <message>
        <source>Note %1 on paper sheet %2</source>
        <comment>a dot&apos;s number written on a printed group map</comment>
        <translation>Maelezo %1 kwenye karatasi %2</translation>
    </message>
    <message>
        <source>%1

From paper sheet %2, note %3</source>
        <comment>%1: the note&apos;s text typed from the paper</comment>
        <translation>%1

Kutoka karatasi %2, maelezo %3</translation>
    </message>
    <message>
        <source>The notes in %1 cannot be read: %2</source>
        <translation>Maelezo yaliyo katika %1 hayawezi kusomwa: %2</translation>
    </message>
    <message>
        <source>%1 holds no numbered notes: give rows of number,text (CSV) or {&quot;number&quot;: &quot;text&quot;} (JSON)</source>
        <translation>%1 haina maelezo yenye namba: toa mistari ya namba,maandishi (CSV) au {&quot;namba&quot;: &quot;maandishi&quot;} (JSON)</translation>
    </message>
    <message>
        <source>No audit walk is called %1</source>
        <translation>Hakuna matembezi ya ukaguzi yanayoitwa %1</translation>
    </message>
    <message>
        <source>The audit walk %1 has no route: draw its route first</source>
        <translation>Matembezi ya ukaguzi %1 hayana njia: chora njia yake kwanza</translation>
    </message>
    <message>
        <source>The audit walk %1 has no criteria to score</source>
        <translation>Matembezi ya ukaguzi %1 hayana vigezo vya kutoa alama</translation>
    </message>
    <message>
        <source>The audit walk %1 has %2 criteria: at most %3 fit on a sheet of this paper</source>
        <translation>Matembezi ya ukaguzi %1 yana vigezo %2: karatasi ya ukubwa huu inatosha vigezo %3 tu</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>on the map</source>
        <translation>kwenye ramani</translation>
    </message>
    <message>
        <source>Elsewhere in the window</source>
        <translation>Kwingineko dirishani</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Kwenye ramani</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>keys of one command</comment>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>in its panel</source>
        <translation>katika paneli yake</translation>
    </message>
    <message>
        <source>Move the map</source>
        <translation>Sogeza ramani</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Vitufe vya mishale</translation>
    </message>
    <message>
        <source>Zoom in, zoom out</source>
        <translation>Kuza, punguza</translation>
    </message>
    <message>
        <source>+ and −</source>
        <translation>+ na −</translation>
    </message>
    <message>
        <source>Click at the centre: place a point, pin or vertex, select</source>
        <translation>Bofya katikati: weka nukta, pini au kipeo, chagua</translation>
    </message>
    <message>
        <source>Insert, or Enter</source>
        <translation>Insert, au Enter</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Njia za Mkato za Kibodi</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Amri</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Vitufe</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wapi</translation>
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
        <translation>&lt;b&gt;Jinsia&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Umri&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Jukumu&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Kikundi&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Space&lt;/b&gt; ridhaa · &lt;b&gt;Tab&lt;/b&gt; kisanduku kinachofuata · &lt;b&gt;Enter&lt;/b&gt; mtu anayefuata · &lt;b&gt;Ctrl+Enter&lt;/b&gt; hifadhi</translation>
    </message>
    <message>
        <source>no groups yet</source>
        <translation>bado hakuna vikundi</translation>
    </message>
    <message>
        <source>w m n u</source>
        <comment>the keys typed for Woman, Man, Non-binary, Prefer not to say, in this order: four different single letters separated by spaces, each the first letter of its word as translated where you can</comment>
        <translation>k m s p</translation>
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
        <translation>CoSafe huwarekodi watu bila majina. Mpe kila mtu msimbo ulio kushoto (uandike kwenye beji yake) ili kura na pini zake ziweze kuunganishwa nao.</translation>
    </message>
    <message>
        <source>Sign-in Sheet — %1</source>
        <translation>Karatasi ya Mahudhurio — %1</translation>
    </message>
    <message>
        <source>Participants signed in</source>
        <translation>Washiriki waliosajiliwa</translation>
    </message>
    <message>
        <source>One row per participant: code, name, group and the answers; type in a row, Enter or Tab moves on</source>
        <translation>Safu moja kwa kila mshiriki: msimbo, jina, kikundi na majibu; andika katika safu, Enter au Tab huendelea</translation>
    </message>
    <message>
        <source>Already signed in: %1. New codes start at %2.</source>
        <translation>Tayari wamesajiliwa: %1. Misimbo mipya inaanzia %2.</translation>
    </message>
    <message>
        <source>Nobody signed in yet: codes start at P01.</source>
        <translation>Bado hakuna aliyesajiliwa: misimbo inaanzia P01.</translation>
    </message>
    <message>
        <source>A participant needs a code.</source>
        <translation>Mshiriki anahitaji msimbo.</translation>
    </message>
    <message>
        <source>%1 is already signed in to this workshop — codes must be unique.</source>
        <translation>%1 tayari amesajiliwa katika warsha hii — misimbo lazima iwe ya kipekee.</translation>
    </message>
    <message>
        <source>%1 is already on this sheet (row %2) — codes must be unique.</source>
        <translation>%1 tayari yuko kwenye karatasi hii (safu %2) — misimbo lazima iwe ya kipekee.</translation>
    </message>
    <message numerus="yes">
        <source>Sign In %Ln People</source>
        <translation>
            <numerusform>Sajili Mtu %Ln</numerusform>
            <numerusform>Sajili Watu %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Sajili</translation>
    </message>
    <message numerus="yes">
        <source>Sign in %Ln participants</source>
        <translation>
            <numerusform>Sajili mshiriki %Ln</numerusform>
            <numerusform>Sajili washiriki %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the sign-in sheet</source>
        <translation>Tupa karatasi ya mahudhurio</translation>
    </message>
    <message numerus="yes">
        <source>Close the sheet without signing in %Ln people?</source>
        <translation>
            <numerusform>Funga karatasi bila kumsajili mtu %Ln?</numerusform>
            <numerusform>Funga karatasi bila kuwasajili watu %Ln?</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Tupa</translation>
    </message>
</context>
<context>
    <name>SignInTable</name>
    <message>
        <source>Code</source>
        <translation>Msimbo</translation>
    </message>
    <message>
        <source>Gender (%1)</source>
        <translation>Jinsia (%1)</translation>
    </message>
    <message>
        <source>Age (1–6)</source>
        <translation>Umri (1–6)</translation>
    </message>
    <message>
        <source>Role (letter)</source>
        <translation>Jukumu (herufi)</translation>
    </message>
    <message>
        <source>Group (1–9)</source>
        <translation>Kikundi (1–9)</translation>
    </message>
    <message>
        <source>Disability (optional)</source>
        <translation>Ulemavu (si lazima)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Ridhaa</translation>
    </message>
</context>
<context>
    <name>SketchController</name>
    <message>
        <source>This project is read-only: drawing is turned off</source>
        <translation>Mradi huu ni wa kusoma tu: kuchora kumezimwa</translation>
    </message>
    <message>
        <source>This project is read-only: nothing was drawn</source>
        <translation>Mradi huu ni wa kusoma tu: hakuna kilichochorwa</translation>
    </message>
    <message>
        <source>Nothing was drawn: %1</source>
        <comment>%1: why the shape was refused</comment>
        <translation>Hakuna kilichochorwa: %1</translation>
    </message>
    <message>
        <source>Draw point</source>
        <translation>Chora nukta</translation>
    </message>
    <message>
        <source>Draw line</source>
        <translation>Chora mstari</translation>
    </message>
    <message>
        <source>Draw area</source>
        <translation>Chora eneo</translation>
    </message>
    <message>
        <source>Delete proposal</source>
        <translation>Futa pendekezo</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln proposals</source>
        <translation>
            <numerusform>Futa pendekezo %Ln</numerusform>
            <numerusform>Futa mapendekezo %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>a duplicated proposal&apos;s title</comment>
        <translation>%1 (nakala)</translation>
    </message>
    <message>
        <source>Duplicate proposal</source>
        <translation>Nakili pendekezo</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %Ln proposals</source>
        <translation>
            <numerusform>Nakili pendekezo %Ln</numerusform>
            <numerusform>Nakili mapendekezo %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Finish Area</source>
        <translation>&amp;Maliza Eneo</translation>
    </message>
    <message>
        <source>&amp;Finish Line</source>
        <translation>&amp;Maliza Mstari</translation>
    </message>
    <message>
        <source>&amp;Remove Last Point</source>
        <translation>&amp;Ondoa Nukta ya Mwisho</translation>
    </message>
    <message>
        <source>&amp;Cancel Area</source>
        <translation>&amp;Ghairi Eneo</translation>
    </message>
    <message>
        <source>&amp;Cancel Line</source>
        <translation>&amp;Ghairi Mstari</translation>
    </message>
    <message>
        <source>Delete &amp;Vertex</source>
        <translation>Futa &amp;Kipeo</translation>
    </message>
    <message>
        <source>D&amp;uplicate Proposal</source>
        <translation>&amp;Nakili Pendekezo</translation>
    </message>
    <message numerus="yes">
        <source>D&amp;uplicate %Ln Proposals</source>
        <translation>
            <numerusform>&amp;Nakili Pendekezo %Ln</numerusform>
            <numerusform>&amp;Nakili Mapendekezo %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete Proposal</source>
        <translation>&amp;Futa Pendekezo</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln Proposals</source>
        <translation>
            <numerusform>&amp;Futa Pendekezo %Ln</numerusform>
            <numerusform>&amp;Futa Mapendekezo %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sketching</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Chagua</translation>
    </message>
    <message>
        <source>Click a proposal to select it; Shift+click adds</source>
        <translation>Bofya pendekezo kulichagua; Shift+bofya huongeza</translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation>&amp;Nukta</translation>
    </message>
    <message>
        <source>Click to place a point proposal</source>
        <translation>Bofya kuweka pendekezo la nukta</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>&amp;Mstari</translation>
    </message>
    <message>
        <source>Click vertices; Enter or double-click finishes</source>
        <translation>Bofya vipeo; Enter au kubofya mara mbili kunamaliza</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Eneo</translation>
    </message>
    <message>
        <source>Click corners; Enter or double-click finishes</source>
        <translation>Bofya pembe; Enter au kubofya mara mbili kunamaliza</translation>
    </message>
    <message>
        <source>&amp;Freehand</source>
        <translation>Kwa mkono hu&amp;ru</translation>
    </message>
    <message>
        <source>Press and drag; end near the start for an area</source>
        <translation>Bonyeza na uburute; maliza karibu na mwanzo ili kupata eneo</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Hamisha</translation>
    </message>
    <message>
        <source>Drag proposals to move them</source>
        <translation>Buruta mapendekezo kuyahamisha</translation>
    </message>
    <message>
        <source>Edit &amp;Vertices</source>
        <translation>Hariri &amp;Vipeo</translation>
    </message>
    <message>
        <source>Drag a vertex, click an edge to add one, Delete removes the one under the mouse</source>
        <translation>Buruta kipeo, bofya ukingo kuongeza kimoja, Delete huondoa kilicho chini ya kipanya</translation>
    </message>
    <message>
        <source>S&amp;nap to Basemap</source>
        <translation>&amp;Bandika kwenye Ramani ya Msingi</translation>
    </message>
    <message>
        <source>Put new vertices on the nearest street or building corner</source>
        <translation>Weka vipeo vipya kwenye mtaa au pembe ya jengo iliyo karibu zaidi</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Na&amp;kili</translation>
    </message>
    <message>
        <source>Copy the selected proposals</source>
        <translation>Nakili mapendekezo yaliyochaguliwa</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Futa</translation>
    </message>
    <message>
        <source>Delete the selected proposals</source>
        <translation>Futa mapendekezo yaliyochaguliwa</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Chora</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Chora</translation>
    </message>
    <message>
        <source>Show &amp;Groups</source>
        <translation>&amp;Onyesha Vikundi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a group (its workshop)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>Onyesha &amp;Yote</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Hakuna kikundi</translation>
    </message>
</context>
<context>
    <name>StakeholderDialog</name>
    <message>
        <source>Add Stakeholder</source>
        <translation>Ongeza Mdau</translation>
    </message>
    <message>
        <source>Edit Stakeholder</source>
        <translation>Hariri Mdau</translation>
    </message>
    <message>
        <source>1 = little say over the outcome … 5 = can make or stop it</source>
        <translation>1 = ana sauti ndogo juu ya matokeo … 5 = anaweza kuyafanikisha au kuyazuia</translation>
    </message>
    <message>
        <source>1 = hardly affected or engaged … 5 = closely affected, keen to act</source>
        <translation>1 = haathiriki wala hashiriki sana … 5 = anaathirika moja kwa moja, ana hamu ya kuchukua hatua</translation>
    </message>
    <message>
        <source>e.g. Municipal Lighting Department</source>
        <translation>k.m. Idara ya Taa ya Halmashauri</translation>
    </message>
    <message>
        <source>What they do in the process, e.g. funds street lights</source>
        <translation>Wanachofanya katika mchakato, k.m. wanagharamia taa za barabarani</translation>
    </message>
    <message>
        <source>Name, phone or e-mail (optional)</source>
        <translation>Jina, simu au barua pepe (si lazima)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Mtu wa kuwasiliana</translation>
    </message>
    <message>
        <source>Name, phone or e-mail of the contact person: private, never in an export</source>
        <translation>Jina, simu au barua pepe ya mtu wa kuwasiliana: ni siri, kamwe haiko katika uhamishaji</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Jina</translation>
    </message>
    <message>
        <source>&amp;Sector</source>
        <translation>&amp;Sekta</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>Ju&amp;kumu</translation>
    </message>
    <message>
        <source>&amp;Influence (1–5)</source>
        <translation>&amp;Ushawishi (1–5)</translation>
    </message>
    <message>
        <source>I&amp;nterest (1–5)</source>
        <translation>&amp;Maslahi (1–5)</translation>
    </message>
    <message>
        <source>Influence: %1.&lt;br&gt;Interest: %2.</source>
        <translation>Ushawishi: %1.&lt;br&gt;Maslahi: %2.</translation>
    </message>
    <message>
        <source>Contact person — private</source>
        <translation>Mtu wa kuwasiliana — siri</translation>
    </message>
    <message>
        <source>Private: kept in this project file only. Never printed in the plan or written to any export, public or not.</source>
        <translation>Siri: inahifadhiwa katika faili hili la mradi pekee. Kamwe haichapishwi kwenye mpango wala kuandikwa katika uhamishaji wowote, wa umma au la.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ongeza</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
</context>
<context>
    <name>StakeholderGrid</name>
    <message>
        <source>Manage closely</source>
        <translation>Simamia kwa karibu</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Ridhisha</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Julisha</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Fuatilia</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Maslahi →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>Ushawishi →</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>Bila jina</translation>
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
        <translation>mawasiliano ya siri yamehifadhiwa</translation>
    </message>
    <message>
        <source>manage closely</source>
        <translation>simamia kwa karibu</translation>
    </message>
    <message>
        <source>keep satisfied</source>
        <translation>ridhisha</translation>
    </message>
    <message>
        <source>keep informed</source>
        <translation>julisha</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>fuatilia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sekta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Jukumu</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Ushawishi</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Maslahi</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Mawasiliano</translation>
    </message>
    <message>
        <source>No stakeholders yet. Add the departments, businesses, community groups and NGOs the plan needs.</source>
        <translation>Bado hakuna wadau. Ongeza idara, biashara, vikundi vya jamii na AZISE ambavyo mpango unahitaji.</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Wadau</translation>
    </message>
    <message>
        <source>The stakeholder register; Enter or double-click edits one</source>
        <translation>Rejista ya wadau; Enter au kubofya mara mbili humhariri mmoja</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ongeza…</translation>
    </message>
    <message>
        <source>Add a stakeholder to the register</source>
        <translation>Ongeza mdau kwenye rejista</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Hariri…</translation>
    </message>
    <message>
        <source>Edit the selected stakeholder</source>
        <translation>Hariri mdau aliyechaguliwa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Remove the selected stakeholder; actions lose them as a partner</source>
        <translation>Ondoa mdau aliyechaguliwa; hatua zinampoteza kama mshirika</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a stakeholder&apos;s name: the grid&apos;s advice, e.g. keep informed</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stakeholders</source>
        <translation>
            <numerusform>mdau %Ln</numerusform>
            <numerusform>wadau %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>The stakeholder was not saved</source>
        <translation>Mdau hakuhifadhiwa</translation>
    </message>
</context>
<context>
    <name>TranslationsDialog</name>
    <message>
        <source>Translations of “%1”</source>
        <translation>Tafsiri za “%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a field and what was typed in it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>As typed (shown in every language without a label below):
%1</source>
        <translation>Kama ilivyoandikwa (huonyeshwa kwa kila lugha isiyo na jina hapa chini):
%1</translation>
    </message>
    <message>
        <source>Labels by language</source>
        <translation>Majina kwa lugha</translation>
    </message>
    <message>
        <source>One row per language; F2 or a double click types the label in it. An empty cell shows the text as typed</source>
        <translation>Safu moja kwa kila lugha; F2 au kubofya mara mbili huandika jina kwa lugha hiyo. Kisanduku kitupu huonyesha maandishi kama yalivyoandikwa</translation>
    </message>
    <message>
        <source>Words of CoSafe itself are translated for you; what you typed is not. Give it here in the languages your readers speak.</source>
        <translation>Maneno ya CoSafe yenyewe yametafsiriwa tayari; uliyoandika hayajatafsiriwa. Yaandike hapa kwa lugha wanazozungumza wasomaji wako.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Woman</source>
        <translation>Mwanamke</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Mwanamume</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Si mwanamke wala mwanamume</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Sipendi kusema</translation>
    </message>
    <message>
        <source>Under 15</source>
        <translation>Chini ya 15</translation>
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
        <translation>60 na zaidi</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Mkazi</translation>
    </message>
    <message>
        <source>Trader / vendor</source>
        <translation>Mfanyabiashara / mchuuzi</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Mwanafunzi</translation>
    </message>
    <message>
        <source>Community leader</source>
        <translation>Kiongozi wa jamii</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Polisi</translation>
    </message>
    <message>
        <source>Municipal official</source>
        <translation>Afisa wa halmashauri</translation>
    </message>
    <message>
        <source>NGO / civil society</source>
        <translation>AZISE / asasi za kiraia</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Mmiliki wa biashara</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Nyingine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Mchana</translation>
    </message>
    <message>
        <source>Dusk</source>
        <translation>Jioni</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Usiku</translation>
    </message>
    <message>
        <source>Natural surveillance</source>
        <translation>Uangalizi wa asili</translation>
    </message>
    <message>
        <source>Natural access control</source>
        <translation>Udhibiti wa asili wa kuingia</translation>
    </message>
    <message>
        <source>Territorial reinforcement</source>
        <translation>Uimarishaji wa umiliki wa eneo</translation>
    </message>
    <message>
        <source>Maintenance and image</source>
        <translation>Matengenezo na mwonekano</translation>
    </message>
    <message>
        <source>Activity support</source>
        <translation>Uhamasishaji wa shughuli</translation>
    </message>
    <message>
        <source>Target hardening</source>
        <translation>Kuimarisha ulinzi wa maeneo lengwa</translation>
    </message>
    <message>
        <source>Social cohesion</source>
        <translation>Mshikamano wa kijamii</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Muunganiko</translation>
    </message>
    <message>
        <source>Community culture</source>
        <translation>Utamaduni wa jamii</translation>
    </message>
    <message>
        <source>Threshold capacity</source>
        <translation>Uwezo wa eneo kuhimili matumizi</translation>
    </message>
    <message>
        <source>Street lighting</source>
        <translation>Taa za barabarani</translation>
    </message>
    <message>
        <source>Clear sightlines / trim vegetation</source>
        <translation>Mwonekano usiozuiliwa / punguza mimea</translation>
    </message>
    <message>
        <source>Active frontage</source>
        <translation>Mbele ya majengo yenye shughuli</translation>
    </message>
    <message>
        <source>Seating and shade</source>
        <translation>Viti na kivuli</translation>
    </message>
    <message>
        <source>Vending / market space</source>
        <translation>Eneo la uchuuzi / soko</translation>
    </message>
    <message>
        <source>Public toilets</source>
        <translation>Vyoo vya umma</translation>
    </message>
    <message>
        <source>Safe crossing</source>
        <translation>Kivuko salama</translation>
    </message>
    <message>
        <source>Transport stop upgrade</source>
        <translation>Kuboresha kituo cha usafiri</translation>
    </message>
    <message>
        <source>Wayfinding and signage</source>
        <translation>Maelekezo na alama za njia</translation>
    </message>
    <message>
        <source>Paths and paving</source>
        <translation>Njia na sakafu ya njia</translation>
    </message>
    <message>
        <source>Greening</source>
        <translation>Upandaji miti na uoto</translation>
    </message>
    <message>
        <source>Lighting of a transport interchange</source>
        <translation>Mwanga wa kituo kikuu cha usafiri</translation>
    </message>
    <message>
        <source>Youth programme / activity</source>
        <translation>Programu / shughuli ya vijana</translation>
    </message>
    <message>
        <source>Community watch</source>
        <translation>Ulinzi shirikishi wa jamii</translation>
    </message>
    <message>
        <source>Clean-up and repair</source>
        <translation>Usafi na ukarabati</translation>
    </message>
    <message>
        <source>Gun-free zone</source>
        <translation>Eneo lisilo na silaha</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Wanawake</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Wasichana</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Vijana</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Watoto</translation>
    </message>
    <message>
        <source>Elderly people</source>
        <translation>Wazee</translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation>Watu wenye ulemavu</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kila mtu</translation>
    </message>
    <message>
        <source>Social development</source>
        <translation>Maendeleo ya kijamii</translation>
    </message>
    <message>
        <source>Locally based (community)</source>
        <translation>Ya ngazi ya jamii</translation>
    </message>
    <message>
        <source>Situational</source>
        <translation>Ya kimazingira</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation>Kuwarejesha katika jamii</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Serikali</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Biashara</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Jamii</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Asasi za kiraia</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>Muda mfupi</translation>
    </message>
    <message>
        <source>Medium term</source>
        <translation>Muda wa kati</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>Muda mrefu</translation>
    </message>
    <message>
        <source>Day and night</source>
        <translation>Mchana na usiku</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Limependekezwa</translation>
    </message>
    <message>
        <source>Shortlisted</source>
        <translation>Limechaguliwa awali</translation>
    </message>
    <message>
        <source>Agreed for the plan</source>
        <translation>Limekubaliwa kwa mpango</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Limeachwa</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Imekubaliwa</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Inaendelea</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Imekamilika</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>Salama</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>Si salama</translation>
    </message>
    <message>
        <source>Poor lighting</source>
        <translation>Mwanga hafifu</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Unyanyasaji</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>Mahali pa upweke</translation>
    </message>
    <message>
        <source>Crowded</source>
        <translation>Msongamano</translation>
    </message>
    <message>
        <source>Drugs / alcohol</source>
        <translation>Dawa za kulevya / pombe</translation>
    </message>
    <message>
        <source>No transport</source>
        <translation>Hakuna usafiri</translation>
    </message>
    <message>
        <source>Blind corner</source>
        <translation>Kona isiyoonekana</translation>
    </message>
    <message>
        <source>Well used</source>
        <translation>Panatumiwa sana</translation>
    </message>
    <message>
        <source>Friendly shops</source>
        <translation>Maduka rafiki</translation>
    </message>
    <message>
        <source>Good lighting</source>
        <translation>Mwanga mzuri</translation>
    </message>
    <message>
        <source>Major road</source>
        <translation>Barabara kuu</translation>
    </message>
    <message>
        <source>Minor road</source>
        <translation>Barabara ndogo</translation>
    </message>
    <message>
        <source>Footway / path</source>
        <translation>Njia ya miguu</translation>
    </message>
    <message>
        <source>Railway</source>
        <translation>Reli</translation>
    </message>
    <message>
        <source>River / canal</source>
        <translation>Mto / mfereji</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Maji</translation>
    </message>
    <message>
        <source>Park / green space</source>
        <translation>Bustani / eneo la kijani</translation>
    </message>
    <message>
        <source>Land use</source>
        <translation>Matumizi ya ardhi</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Jengo</translation>
    </message>
    <message>
        <source>Transport stop</source>
        <translation>Kituo cha usafiri</translation>
    </message>
    <message>
        <source>Street lamp</source>
        <translation>Taa ya barabarani</translation>
    </message>
    <message>
        <source>Point of interest</source>
        <translation>Mahali muhimu</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Voting workshop</source>
        <translation>Warsha ya kupiga kura</translation>
    </message>
    <message>
        <source>The workshop whose proposals are voted on</source>
        <translation>Warsha ambayo mapendekezo yake yanapigiwa kura</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Mpiga kura</translation>
    </message>
    <message>
        <source>Who is placing dots now</source>
        <translation>Nani anaweka vitone sasa</translation>
    </message>
    <message>
        <source>Next Voter</source>
        <translation>Mpiga Kura Anayefuata</translation>
    </message>
    <message>
        <source>Move on to the next voter in the list</source>
        <translation>Endelea kwa mpiga kura anayefuata kwenye orodha</translation>
    </message>
    <message>
        <source>Proposals to vote on</source>
        <translation>Mapendekezo ya kupigiwa kura</translation>
    </message>
    <message>
        <source>Click + to give the voter&apos;s dot to a proposal, − to take it back</source>
        <translation>Bofya + kumpa pendekezo kitone cha mpiga kura, − kukirudisha</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Mpangilio wa nafasi</translation>
    </message>
    <message>
        <source>The proposals by dots received</source>
        <translation>Mapendekezo kwa idadi ya vitone vilivyopokelewa</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Warsha</translation>
    </message>
    <message>
        <source>&lt;b&gt;Place dots&lt;/b&gt; — click a proposal; right-click takes a dot back</source>
        <translation>&lt;b&gt;Weka vitone&lt;/b&gt; — bofya pendekezo; kubofya kulia kunarudisha kitone</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ranking&lt;/b&gt; — all voters so far</source>
        <translation>&lt;b&gt;Mpangilio wa nafasi&lt;/b&gt; — wapiga kura wote hadi sasa</translation>
    </message>
    <message>
        <source>Untitled workshop</source>
        <translation>Warsha isiyo na jina</translation>
    </message>
    <message>
        <source>Add a workshop with proposals to vote on them.</source>
        <translation>Ongeza warsha yenye mapendekezo ili kuyapigia kura.</translation>
    </message>
    <message>
        <source>This workshop has no proposals to vote on yet.</source>
        <translation>Warsha hii bado haina mapendekezo ya kupigiwa kura.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Mshiriki</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a participant&apos;s code · their group</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (group votes as one)</source>
        <translation>%1 (kikundi kinapiga kura kama kimoja)</translation>
    </message>
    <message>
        <source>No voters yet: sign participants in first.</source>
        <translation>Bado hakuna wapiga kura: sajili washiriki kwanza.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 dots left</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: vimebaki vitone %2 kati ya %3</translation>
    </message>
    <message>
        <source>%1: %2. Right-click a proposal to take a dot back, or go on to the next voter.</source>
        <comment>%1: the voter; %2: why the dot was refused</comment>
        <translation>%1: %2. Bofya kulia pendekezo kurudisha kitone, au endelea kwa mpiga kura anayefuata.</translation>
    </message>
    <message>
        <source>Place a dot on “%1” (%2)</source>
        <comment>an undo step; %2: the voter</comment>
        <translation>Weka kitone kwenye “%1” (%2)</translation>
    </message>
    <message>
        <source>%1 has no dot on “%2” to take back.</source>
        <translation>%1 hana kitone kwenye “%2” cha kurudisha.</translation>
    </message>
    <message>
        <source>Take a dot off “%1” (%2)</source>
        <comment>an undo step; %2: the voter</comment>
        <translation>Ondoa kitone kwenye “%1” (%2)</translation>
    </message>
</context>
<context>
    <name>WalkDialog</name>
    <message>
        <source>Edit Audit Walk</source>
        <translation>Hariri Matembezi ya Ukaguzi</translation>
    </message>
    <message>
        <source>New Audit Walk</source>
        <translation>Matembezi Mapya ya Ukaguzi</translation>
    </message>
    <message>
        <source>Required, e.g. Market street by night</source>
        <translation>Inahitajika, k.m. Mtaa wa soko usiku</translation>
    </message>
    <message>
        <source>No workshop</source>
        <translation>Hakuna warsha</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Hakuna kikundi</translation>
    </message>
    <message>
        <source>Walkers</source>
        <translation>Watembeaji</translation>
    </message>
    <message>
        <source>Tick the participants who walked (Space ticks the current one)</source>
        <translation>Weka alama kwa washiriki waliotembea (Space huweka alama kwa aliyepo)</translation>
    </message>
    <message>
        <source>Tick the Group</source>
        <translation>Weka Alama kwa Kikundi</translation>
    </message>
    <message>
        <source>Tick everyone signed in to the chosen group</source>
        <translation>Weka alama kwa kila aliyesajiliwa katika kikundi kilichochaguliwa</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Kichwa</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tarehe</translation>
    </message>
    <message>
        <source>Time of &amp;day</source>
        <translation>&amp;Wakati wa siku</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Warsha</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Kikundi</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Maelezo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who walked&lt;/b&gt; (anonymous codes)</source>
        <translation>&lt;b&gt;Nani alitembea&lt;/b&gt; (misimbo bila majina)</translation>
    </message>
    <message>
        <source>Nobody is signed in to this workshop yet (Workshop › Sign-in Sheet…).</source>
        <translation>Bado hakuna aliyesajiliwa katika warsha hii (Warsha › Karatasi ya Mahudhurio…).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln ticked</source>
        <translation>
            <numerusform>%1 kati ya %Ln wamewekewa alama</numerusform>
            <numerusform>%1 kati ya %Ln wamewekewa alama</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Plan safer streets together. CoSafe keeps a neighbourhood’s safety audit walks, residents’ perception pins, proposals and the agreed action plan in one project file that works without the internet, so a workshop can run on one laptop and field teams can merge their work later.</source>
        <translation>Pangeni mitaa salama zaidi pamoja. CoSafe huhifadhi matembezi ya ukaguzi wa usalama ya mtaa, pini za mtazamo za wakazi, mapendekezo na mpango kazi uliokubaliwa katika faili moja la mradi linalofanya kazi bila intaneti, ili warsha iendeshwe kwenye kompyuta moja na timu za uwandani ziunganishe kazi yao baadaye.</translation>
    </message>
    <message>
        <source>Participatory urban-safety planning</source>
        <translation>Upangaji shirikishi wa usalama mijini</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Mradi Mpya…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Fungua Mradi…</translation>
    </message>
    <message>
        <source>Open Sample Project</source>
        <translation>Fungua Mradi wa Mfano</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Miradi ya hivi karibuni</translation>
    </message>
    <message>
        <source>Projects you open will be listed here.</source>
        <translation>Miradi unayofungua itaorodheshwa hapa.</translation>
    </message>
</context>
<context>
    <name>WindowTitle</name>
    <message>
        <source>field copy for %1 (%2)</source>
        <comment>%1 a team, %2 its group</comment>
        <translation>nakala ya uwandani ya %1 (%2)</translation>
    </message>
    <message>
        <source>field copy for %1</source>
        <comment>%1 a team</comment>
        <translation>nakala ya uwandani ya %1</translation>
    </message>
    <message>
        <source>field copy (%1)</source>
        <comment>%1 a group</comment>
        <translation>nakala ya uwandani (%1)</translation>
    </message>
    <message>
        <source>field copy</source>
        <translation>nakala ya uwandani</translation>
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
        <translation>%1 [kusoma tu]</translation>
    </message>
</context>
<context>
    <name>WorkshopBar</name>
    <message>
        <source>Workshop and Group</source>
        <translation>Warsha na Kikundi</translation>
    </message>
    <message>
        <source>No workshop yet</source>
        <translation>Bado hakuna warsha</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>Bado hakuna vikundi</translation>
    </message>
    <message>
        <source> &amp;Workshop: </source>
        <translation> &amp;Warsha: </translation>
    </message>
    <message>
        <source>  &amp;Group: </source>
        <translation>  &amp;Kikundi: </translation>
    </message>
    <message>
        <source>The active workshop: what you draw and sign in belongs to it</source>
        <translation>Warsha inayotumika: unachochora na kusajili ni chake</translation>
    </message>
    <message>
        <source>The active group: what you draw now is recorded as this group&apos;s work</source>
        <translation>Kikundi kinachotumika: unachochora sasa kinarekodiwa kama kazi ya kikundi hiki</translation>
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
        <translation>Hariri Warsha</translation>
    </message>
    <message>
        <source>New Workshop</source>
        <translation>Warsha Mpya</translation>
    </message>
    <message>
        <source>Required, e.g. Market street walk and mapping</source>
        <translation>Inahitajika, k.m. Matembezi na uchoraji ramani wa mtaa wa soko</translation>
    </message>
    <message>
        <source>Where it was held, e.g. Community hall, Ward 4</source>
        <translation>Ilifanyika wapi, k.m. Ukumbi wa jamii, Kata 4</translation>
    </message>
    <message>
        <source> dots each</source>
        <translation> vitone kila mmoja</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Kichwa:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tarehe:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Mahali:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>M&amp;wezeshaji:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Ma&amp;elezo:</translation>
    </message>
    <message>
        <source>&amp;Votes per participant:</source>
        <translation>&amp;Kura kwa kila mshiriki:</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <source>Workshops and groups</source>
        <translation>Warsha na vikundi</translation>
    </message>
    <message>
        <source>Each workshop and its groups; select one to work in it</source>
        <translation>Kila warsha na vikundi vyake; chagua moja kufanya kazi ndani yake</translation>
    </message>
    <message>
        <source>Workshop / group</source>
        <translation>Warsha / kikundi</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Watu</translation>
    </message>
    <message>
        <source>No workshop yet. Create one, add its groups, then sign people in.</source>
        <translation>Bado hakuna warsha. Unda moja, ongeza vikundi vyake, kisha sajili watu.</translation>
    </message>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Warsha Mpya…</translation>
    </message>
    <message>
        <source>Create a workshop: date, place, facilitator</source>
        <translation>Unda warsha: tarehe, mahali, mwezeshaji</translation>
    </message>
    <message>
        <source>&amp;Add Group…</source>
        <translation>&amp;Ongeza Kikundi…</translation>
    </message>
    <message>
        <source>Add a group to the active workshop</source>
        <translation>Ongeza kikundi kwenye warsha inayotumika</translation>
    </message>
    <message>
        <source>&amp;Sign-in Sheet…</source>
        <translation>&amp;Karatasi ya Mahudhurio…</translation>
    </message>
    <message>
        <source>Sign participants in to the active workshop, keyboard only</source>
        <translation>Sajili washiriki kwenye warsha inayotumika, kwa kibodi pekee</translation>
    </message>
    <message>
        <source>&amp;Participants…</source>
        <translation>&amp;Washiriki…</translation>
    </message>
    <message>
        <source>List and correct the active workshop&apos;s participants</source>
        <translation>Orodhesha na sahihisha washiriki wa warsha inayotumika</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Hariri…</translation>
    </message>
    <message>
        <source>Edit the selected workshop or group</source>
        <translation>Hariri warsha au kikundi kilichochaguliwa</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Futa</translation>
    </message>
    <message>
        <source>Delete the selected workshop or group (Undo brings it back)</source>
        <translation>Futa warsha au kikundi kilichochaguliwa (Kutendua kunakirudisha)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups · %1</source>
        <comment>%1: how many people</comment>
        <translation>
            <numerusform>kikundi %Ln · %1</numerusform>
            <numerusform>vikundi %Ln · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Mwezeshaji: %1</translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation>bado hakuna mtu</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <comment>a workshop&apos;s title: its groups and people</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>Edit Workshop…</source>
        <translation>Hariri Warsha…</translation>
    </message>
    <message>
        <source>Edit Group…</source>
        <translation>Hariri Kikundi…</translation>
    </message>
    <message>
        <source>Delete Workshop</source>
        <translation>Futa Warsha</translation>
    </message>
    <message>
        <source>Delete Group</source>
        <translation>Futa Kikundi</translation>
    </message>
    <message>
        <source>Add workshop “%1”</source>
        <translation>Ongeza warsha “%1”</translation>
    </message>
    <message>
        <source>Group %1</source>
        <comment>a new group&apos;s name</comment>
        <translation>Kikundi %1</translation>
    </message>
    <message>
        <source>Add group “%1”</source>
        <translation>Ongeza kikundi “%1”</translation>
    </message>
    <message>
        <source>Edit Group</source>
        <translation>Hariri Kikundi</translation>
    </message>
    <message>
        <source>Delete the group “%1” and the photos of its paper sheets? Its participants and drawings stay in the workshop without a group. Undo (Ctrl+Z) brings it back.</source>
        <translation>Futa kikundi “%1” na picha za karatasi zake? Washiriki na michoro yake vinabaki katika warsha bila kikundi. Tendua (Ctrl+Z) kunakirudisha.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Futa kikundi</translation>
    </message>
    <message>
        <source>Delete the group “%1”? Its participants and drawings stay in the workshop without a group. Undo (Ctrl+Z) brings it back.</source>
        <translation>Futa kikundi “%1”? Washiriki na michoro yake vinabaki katika warsha bila kikundi. Tendua (Ctrl+Z) kunakirudisha.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Futa warsha</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>A vote must say which participant or group placed it</source>
        <translation>Kura lazima ionyeshe ni mshiriki au kikundi gani kiliiweka</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %Ln dots left for this voter</source>
        <translation>
            <numerusform>Vimebaki vitone %1 tu kati ya %Ln kwa mpiga kura huyu</numerusform>
            <numerusform>Vimebaki vitone %1 tu kati ya %Ln kwa mpiga kura huyu</numerusform>
        </translation>
    </message>
    <message>
        <source>women hidden</source>
        <translation>wanawake wamefichwa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln women</source>
        <translation>
            <numerusform>mwanamke %Ln</numerusform>
            <numerusform>wanawake %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>no one yet</source>
        <translation>bado hakuna mtu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>mtu %Ln</numerusform>
            <numerusform>watu %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>people hidden</source>
        <translation>watu wamefichwa</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a summary: “26 people · 16 women”</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Delete the workshop “%1” with its %2, %3 and %4?</source>
        <comment>%2, %3 and %4 are counts: “2 groups”, “26 participants”, “40 votes”</comment>
        <translation>Futa warsha “%1” pamoja na %2, %3 na %4?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups</source>
        <translation>
            <numerusform>kikundi %Ln</numerusform>
            <numerusform>vikundi %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participants</source>
        <translation>
            <numerusform>mshiriki %Ln</numerusform>
            <numerusform>washiriki %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln votes</source>
        <translation>
            <numerusform>kura %Ln</numerusform>
            <numerusform>kura %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln proposals, pins and walks stay in the project, in no workshop.</source>
        <translation>
            <numerusform>Pendekezo lake %Ln, pini na matembezi yake vinabaki katika mradi, bila warsha.</numerusform>
            <numerusform>Mapendekezo yake %Ln, pini na matembezi yake vinabaki katika mradi, bila warsha.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln photos of its groups&apos; paper sheets are deleted with it.</source>
        <translation>
            <numerusform>Picha %Ln ya karatasi za vikundi vyake inafutwa pamoja nayo.</numerusform>
            <numerusform>Picha %Ln za karatasi za vikundi vyake zinafutwa pamoja nayo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it all back.</source>
        <translation>Tendua (Ctrl+Z) kunarudisha vyote.</translation>
    </message>
</context>
<context>
    <name>WorkshopsFeature</name>
    <message>
        <source>Workshops</source>
        <translation>Warsha</translation>
    </message>
    <message>
        <source>Wor&amp;kshop</source>
        <translation>&amp;Warsha</translation>
    </message>
</context>
</TS>
