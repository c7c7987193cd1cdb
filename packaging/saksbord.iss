; Inno Setup 6 script: the Windows installer for the one-folder bundle dist\Saksbord\.
;
;   py -m PyInstaller --noconfirm packaging\saksbord.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DVersjon=0.1.0 packaging\saksbord.iss
;
; Output: dist\installer\Saksbord-<versjon>-oppsett.exe. The workflow .github/workflows/windows.yml
; runs both steps and passes the version from pyproject.toml.
;
; - Per user, no administrator rights: installs under %LOCALAPPDATA%\Programs\Saksbord and writes
;   only HKEY_CURRENT_USER (PrivilegesRequired=lowest; {autopf}, {autoprograms} and HKA then mean
;   the user's own folders and hive).
; - A Start menu entry (and, if chosen, a desktop shortcut).
; - "Open with Saksbord" on .msg files (Outlook messages): Saksbord is offered in Explorer's
;   "Open with" list; Outlook stays the default program for a double-click.
; - Uninstalling removes the program and its registry entries only. The user's data lives elsewhere
;   (the embedded database and the working copies in %LOCALAPPDATA%\Saksbord, settings and
;   connection profiles in %APPDATA%\Saksbord, passwords in the Windows credential store) and is
;   kept, so a reinstall or an upgrade finds everything as it was.

#ifndef Versjon
  #define Versjon "0.1.0"
#endif
#define Navn "Saksbord"
#define Exe "Saksbord.exe"

[Setup]
AppId={{6F1B2C3D-5A4E-4B8F-9C21-7D3E5F8A9B10}
AppName={#Navn}
AppVersion={#Versjon}
AppVerName={#Navn} {#Versjon}
AppPublisher=Saksbord
VersionInfoVersion={#Versjon}
DefaultDirName={autopf}\{#Navn}
DefaultGroupName={#Navn}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=..\build\saksbord-pakke\saksbord.ico
UninstallDisplayIcon={app}\{#Exe}
UninstallDisplayName={#Navn}
OutputDir=..\dist\installer
OutputBaseFilename={#Navn}-{#Versjon}-oppsett
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nb.AapneMed=Åpne med Saksbord
en.AapneMed=Open with Saksbord
nb.OutlookMelding=Outlook-melding (Saksbord)
en.OutlookMelding=Outlook message (Saksbord)
nb.DataBeholdes=Dataene dine (databasen, arbeidskopiene og innstillingene) beholdes og brukes igjen ved neste installasjon.
en.DataBeholdes=Your data (the database, the working copies and the settings) is kept and used again by the next installation.

[Tasks]
Name: "skrivebord"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\Saksbord\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle whole, so no module of an older version is left beside the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#Navn}"; Filename: "{app}\{#Exe}"
Name: "{autodesktop}\{#Navn}"; Filename: "{app}\{#Exe}"; Tasks: skrivebord

[Registry]
; "Open with Saksbord" for .msg: a ProgID of our own, listed in .msg's OpenWithProgids (not made
; the default), and the application's SupportedTypes so Explorer lists it under "Open with".
Root: HKA; Subkey: "Software\Classes\Saksbord.msg"; ValueType: string; ValueName: ""; ValueData: "{cm:OutlookMelding}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Saksbord.msg"; ValueType: string; ValueName: "FriendlyTypeName"; ValueData: "{cm:OutlookMelding}"
Root: HKA; Subkey: "Software\Classes\Saksbord.msg\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#Exe}"",0"
Root: HKA; Subkey: "Software\Classes\Saksbord.msg\shell\open"; ValueType: string; ValueName: ""; ValueData: "{cm:AapneMed}"
Root: HKA; Subkey: "Software\Classes\Saksbord.msg\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#Exe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.msg\OpenWithProgids"; ValueType: string; ValueName: "Saksbord.msg"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#Exe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#Navn}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#Exe}\SupportedTypes"; ValueType: string; ValueName: ".msg"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#Exe}\SupportedTypes"; ValueType: string; ValueName: ".eml"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#Exe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#Exe}"" ""%1"""

[Run]
Filename: "{app}\{#Exe}"; Description: "{cm:LaunchProgram,{#Navn}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(CustomMessage('DataBeholdes'), mbInformation, MB_OK);
end;
