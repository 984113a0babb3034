<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/ui/editor/repeating.py" line="40"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/repeating.py" line="40"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/repeating.py" line="40"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="37"/>
        <source>Tirkeu — attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="80"/>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="82"/>
        <source>Switch between fitting the window and 100% (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="107"/>
        <source>This PDF cannot be shown here; it may be damaged or protected by a password. It is kept unchanged in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="113"/>
        <source>Tirkeu cannot show this kind of file here. It is kept safely in the vault; its fingerprint lets anyone check that a copy is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachment_viewer.py" line="117"/>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsController</name>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="151"/>
        <source>Save the incident first to add files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="153"/>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="403"/>
        <source>Please wait until the current file is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="155"/>
        <source>Add files to the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="160"/>
        <source>Only files can be added; “%1” was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="170"/>
        <source>“%1” could not be read; it was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="189"/>
        <source>Cancelled. Nothing of “%1” was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="194"/>
        <source>Adding “%1” (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="224"/>
        <source>Opening “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="251"/>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="268"/>
        <source>Save original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="261"/>
        <source>Removing hidden data from “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="266"/>
        <source>The original may hold hidden data: where and when a photo was taken, the device, the author. Anyone who gets the copy can read it. Save the original anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="277"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="281"/>
        <source>The copy could not be written to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="282"/>
        <source>The stored file no longer matches its fingerprint; the copy was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="291"/>
        <source>Cancelled. The unfinished copy was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="295"/>
        <source>Copy saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="298"/>
        <source>Saving “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="304"/>
        <source>Remove “%1” from this incident? It is deleted from the vault; copies saved elsewhere stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="306"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="358"/>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="367"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="379"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_controller.py" line="386"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/attachments_panel.py" line="49"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_panel.py" line="49"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_panel.py" line="49"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_panel.py" line="50"/>
        <source>SHA-256 (start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_panel.py" line="65"/>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_panel.py" line="67"/>
        <source>Select a file to see its full fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_panel.py" line="77"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_panel.py" line="78"/>
        <source>Add files (or drop them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_panel.py" line="79"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_panel.py" line="84"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_panel.py" line="85"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_panel.py" line="86"/>
        <source>&amp;Save copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_panel.py" line="87"/>
        <source>Save a copy without hidden data such as GPS position, camera and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_panel.py" line="89"/>
        <source>Save original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_panel.py" line="90"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_panel.py" line="140"/>
        <location filename="../../desktop_app/ui/attachments_panel.py" line="165"/>
        <source>Save the incident first to add files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_panel.py" line="199"/>
        <source>%1 · %2 · %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop_app/ui/editor/fields.py" line="101"/>
        <source>2018-05-12, 2018-05 or 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/fields.py" line="103"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/fields.py" line="103"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/fields.py" line="104"/>
        <source>Year only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="38"/>
        <source>Tirkeu — history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="50"/>
        <source>Revision %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="53"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="55"/>
        <source>changed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/history_dialog.py" line="59"/>
        <source>Restore this revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="58"/>
        <source>What happened, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="62"/>
        <source>What happened, as told by those affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="63"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="63"/>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="64"/>
        <location filename="../../desktop_app/ui/editor/editor.py" line="84"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="70"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="70"/>
        <source>Until (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="71"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="71"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="74"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="75"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="76"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="77"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="78"/>
        <source>Killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="79"/>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="83"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="87"/>
        <source>Defendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="88"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="89"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="90"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="91"/>
        <location filename="../../desktop_app/ui/editor/editor.py" line="109"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="92"/>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="93"/>
        <source>Add case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="95"/>
        <source>Penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="96"/>
        <source>Amount or term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="97"/>
        <source>Add penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="103"/>
        <source>Penalties of the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="107"/>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="108"/>
        <location filename="../../desktop_app/ui/editor/editor.py" line="114"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="110"/>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="113"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="115"/>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="117"/>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="123"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="129"/>
        <location filename="../../desktop_app/ui/editor/editor.py" line="140"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="132"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="133"/>
        <source>When and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="134"/>
        <source>People affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="135"/>
        <source>Who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="136"/>
        <source>Legal cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="137"/>
        <source>Remedies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="138"/>
        <source>Sources and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="139"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="147"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="148"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="149"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/editor.py" line="192"/>
        <location filename="../../desktop_app/ui/editor/editor.py" line="217"/>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../desktop_app/ui/incidents_page.py" line="32"/>
        <source>Search titles, descriptions, names, places (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents_page.py" line="34"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents_page.py" line="35"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents_page.py" line="38"/>
        <source>A date like 2018-05-12, 2018-05 or 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents_page.py" line="43"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents_page.py" line="43"/>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents_page.py" line="44"/>
        <source>Victim category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents_page.py" line="44"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents_page.py" line="46"/>
        <location filename="../../desktop_app/ui/incidents_page.py" line="155"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents_page.py" line="48"/>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents_page.py" line="49"/>
        <source>New incident (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents_page.py" line="142"/>
        <source>%1 of %2 incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="44"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="60"/>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="62"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="63"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="64"/>
        <source>Lock and hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="65"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <location filename="../../desktop_app/ui/people_merge.py" line="144"/>
        <source>Merge two records of the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_merge.py" line="145"/>
        <source>Pick the other record of this person in the list, or type its name here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_merge.py" line="147"/>
        <source>Name of the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_merge.py" line="148"/>
        <source>Keeps its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_merge.py" line="149"/>
        <source>Merged into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_merge.py" line="150"/>
        <source>&amp;Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_merge.py" line="151"/>
        <source>Keep the other record&apos;s name instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_merge.py" line="152"/>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_merge.py" line="153"/>
        <location filename="../../desktop_app/ui/people_merge.py" line="171"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_merge.py" line="164"/>
        <source>1 incident will be updated; each keeps its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_merge.py" line="165"/>
        <source>%1 incidents will be updated; each keeps its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_merge.py" line="167"/>
        <source>Both records become one person, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_merge.py" line="170"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_merge.py" line="188"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_merge.py" line="192"/>
        <source>Incidents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_merge.py" line="196"/>
        <source>not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="186"/>
        <source>Find a person by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="187"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="187"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="188"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="188"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="189"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="189"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="190"/>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="190"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="191"/>
        <source>Incidents about this person (Enter opens one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="192"/>
        <source>Legal cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="193"/>
        <source>No legal case recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="194"/>
        <source>Merge &amp;with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="195"/>
        <source>This person has a second record: make them one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="205"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="221"/>
        <source>People listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="226"/>
        <source>No person chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="228"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="229"/>
        <source>Gender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_page.py" line="258"/>
        <source>Art. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatingTable</name>
    <message>
        <location filename="../../desktop_app/ui/editor/repeating.py" line="154"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/editor/repeating.py" line="155"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/settings_page.py" line="26"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_page.py" line="27"/>
        <source>Show people&apos;s names as initials (working in public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_page.py" line="29"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_page.py" line="30"/>
        <source>Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_page.py" line="48"/>
        <source>Vault folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultDialog</name>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="37"/>
        <source>Tirkeu — create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="38"/>
        <source>Tirkeu — unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="41"/>
        <source>Your records will be kept encrypted in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="42"/>
        <source>Enter your passphrase to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="48"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="51"/>
        <source>Make a recovery code (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="55"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="67"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="67"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="74"/>
        <source>Too short: use at least 8 characters — better, four or more unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="76"/>
        <source>Weak: someone with your laptop could guess it. Add unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="78"/>
        <source>Fair. One or two more unrelated words make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="80"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="90"/>
        <source>Use at least 8 characters; several unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="93"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="97"/>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="120"/>
        <source>Tirkeu — recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/unlock_dialog.py" line="121"/>
        <source>Write this recovery code on paper and keep it away from this computer. It can set a new passphrase if you forget yours. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>image_strip</name>
    <message>
        <location filename="../../desktop_app/ui/image_strip.py" line="35"/>
        <source>Tirkeu cannot remove hidden data from this kind of file; save the original only if you are sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/image_strip.py" line="42"/>
        <source>Tirkeu cannot remove hidden data from animated or multi-page images; save the original only if you are sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/image_strip.py" line="48"/>
        <source>This picture could not be read, so Tirkeu cannot remove its hidden data; save the original only if you are sure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.page</name>
    <message>
        <location filename="../../desktop_app/ui/people_controller.py" line="84"/>
        <source>That person is no longer in the archive; the list has been refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people_controller.py" line="100"/>
        <source>The two records could not be merged; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="206"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="243"/>
        <source>Tirkeu — unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="244"/>
        <source>You have an unsaved draft “%1”. Open it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="245"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="261"/>
        <source>Tirkeu — unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="262"/>
        <source>Save the changes to the incident you are editing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="281"/>
        <source>Locks in %1:%2 if idle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="65"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="97"/>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="121"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
