; Inno Setup 6 script for Tirkeu on Windows (not built on the Linux build machine; see
; packaging/README.md). First build the one-folder app on Windows:
;   py -3.11 -m venv build\venv
;   build\venv\Scripts\pip install ".[build]"
;   build\venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\tirkeu.spec
; which leaves dist\tirkeu\tirkeu.exe (the command, a console program) and
; dist\tirkeu\tirkeu-window.exe (the window) sharing dist\tirkeu\_internal. Then:
;   iscc /DAppVersion=0.1.0 packaging\windows\tirkeu.iss
; writes dist\tirkeu-0.1.0-windows-setup.exe. AppVersion must be desktop_app.__version__.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\tirkeu.iss
#endif

[Setup]
; A fixed AppId: upgrades replace the installed version instead of adding a second one.
AppId={{6F3B2B1E-4C1A-4F5E-9B7D-2A9E0C4D7E11}
AppName=Tirkeu
AppVersion={#AppVersion}
AppVerName=Tirkeu {#AppVersion}
AppPublisher=The Tirkeu project
DefaultDirName={autopf}\Tirkeu
DefaultGroupName=Tirkeu
DisableProgramGroupPage=yes
; Per-user by default (a monitor often has no administrator rights); the dialog lets an
; administrator install for everyone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=tirkeu-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icons\tirkeu.ico
UninstallDisplayIcon={app}\tirkeu-window.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The command is on PATH for the user (or everyone) when the task below is chosen.
ChangesEnvironment=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
; Inno Setup has no official Kazakh messages; Kazakh-speaking users see Russian or English
; in the installer only (the program itself speaks Kazakh).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the tirkeu command to PATH"; Flags: unchecked

[Files]
Source: "..\..\dist\tirkeu\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Tirkeu"; Filename: "{app}\tirkeu-window.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\Tirkeu"; Filename: "{app}\tirkeu-window.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; The installing user's PATH (HKCU), also for an install for everyone.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\tirkeu-window.exe"; Description: "{cm:LaunchProgram,Tirkeu}"; Flags: nowait postinstall skipifsilent

; The vault (the user data folder) is never touched by the uninstaller: removing the
; program must not remove a monitor's records. `tirkeu wipe` destroys them on purpose.

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Paths) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;
