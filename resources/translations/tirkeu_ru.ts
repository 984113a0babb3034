<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="55"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="55"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="55"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="76"/>
        <source>Open a contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="151"/>
        <source>That file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="150"/>
        <source>That file is too large to be a contact card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="154"/>
        <source>That is your own card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="155"/>
        <source>That card is already a contact, named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="156"/>
        <source>There is already a contact named %1; remove it first if this card replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="118"/>
        <source>Save my card as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="124"/>
        <source>The card could not be written there; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="125"/>
        <source>Saved your card as %1. Read the words above to each person who adds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="106"/>
        <source>Tick at least one contact to send the bundle to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="107"/>
        <source>Add a coordinator&apos;s card under Contacts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="108"/>
        <source>Save the bundle as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="113"/>
        <source>%1 (coordinator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="123"/>
        <source>Cancelled; no bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="127"/>
        <source>Nothing new to send to %1 since the last bundle; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="130"/>
        <source>Sent to %1: %2, %3. Give %4 the file %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/controller.py" line="131"/>
        <source>%n incident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/controller.py" line="132"/>
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="137"/>
        <source>Sealing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="145"/>
        <source>Choose bundles to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="150"/>
        <source>cancelled; nothing from it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="151"/>
        <source>not imported (cancelled before it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="152"/>
        <source>something went wrong (%1); nothing from it was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/controller.py" line="176"/>
        <source>Opening %n bundle(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="187"/>
        <source>Save the receipt as</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/controller.py" line="195"/>
        <source>Wrote a receipt for %1 confirming %n incident revision(s). Give %1 the file %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="199"/>
        <source>Writing the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="211"/>
        <source>No incident here has been confirmed by a coordinator yet; there is nothing to purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/controller.py" line="214"/>
        <source>Delete from this computer the %n incident(s) a coordinator has confirmed receiving, with their files? Anything not yet confirmed, or changed since, stays.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/controller.py" line="224"/>
        <source>Purged %n delivered incident(s); anything not yet confirmed stays.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="229"/>
        <source>Purging delivered incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="81"/>
        <source>This incident was removed from this computer (deleted, or purged after a coordinator confirmed it) after you opened it; nothing was saved. Your changes are kept: re-apply them to save them as a new incident, or drop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="93"/>
        <source>Your changes were not saved over it; they are kept. Re-apply them on top, or drop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="100"/>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="103"/>
        <source>%1 saved a newer version of this incident on %2 (changed: %3); it is shown now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="105"/>
        <source>%1 saved a newer version of this incident on %2; it is shown now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="124"/>
        <source>Your changes are back on top of the newer version; check them and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="139"/>
        <source>Your changes were dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="145"/>
        <source>This incident was removed from this computer while you were typing. Your typing stays; when you save, you can keep it as a new incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/newer_revisions.py" line="151"/>
        <source>The incident that was open was removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../desktop_app/ui/attachments/viewer.py" line="43"/>
        <source>Tirkeu — attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/viewer.py" line="86"/>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/viewer.py" line="88"/>
        <source>Switch between fitting the window and 100% (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/viewer.py" line="113"/>
        <source>This PDF cannot be shown here; it may be damaged or protected by a password. It is kept unchanged in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/viewer.py" line="119"/>
        <source>Tirkeu cannot show this kind of file here. It is kept safely in the vault; its fingerprint lets anyone check that a copy is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/viewer.py" line="123"/>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsController</name>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="87"/>
        <source>Save the incident first to add files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="89"/>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="275"/>
        <source>Please wait until the current file is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="91"/>
        <source>Add files to the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="96"/>
        <source>Only files can be added; “%1” was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="106"/>
        <source>“%1” could not be read; it was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="125"/>
        <source>Cancelled. Nothing of “%1” was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="131"/>
        <source>Adding “%1” (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="162"/>
        <source>Opening “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="189"/>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="206"/>
        <source>Save original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="200"/>
        <source>Removing hidden data from “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="204"/>
        <source>The original may hold hidden data: where and when a photo was taken, the device, the author. Anyone who gets the copy can read it. Save the original anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="219"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="223"/>
        <source>The copy could not be written to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="224"/>
        <source>The stored file no longer matches its fingerprint; the copy was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="233"/>
        <source>Cancelled. The unfinished copy was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="237"/>
        <source>Copy saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="240"/>
        <source>Saving “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="246"/>
        <source>Remove “%1” from this incident? It is deleted from the vault; copies saved elsewhere stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/controller.py" line="248"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="63"/>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="64"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="64"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="64"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="65"/>
        <source>SHA-256 (start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="80"/>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="82"/>
        <source>Select a file to see its full fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="92"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="93"/>
        <source>Add files (or drop them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="94"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="99"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="100"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="101"/>
        <source>&amp;Save copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="102"/>
        <source>Save a copy without hidden data such as GPS position, camera and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="104"/>
        <source>Save original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="105"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="155"/>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="180"/>
        <source>Save the incident first to add files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/panel.py" line="213"/>
        <source>%1 · %2 · %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelProgress</name>
    <message>
        <location filename="../../desktop_app/ui/kit/tasks.py" line="162"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit/tasks.py" line="170"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardCheckDialog</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="58"/>
        <source>Has %1 read you these same words, in person or by phone? If any word differs, someone may have changed the card: do not add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="62"/>
        <source>&amp;Coordinator: my bundles go to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="64"/>
        <source>&amp;Accept bundles signed by them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="67"/>
        <source>&amp;Yes, the words match: add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="69"/>
        <source>&amp;No, do not add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="121"/>
        <source>Choose a conflict to compare the two versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="122"/>
        <source>No conflicts to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="125"/>
        <source>“%1” was changed here and by %2 (saved %3). For each field, choose the version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="131"/>
        <source>The two versions say the same in every field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="137"/>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="138"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="142"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="171"/>
        <source>Incidents &amp;edited both here and elsewhere:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="172"/>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="190"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="172"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="173"/>
        <source>Changed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="174"/>
        <source>Incidents edited both here and elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="175"/>
        <source>The two versions, field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="176"/>
        <source>&amp;Keep ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="177"/>
        <source>&amp;Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="178"/>
        <source>Save &amp;merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="190"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="190"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="191"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="191"/>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="192"/>
        <source>People affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="192"/>
        <source>Perpetrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="193"/>
        <source>Legal cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="193"/>
        <source>Remedies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="194"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="194"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="195"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="195"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="221"/>
        <source>(name not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="224"/>
        <source>killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="230"/>
        <source>(defendant not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="232"/>
        <source>art. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="235"/>
        <source>penalties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="237"/>
        <source>implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/conflict_panel.py" line="237"/>
        <source>not implemented</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="190"/>
        <source>My card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="191"/>
        <source>Your card is public: give it to the people you exchange bundles with, and read them these words when they add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="194"/>
        <source>&amp;Save my card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="195"/>
        <source>C&amp;ontacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="196"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="196"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="197"/>
        <source>Fingerprint words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="198"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="199"/>
        <source>Coor&amp;dinator: my bundles go to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="200"/>
        <source>Acc&amp;ept bundles signed by them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="201"/>
        <source>&amp;Add from card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="202"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="209"/>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="210"/>
        <source>bundles accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/page.py" line="211"/>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/fields.py" line="112"/>
        <source>2018-05-12, 2018-05 or 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/fields.py" line="117"/>
        <source>%1: precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/fields.py" line="118"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/fields.py" line="118"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/fields.py" line="119"/>
        <source>Year only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryStatus</name>
    <message>
        <location filename="../../desktop_app/ui/shell/status.py" line="40"/>
        <source>Unlocked · no incidents yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/status.py" line="43"/>
        <location filename="../../desktop_app/ui/shell/status.py" line="52"/>
        <source>Unlocked · %n incident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/status.py" line="46"/>
        <source>Unlocked · %n incident(s) not yet confirmed · no coordinator added yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/status.py" line="48"/>
        <source>Unlocked · %n incident(s) not yet confirmed by a coordinator</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/status.py" line="54"/>
        <source>Unlocked · no coordinator added yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/status.py" line="55"/>
        <source>Unlocked · everything confirmed by a coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/status.py" line="61"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="118"/>
        <source>%1 saved a newer version of this incident while you were typing. Your typing stays; when you save, you can re-apply it on top of theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="120"/>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="168"/>
        <source>A file is still being added; save again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="186"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="236"/>
        <source>Nothing was restored; open the history again to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="264"/>
        <source>Tirkeu — unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="265"/>
        <source>You have an unsaved draft “%1”. Open it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="266"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="306"/>
        <source>Tirkeu — unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editing.py" line="307"/>
        <source>Save the changes to the incident you are editing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/exchange/page.py" line="157"/>
        <source>%n incident(s) here not yet confirmed by a coordinator.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="237"/>
        <source>Send &amp;to (Space ticks a contact):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="234"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="235"/>
        <source>&amp;Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="238"/>
        <source>Only what &amp;changed since the last bundle to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="239"/>
        <source>E&amp;verything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="240"/>
        <source>&amp;Export bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="241"/>
        <source>&amp;Purge delivered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="242"/>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="243"/>
        <source>&amp;What the imports did:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="244"/>
        <source>Write a rec&amp;eipt for the sender…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="245"/>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="246"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="247"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="256"/>
        <source>C&amp;onflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="257"/>
        <source>C&amp;onflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="260"/>
        <source>%1 (coordinator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/page.py" line="270"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="39"/>
        <source>Tirkeu — history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="51"/>
        <source>Revision %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="54"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="56"/>
        <source>changed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/history_dialog.py" line="60"/>
        <source>Restore this revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentEditor</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="71"/>
        <source>&amp;Drop my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="118"/>
        <source>What happened, as told by those affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="119"/>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="120"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="129"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="122"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="124"/>
        <source>Until (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="125"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="97"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="98"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="99"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="100"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="101"/>
        <source>Killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="128"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="132"/>
        <source>Defendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="133"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="134"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="135"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="136"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="156"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="137"/>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="141"/>
        <source>Penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="142"/>
        <source>Amount or term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="144"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="150"/>
        <source>Penalties of the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="154"/>
        <source>Mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="155"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="161"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="157"/>
        <source>Implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="160"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="162"/>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="164"/>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="170"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="176"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="187"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="179"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="180"/>
        <source>When and where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="103"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="181"/>
        <source>People affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="70"/>
        <source>Re-app&amp;ly my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="102"/>
        <source>Add &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="109"/>
        <source>&amp;More details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="112"/>
        <source>More details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="130"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="182"/>
        <source>Who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="130"/>
        <source>Add perpe&amp;trator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="138"/>
        <source>Add &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="139"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="183"/>
        <source>Legal cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="143"/>
        <source>Add p&amp;enalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="158"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="184"/>
        <source>Remedies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="158"/>
        <source>Add remed&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="163"/>
        <source>Add so&amp;urce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="163"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="185"/>
        <source>Sources and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="186"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="200"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="203"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="201"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="247"/>
        <location filename="../../desktop_app/ui/incidents/editor/editor.py" line="277"/>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="45"/>
        <source>Search titles, descriptions, names, places (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="47"/>
        <source>Search incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="48"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="49"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="50"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="51"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="54"/>
        <source>A date like 2018-05-12, 2018-05 or 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="61"/>
        <location filename="../../desktop_app/ui/incidents/page.py" line="63"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="61"/>
        <location filename="../../desktop_app/ui/incidents/page.py" line="64"/>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="62"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="65"/>
        <source>Victim category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="68"/>
        <source>Filter by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="74"/>
        <source>&amp;New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="184"/>
        <source>%1: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="62"/>
        <location filename="../../desktop_app/ui/incidents/page.py" line="66"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="75"/>
        <source>New incident (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="95"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/page.py" line="169"/>
        <source>%1 of %2 incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="49"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="71"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="87"/>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="89"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="91"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="92"/>
        <source>Lock and hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/shell/main_window.py" line="95"/>
        <source>Section %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/main_window.py" line="97"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="155"/>
        <source>Merge two records of the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="156"/>
        <source>Pick the other record of this person in the list, or type its name here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="158"/>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="165"/>
        <source>Name of the other record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="159"/>
        <source>Keeps its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="160"/>
        <source>Merged into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="161"/>
        <source>&amp;Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="162"/>
        <source>Keep the other record&apos;s name instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="163"/>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="164"/>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="183"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="176"/>
        <source>1 incident will be updated; each keeps its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="177"/>
        <source>%1 incidents will be updated; each keeps its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="179"/>
        <source>Both records become one person, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="182"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="201"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="207"/>
        <source>Incidents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/merge_panel.py" line="211"/>
        <source>not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="185"/>
        <location filename="../../desktop_app/ui/people/page.py" line="186"/>
        <source>Find a person by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="187"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="188"/>
        <source>Incidents about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="189"/>
        <source>Legal cases about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="191"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="191"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="192"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="192"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="193"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="193"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="194"/>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="194"/>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="195"/>
        <source>Incidents about this person (Enter opens one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="196"/>
        <source>Legal cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="197"/>
        <source>No legal case recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="198"/>
        <source>Merge &amp;with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="199"/>
        <source>This person has a second record: make them one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="209"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="225"/>
        <source>People listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="230"/>
        <source>No person chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="232"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="233"/>
        <source>Gender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/page.py" line="264"/>
        <source>Art. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickRecord</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="43"/>
        <source>What happened, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="44"/>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="58"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="45"/>
        <source>Type part of the name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="51"/>
        <source>A name, if known (more people below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="57"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="59"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="60"/>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="60"/>
        <source>Main violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="61"/>
        <source>Person affected (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="61"/>
        <source>Person affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/quick.py" line="112"/>
        <source>Names are hidden; show them in Settings to type one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepeatingTable</name>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="197"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="200"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="201"/>
        <source>Remove the selected row (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/incidents/editor/repeating.py" line="205"/>
        <source>Remove the selected row of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="87"/>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="88"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="89"/>
        <source>&amp;Save name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="90"/>
        <source>Shown on your contact card. People who already have your card see the new name once you give it to them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="93"/>
        <source>This laptop &amp;belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="94"/>
        <source>a monitor: I record incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="95"/>
        <source>a coordinator: I receive, merge and count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="96"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="97"/>
        <source>Lock when &amp;idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="98"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="99"/>
        <source>Show people&apos;s names as ini&amp;tials (working in public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings/page.py" line="109"/>
        <source>Vault folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryChoices</name>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="116"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="116"/>
        <source>Counted from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="117"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="117"/>
        <source>Counted until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="120"/>
        <source>A date like 2018-05-12, 2018-05 or 2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="121"/>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="129"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="121"/>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="130"/>
        <source>Violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="121"/>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="130"/>
        <source>Victim category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="122"/>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="136"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="122"/>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="137"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="126"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="127"/>
        <source>Tags are for your own view: they never appear in exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="129"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="129"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="131"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="131"/>
        <source>Killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="132"/>
        <source>Kind of case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="132"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="133"/>
        <source>Outcome of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="133"/>
        <source>Penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="134"/>
        <source>Remedy sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="135"/>
        <source>Outcome of the remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="136"/>
        <source>Remedy implemented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="141"/>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/filters.py" line="142"/>
        <source>Co&amp;lumns:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="164"/>
        <source>Show the counts as the exports will show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="166"/>
        <source>Cross-table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="167"/>
        <source>Summary as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="163"/>
        <source>As &amp;published (small counts hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="165"/>
        <source>Export &amp;CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="168"/>
        <source>Export &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="169"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="170"/>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="171"/>
        <source>Cross-table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="172"/>
        <source>The summary&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="173"/>
        <source>Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="174"/>
        <location filename="../../desktop_app/ui/summaries/page.py" line="261"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="196"/>
        <source>The figures could not be counted; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="217"/>
        <source>Cancelled: the figures shown are from before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="257"/>
        <location filename="../../desktop_app/ui/summaries/page.py" line="270"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="272"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="272"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="275"/>
        <source>Incidents over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="277"/>
        <source>Totals by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="281"/>
        <source>Incidents: %1 · Victims: %2 (distinct people: %3; killed: %4) · Legal cases: %5 · Remedies: %6 (implemented: %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="291"/>
        <source>Export the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="302"/>
        <source>Tags are free text and may identify people: a cross-table by tag cannot be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="310"/>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/summaries/page.py" line="312"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop_app/ui/kit/tasks.py" line="141"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultDialog</name>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="59"/>
        <source>Tirkeu — create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="60"/>
        <source>Tirkeu — unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="63"/>
        <source>Your records will be kept encrypted in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="64"/>
        <source>Enter your passphrase to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="69"/>
        <source>e.g. Aigerim Bekova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="70"/>
        <source>&amp;Monitor: I record incidents and send them to a coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="73"/>
        <source>Coor&amp;dinator: I receive monitors&apos; bundles, merge and count them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="83"/>
        <source>Make a reco&amp;very code (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="86"/>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="89"/>
        <source>Shown on your contact card: the people you exchange bundles with see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="93"/>
        <source>This laptop belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="97"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="102"/>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="108"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="109"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="110"/>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="117"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="121"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="121"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="138"/>
        <source>Too short: use at least 8 characters — better, four or more unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="140"/>
        <source>Weak: someone with your laptop could guess it. Add unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="142"/>
        <source>Fair. One or two more unrelated words make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="144"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="159"/>
        <source>Write your name: it goes on your contact card, so the people you exchange bundles with know who sent them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="163"/>
        <source>Use at least 8 characters; several unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="166"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="171"/>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="196"/>
        <source>Tirkeu — recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/unlock_dialog.py" line="197"/>
        <source>Write this recovery code on paper and keep it away from this computer. It can set a new passphrase if you forget yours. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>image_strip</name>
    <message>
        <location filename="../../desktop_app/ui/attachments/image_strip.py" line="35"/>
        <source>Tirkeu cannot remove hidden data from this kind of file; save the original only if you are sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/image_strip.py" line="42"/>
        <source>Tirkeu cannot remove hidden data from animated or multi-page images; save the original only if you are sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments/image_strip.py" line="48"/>
        <source>This picture could not be read, so Tirkeu cannot remove its hidden data; save the original only if you are sure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.page</name>
    <message>
        <location filename="../../desktop_app/ui/people/controller.py" line="93"/>
        <source>That person is no longer in the archive; the list has been refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/people/controller.py" line="110"/>
        <source>The two records could not be merged; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="95"/>
        <source>Remove %1 from your contacts? You will no longer be able to send bundles to them, and bundles signed by them will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="104"/>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="143"/>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="168"/>
        <source>Contact cards (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/contacts/controller.py" line="169"/>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="279"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="252"/>
        <source>This incident was changed here (by %1) after the two versions were shown; nothing was merged. Compare them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="254"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/exchange/controller.py" line="278"/>
        <source>Tirkeu bundles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../desktop_app/ui/shell/controller.py" line="302"/>
        <source>Locks in %1:%2 if idle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../../desktop_app/ui/shell/controller.py" line="113"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/controller.py" line="114"/>
        <source>Summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/controller.py" line="115"/>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/controller.py" line="116"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/shell/controller.py" line="117"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
