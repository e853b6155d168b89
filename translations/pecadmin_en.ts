<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Journal</name>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1 (quota %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning threshold %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archiving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>%1 to %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only letters and digits, without accents or spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits and the symbols %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one lower-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one upper-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must have %1 to %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it may contain only letters and digits, without accents or spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it may contain only letters, digits and the symbols %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs at least one lower-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs at least one upper-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs at least one digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs at least one symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must not contain the mailbox name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not contain the mailbox name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>Password of the database user: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store on a PostgreSQL server needs --pg-host, --pg-database and --pg-user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for the database user: set PECADMIN_PASSWORD, or write it on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --store or the --pg-* options, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --profile or --scim with --user, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for %1: save it in the system keyring, set PECADMIN_PASSWORD, or write it on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of --store, the --pg-* options, --profile or --scim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a port number (1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SSL mode “%1”: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved connection called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-env, --domain and --ca apply to a connection to a SCIM server only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SCIM server needs --scim URL with --user NAME or with --token-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --user (a password) or --token-env (a bearer token), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 of --token-env holds no token: set it to the bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a SCIM server with --scim URL or --profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offline works with --profile NAME alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal works with --profile NAME alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>The operation stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given: standard input ended before a line was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmaster mailbox cannot be disabled: the domain needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 text, not UTF-8: save it as “CSV UTF-8” and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the file holds binary data, not CSV text. Choose a CSV file saved from a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the file is not UTF-8 text. Save it as “CSV UTF-8” from the spreadsheet and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: a quoted field is never closed: a quotation mark (&quot;) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row with the column names and one row for each mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an address of the domain %2, not of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox %1 is already in row %2 of the file: only that row is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With the rows above, the domain would go beyond its limit of %n mailboxes.</source>
        <translation>
            <numerusform>With the rows above, the domain would go beyond its limit of %n mailbox.</numerusform>
            <numerusform>With the rows above, the domain would go beyond its limit of %n mailboxes.</numerusform>
        </translation>
    </message>
    <message>
        <source>With the rows above, the domain has %1 MB of space left: a disk quota of %2 MB does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row 1: the file has no column with the mailbox name. Name one column “Name” (or “Nome”, “Casella”, “Username”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the column “%2” is not a size: write a whole number of megabytes, such as 512.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the column “%2” is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row but no mailbox rows under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mailbox name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name without “@” and the domain: for mario.rossi@pec.example.it, just mario.rossi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox name must be one word, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox name cannot contain “%1”: use letters without accents, digits, dots, hyphens and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox name cannot start or end with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox name cannot contain two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The mailbox name can be at most %n characters long.</source>
        <translation>
            <numerusform>The mailbox name can be at most %n character long.</numerusform>
            <numerusform>The mailbox name can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <source>“postmaster” is the domain&apos;s own administration mailbox and is reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a domain name such as pec.example.it: letters without accents, digits and hyphens, in parts separated by dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a mailbox address: write it as name@domain, for example mario.rossi@pec.example.it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not meet the domain&apos;s policy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain&apos;s total space must be at least 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain must allow at least one mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest quota of a mailbox must be at least 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password length must be between 4 and 128 characters, the minimum not above the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy that requires a symbol must allow at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk quota must be at least 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk quota can be at most %1 MB per mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain has %1 MB of space left to allocate: the disk quota cannot be %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The soft quota cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The soft quota (%1 MB) cannot be above the disk quota (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 does not include conservazione sostitutiva (legal archiving).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The domain already holds its limit of %n mailboxes.</source>
        <translation>
            <numerusform>The domain already holds its limit of %n mailbox.</numerusform>
            <numerusform>The domain already holds its limit of %n mailboxes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The postmaster&apos;s password cannot be reset here: change it from the provider&apos;s own panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postmaster mailbox cannot be deleted: the domain needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox %1 was changed meanwhile. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected for storage: the system refused the memory it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To open a store on a PostgreSQL server, give the server&apos;s host, the database and the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is missing: install it (on Debian, the package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server %1 refused the user name or the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server answered, but the database or the user of %1 does not exist. Ask its administrator to create them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protected (TLS) connection to the database server %1 could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached. Check the address and the port, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only: PEC Admin cannot keep its store there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is read-only. Make it writable, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PEC Admin store. PEC Admin has left it as it is: choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of PEC Admin (schema %2, this version knows up to %3). Update PEC Admin to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server %1 was lost and cannot be made again. Check that the server is running, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a PEC Admin store. PEC Admin has left it as it is: choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost while the change was being saved: it may or may not have been saved. Reload, and check, before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost, and nothing of this operation was saved. Try again when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another administrator is changing the same domain in %1 at this moment. Nothing was saved: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is in use by another program. Close the other program, or wait for it to finish, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mailbox or domain with that name exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PEC Admin store, or it is damaged. PEC Admin has left it as it is: choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The domain can hold at most %n mailboxes: there is no room for all of these.</source>
        <translation>
            <numerusform>The domain can hold at most %n mailbox: there is no room for all of these.</numerusform>
            <numerusform>The domain can hold at most %n mailboxes: there is no room for all of these.</numerusform>
        </translation>
    </message>
    <message>
        <source>The used space cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox %1 was changed by someone else meanwhile. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read as a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was refused because its certificate cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n seconds.</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address as https://server/path, for example https://scim.example.it/scim/v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no User resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot filter its users, so it cannot list one domain&apos;s mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot change users with PATCH requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer the PEC mailbox extension (%1): quotas and archiving cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains are set up by the provider on its server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo domain can be added to a local store only, not to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with something that is not SCIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mailbox with that address exists already on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session with the server has expired: sign in again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow this account to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know that mailbox or domain: it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox was changed by someone else meanwhile. Reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the values as not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large for the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to carry out the request (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection called %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot start or end with a space, nor hold / or \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the database user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the connection is protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address of the SCIM server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// and name a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the username in its own field, not in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the username to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webmail address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is saved in the system keyring for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring does not answer: passwords cannot be remembered and are asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused access to the saved password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring could not save or delete the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in: the sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection does not sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allowed symbols can be only symbols such as !#$%, without letters, digits, accents or spaces: “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailboxes already have %1 MB of disk quota between them: the total space cannot be less. Lower their quotas first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The domain already holds %n mailboxes, its postmaster included: the limit cannot be lower.</source>
        <translation>
            <numerusform>The domain already holds %n mailbox, its postmaster included: the limit cannot be lower.</numerusform>
            <numerusform>The domain already holds %n mailboxes, its postmaster included: the limit cannot be lower.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mailbox already has a disk quota of %1 MB: the largest quota cannot be less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some mailboxes have conservazione sostitutiva (legal archiving) on: turn it off in them before the domain gives it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The domain %1 still holds %n mailboxes besides its postmaster: delete them first.</source>
        <translation>
            <numerusform>The domain %1 still holds %n mailbox besides its postmaster: delete it first.</numerusform>
            <numerusform>The domain %1 still holds %n mailboxes besides its postmaster: delete them first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider sets the domain&apos;s limits on its server: ask the provider to change the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider keeps the domains on its server: ask the provider to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered, but not as a SCIM service: check the address (it usually ends in /scim/v2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be trusted. If the provider uses a certification authority of its own, give its certificate (a PEM file) as the connection&apos;s CA file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure connection could be set up with %1: check whether the server speaks https or plain http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 sends elsewhere (%2). Enter the address of the SCIM service itself, if you trust where it leads: the credentials are never sent to another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SCIM service at %1: check the address (it usually ends in /scim/v2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection keeps no history of changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history holds no entries older than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no copy of %1 for offline work yet: connect once while the server is reachable, with “Keep a copy for offline work” on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are working offline on the copy of the domains: changes cannot be made until the server is reachable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy for offline work is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the domain %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 exists already. Add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: a field is longer than %2 characters: “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the file has more than %2 rows. Split it into smaller files and import each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the line is longer than %2 bytes, which no mailbox row needs. Is this a CSV file of mailboxes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file are refused, so nothing was imported. Correct the file, or import only the ready rows.</source>
        <translation>
            <numerusform>%n row of the file is refused, so nothing was imported. Correct the file, or import only the ready rows.</numerusform>
            <numerusform>%n rows of the file are refused, so nothing was imported. Correct the file, or import only the ready rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” in the column “%2” is larger than any size a mailbox can have (%3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an impossible value for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store holds an impossible value for %1: %2. The store is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds the open store: writing it would destroy every domain and mailbox. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain&apos;s total space can be at most %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain can allow at most %1 mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest quota of a mailbox can be at most %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged: some of its pages cannot be read. PEC Admin has left it as it is and changes nothing in it: restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the store %1 is full: nothing of this change was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 could not keep its lock on the file, as happens on a network share: nothing of this change was saved. Keep the store on a disk of this computer, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first, or choose a store file in an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report would hold more than %1 changes: choose a shorter period or more filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection is not a store that a mail server reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox %1 is being deleted: the mail server has not removed its mail yet. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 is being deleted: the mail server has not removed the mail of its mailboxes yet. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the mailboxes cannot take this change, so no mailbox was changed. Leave them out of the selection, or change only the others.</source>
        <translation>
            <numerusform>%n mailbox cannot take this change, so no mailbox was changed. Leave it out of the selection, or change only the others.</numerusform>
            <numerusform>%n of the mailboxes cannot take this change, so no mailbox was changed. Leave them out of the selection, or change only the others.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key of the changes made offline could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are working offline and the system keyring does not answer: a password cannot be kept safely until the server is reachable, so mailboxes cannot be created and passwords cannot be reset now. The other changes can still be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no change %1 waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox %1 no longer exists on the server: this change cannot be applied. Keep the server&apos;s state, or create the mailbox again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 was taken on the server meanwhile: this creation cannot be applied. Keep the server&apos;s mailbox, or create one with another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be sealed for sending later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password kept for sending later cannot be read with the key of the system keyring: cancel the change and make it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password of %1 is not right: the password was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must be different from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the messages to the domain&apos;s users must be Italian (it) or English (en), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command is done by %1, which could not be started: reinstall PEC Admin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteDriver</name>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement cannot be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one statement can be run at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no statement to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement has %1 values to fill, and %2 were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value cannot be given to the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement cannot be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction cannot be begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction cannot be committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction cannot be rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::ActionsPolicy</name>
    <message>
        <source>Select one mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider keeps this domain on its server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::ArchivingDialog</name>
    <message>
        <source>Conservazione Sostitutiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservazione sostitutiva is the legal archiving of the receipts and notices of a PEC mailbox: the provider keeps them, with legal value, for the years that the law requires. The user finds them on the provider&apos;s archiving site, not in the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What conservazione sostitutiva is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 does not include conservazione sostitutiva in its contract, so it cannot be turned on for its mailboxes. Ask the provider to add it to the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the receipts of %1 in conservazione sostitutiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservazione sostitutiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservazione sostitutiva error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current state is shown above: check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current values loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: on for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: off for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::BulkChangeDialog</name>
    <message numerus="yes">
        <source>With %n quota(s) of %1 MB the domain would allocate %2 MB, more than its %3 MB.</source>
        <translation>
            <numerusform>With %n quota of %1 MB the domain would allocate %2 MB, more than its %3 MB.</numerusform>
            <numerusform>With %n quotas of %1 MB the domain would allocate %2 MB, more than its %3 MB.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of these mailboxes already use(s) more than this: they will not receive mail until their users delete messages.</source>
        <translation>
            <numerusform>%n of these mailboxes already uses more than this: it will not receive mail until its user deletes messages.</numerusform>
            <numerusform>%n of these mailboxes already use more than this: they will not receive mail until their users delete messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota Below Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the mailboxes already use(s) more than %1 MB. They will not receive mail until their users delete messages.

Set the quota anyway?</source>
        <translation>
            <numerusform>%n of the mailboxes already uses more than %1 MB. It will not receive mail until its user deletes messages.

Set the quota anyway?</numerusform>
            <numerusform>%n of the mailboxes already use more than %1 MB. They will not receive mail until their users delete messages.

Set the quota anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) changed</source>
        <translation>
            <numerusform>%n mailbox changed</numerusform>
            <numerusform>%n mailboxes changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not done</source>
        <translation>
            <numerusform>%n not done</numerusform>
            <numerusform>%n not done</numerusform>
        </translation>
    </message>
    <message>
        <source>The change stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was cancelled: the mailboxes not done are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Disk Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The disk quota of the %n selected mailbox(es) will be set to the value below, at most %1 MB each.</source>
        <translation>
            <numerusform>The disk quota of the %n selected mailbox will be set to the value below, at most %1 MB.</numerusform>
            <numerusform>The disk quota of the %n selected mailboxes will be set to the value below, at most %1 MB each.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disk &amp;quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Set the quota of %n mailbox(es)</source>
        <translation>
            <numerusform>&amp;Set the quota of %n mailbox</numerusform>
            <numerusform>&amp;Set the quota of %n mailboxes</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Soft Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The soft quota of the %n selected mailbox(es) will be set to the value below: the user gets a warning message when the mailbox reaches it. 0 turns the warning off.</source>
        <translation>
            <numerusform>The soft quota of the %n selected mailbox will be set to the value below: the user gets a warning message when the mailbox reaches it. 0 turns the warning off.</numerusform>
            <numerusform>The soft quota of the %n selected mailboxes will be set to the value below: the user gets a warning message when the mailbox reaches it. 0 turns the warning off.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Soft quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Set the soft quota of %n mailbox(es)</source>
        <translation>
            <numerusform>&amp;Set the soft quota of %n mailbox</numerusform>
            <numerusform>&amp;Set the soft quota of %n mailboxes</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn Archiving On</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Conservazione sostitutiva (legal archiving of receipts) will be turned on for the %n selected mailbox(es).</source>
        <translation>
            <numerusform>Conservazione sostitutiva (legal archiving of receipts) will be turned on for the %n selected mailbox.</numerusform>
            <numerusform>Conservazione sostitutiva (legal archiving of receipts) will be turned on for the %n selected mailboxes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Turn archiving on for %n mailbox(es)</source>
        <translation>
            <numerusform>&amp;Turn archiving on for %n mailbox</numerusform>
            <numerusform>&amp;Turn archiving on for %n mailboxes</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn Archiving Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Conservazione sostitutiva (legal archiving of receipts) will be turned off for the %n selected mailbox(es). Receipts already archived stay archived.</source>
        <translation>
            <numerusform>Conservazione sostitutiva (legal archiving of receipts) will be turned off for the %n selected mailbox. Receipts already archived stay archived.</numerusform>
            <numerusform>Conservazione sostitutiva (legal archiving of receipts) will be turned off for the %n selected mailboxes. Receipts already archived stay archived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Turn archiving off for %n mailbox(es)</source>
        <translation>
            <numerusform>&amp;Turn archiving off for %n mailbox</numerusform>
            <numerusform>&amp;Turn archiving off for %n mailboxes</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password of the %n selected mailbox(es) will be replaced by a generated one, shown once at the end. The users can no longer sign in with their current passwords, and must change the new one at the first access.</source>
        <translation>
            <numerusform>The password of the %n selected mailbox will be replaced by a generated one, shown once at the end. The user can no longer sign in with the current password, and must change the new one at the first access.</numerusform>
            <numerusform>The passwords of the %n selected mailboxes will be replaced by generated ones, shown once at the end. The users can no longer sign in with their current passwords, and must change the new ones at the first access.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reset %n password(s)</source>
        <translation>
            <numerusform>&amp;Reset %n password</numerusform>
            <numerusform>&amp;Reset %n passwords</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the change. Cancel stops after the current mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passwords are shown only now: copy them, or save or print the credential letters, before you close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The disk quota of the %n selected mailbox(es) will be set to the value below. The server does not state the domain&apos;s limits: it checks the quotas itself.</source>
        <translation>
            <numerusform>The disk quota of the selected mailbox will be set to the value below. The server does not state the domain&apos;s limits: it checks the quota itself.</numerusform>
            <numerusform>The disk quota of the %n selected mailboxes will be set to the value below. The server does not state the domain&apos;s limits: it checks the quotas itself.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) cannot take this change:</source>
        <translation>
            <numerusform>%n mailbox cannot take this change:</numerusform>
            <numerusform>%n mailboxes cannot take this change:</numerusform>
        </translation>
    </message>
    <message>
        <source>The change is made on every selected mailbox or on none: leave these out of the selection, or change only the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change &amp;only the %n other mailbox(es)</source>
        <translation>
            <numerusform>Change &amp;only the other mailbox</numerusform>
            <numerusform>Change &amp;only the %n other mailboxes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pecadmin::BulkJobDialog</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords shown once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy addresses and passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy addresses and passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::BulkProgressWidget</name>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>about %n hour left</numerusform>
            <numerusform>about %n hours left</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mailbox(es) done</source>
        <extracomment>&quot;12 of 50 mailboxes done&quot;</extracomment>
        <translation>
            <numerusform>%1 of %n mailbox done</numerusform>
            <numerusform>%1 of %n mailboxes done</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping after the current mailbox…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::BulkReport</name>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::BulkReportModel</name>
    <message>
        <source>Row</source>
        <extracomment>The row of the spreadsheet file, or the position in the list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::CommandParser</name>
    <message>
        <source>Give the name of the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address of the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new disk quota in MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new soft quota in MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write on or off, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a mailbox erases every message in every folder for ever, and the provider keeps no copy. Add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option “--%1” needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option “--%1” takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option “--%1” is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option “--%1” does not apply to this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of “--%1” must be a whole number, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size must be a whole number of megabytes, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the domain&apos;s total space with --space-mb N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the domain&apos;s mailbox limit with --max-mailboxes N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown password policy “%1”: use poste, aruba or custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“--%1” must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sort column “%1”: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address of the new mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “%1”: use it or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --json, give the FILE to write the CSV to: standard output carries the JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--store FILE] [--json] COMMAND</source>
        <comment>command synopsis: translate only the words in capitals</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1 help” to see every command and option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the domains with their limits and what they use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one domain&apos;s limits, password policy and usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists a domain&apos;s mailboxes, disabled ones too. --filter keeps the names that contain TEXT; --sort orders by address, status, usage, quota, soft-quota, archiving or created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a mailbox. Without --quota-mb, its disk quota is the domain&apos;s largest mailbox quota, within the space the domain has left. The user must change the password at first access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets a new password that the user must change at first access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enables a mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disables a mailbox: it keeps its messages, but cannot be accessed, cannot send, and mail sent to it is not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the disk quota. A quota below the space the mailbox already uses is set all the same, with a warning on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the soft quota, the size at which the user is warned; 0 for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns conservazione sostitutiva (legal archiving) on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes a mailbox and every message in it, irrecoverably: the provider keeps no copy. Without --yes nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the demo domain pec.example.it with a few dozen mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a domain&apos;s mailboxes as CSV (UTF-8), without passwords, to FILE or to standard output. --semicolon for spreadsheets set to Italian; --language it for Italian column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administers the domains and mailboxes of a PEC Admin store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store to use. By default the file named by the PECADMIN_STORE environment variable, or else %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the result as JSON on standard output, and an error as JSON on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are never read from the command line. With --generate-password a password that meets the domain&apos;s policy is generated and shown once. Otherwise it is read from standard input: typed twice without echo at a terminal, or one line when standard input is a file or a pipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 when the operation is refused (the reason is on standard error), 2 when the command line is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” to see what it does and its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” to see what they do and their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generates a password that meets the domain&apos;s policy and shows it once, instead of reading one from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The space the domain may give its mailboxes, in MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many mailboxes the domain may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POLICY</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain includes conservazione sostitutiva (legal archiving).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest disk quota of one mailbox, in MB (1024 by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the mailboxes whose name contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skips the first N mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists at most N mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMN</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column to sort by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorts in descending order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk quota, in MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The soft quota, the size at which the user is warned, in MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns conservazione sostitutiva (legal archiving) on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirms the deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what would happen to each row, and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separates the columns with semicolons, for spreadsheets set to Italian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the version of pecadmin-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the completion script of bash or zsh. The package installs both; by hand: source &lt;(pecadmin-cli completion bash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHELL</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which shell: bash or zsh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown shell “%1”: use bash or zsh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROGRAM</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which program: pecadmin-cli or pecadmin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown program “%1”: use pecadmin-cli or pecadmin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this help; with a COMMAND, what that command does and its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMAND</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the help; after a command, that command&apos;s help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its port (5432 by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database of the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable, prefer (the default), require or verify-full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a connection saved in PEC Admin (File &gt; Connect to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the username to sign in to the SCIM server with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store on a PostgreSQL server, shared by several administrators, instead of a file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the database user is read from the PECADMIN_PASSWORD environment variable, or else from the first line of standard input; never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved connection of the desktop application, or a provider&apos;s SCIM server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their password comes from the system keyring where it is saved there, else from PECADMIN_PASSWORD, else from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” to see every command, and the options that every command takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command line is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do with the domain: add, list, show, edit or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown domain command “%1”: use add, list, show, edit or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortest password allowed, in characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest password allowed, in characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLASSES</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a password must have, separated by commas: lower, upper, digit, symbol; or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of character “%1”: use lower, upper, digit, symbol or none, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what a password must have: lower, upper, digit, symbol or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHARS</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The symbols a password may have besides letters and digits, such as &apos;!#$%&apos;; an empty value for letters and digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“--symbols” takes symbols only, such as !#$%, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password must not contain the mailbox name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password may contain the mailbox name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --forbid-name or --allow-name, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password policy: Poste&apos;s (the default), Aruba&apos;s, or a custom one; the options that follow change it into a custom one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest disk quota of one mailbox, in MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain no longer includes conservazione sostitutiva; refused while a mailbox has it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --archiving or --no-archiving, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password policy: Poste&apos;s, Aruba&apos;s, or a custom one; the options that follow change it, or the domain&apos;s own, into a custom one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a domain that holds no mailbox but its postmaster, which goes with it. Without --yes nothing is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirms the removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a domain removes its postmaster mailbox too, and cannot be undone. Add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries a SCIM server (--scim or a saved connection) against what PEC Admin needs of it, and says for each trait whether it passes and what PEC Admin does about it: discovery, the mailbox extension, filters, paging across maxResults, sorting, PATCH, versions, uniqueness and If-Match. It creates two mailboxes named pecadmin-check-… in the first --domain (or the server&apos;s first domain) and deletes them. Exit status 1 when a failure blocks the use of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a provider&apos;s SCIM 2.0 server, with --user or --token-env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAR</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signs in with the bearer token held by the environment variable VAR (never the token itself on the command line), instead of --user and a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a domain of the SCIM server to work on; give it once for each domain (needed where the server does not list its domains)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PEM file with the certificate of a certification authority to trust for the SCIM server, besides the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of “--%1” must be a date such as 2026-03-01 or a time such as 2026-03-01T14:30:00Z, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the entries from DATE on (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the entries up to DATE, that day included (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the changes made by NAME (a PostgreSQL role, or user@host for a store file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OP</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the entries of one operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown operation “%1”: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN|ADDRESS</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the history of changes, newest first: of one domain or mailbox, or of the whole store. Every change names who made it and when (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists at most N entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the history of changes as CSV (UTF-8), oldest first, with every entry&apos;s hashes, to FILE: of one domain or mailbox, or of the whole store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the hash chain of the whole history and names the first entry that was changed, removed or reordered (exit status 1). --head checks as well that an entry kept elsewhere with “audit head” is still in the chain, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQUENCE:HASH</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry of the chain as “audit head” printed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of “--head” must be SEQUENCE:HASH as “audit head” prints it, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the newest entry of the history as SEQUENCE:HASH and its time: keep it elsewhere (a server&apos;s log, a printout), so that a rewrite of the whole history is caught.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the history&apos;s entries older than DATE, after exporting them with “audit export”, and adds a checkpoint entry with the hash of the last one removed, so that “audit verify” still holds. On PostgreSQL only a role that may delete from the history can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the entries before DATE (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date with --before DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --profile: reads the copy of the connection&apos;s domains kept for offline work, without reaching the server; changes are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“--%1” must be between 0 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size must be between 0 and %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces FILE if it exists. The open store is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the mailboxes of a CSV file, one per row: columns name, password, quota, soft quota, archiving, enabled, with headers in Italian or English, separated by commas or semicolons. Mailboxes that exist are skipped; an empty password is generated and shown once. --dry-run shows what would happen to each row and changes nothing. A file with a refused row creates nothing unless --skip-invalid is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the rows that are ready even when other rows are refused. Without it, a file with a refused row creates nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on the mail server: removes with Dovecot&apos;s doveadm the mail of the mailboxes deleted since the last purge, then their entries, so that their addresses can be made again. Its first run makes the store one that a mail server purges: from then on a deleted mailbox&apos;s address waits for its purge. The timer of docs/dovecot/ runs it every minute. Exit status 1 when some mail could not be removed (it is tried again at the next purge).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The doveadm program (by default the one on the PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dovecot&apos;s configuration file (by default Dovecot&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the changes made offline on the copy of --profile NAME that wait to be sent, in order: who made each and when, what it does, and, for one the server refused, why and what the server holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the changes made offline to the server of --profile NAME, in order, each with the version of the mailbox it was made on. A change the server refuses (the mailbox changed or deleted meanwhile, the address taken, a limit exceeded) stays in the journal for a choice: exit status 3. Sending stops when the server is lost, and goes on from the same change next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancels the change ID made offline, and the later changes of the same mailbox made on top of it: the copy shows the mailbox as it was before them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <comment>placeholder in the help</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of the change, as “journal list” shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not the number of a change: “journal list” shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancels every change made offline that waits to be sent: the copy shows the domains as the server last did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settles the change ID that the server refused: --mine sends it again, at the next journal send, on the server&apos;s current version; --theirs drops it (and the later changes of the same mailbox), and the copy takes the server&apos;s values. Nothing is overwritten without this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends my change again over the server&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops my change and keeps the server&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --mine or --theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes to FILE the printed report of the history of one domain or mailbox for the period of --since and --until (as the window&apos;s Report), in the language of the command, instead of the CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report is of one domain or mailbox: give it before the FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report is written to a file, not to the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s own change of password, for a password page of the mail server: reads the current password, then the new one (at a terminal typed twice; from a pipe one line each). The new password must meet the domain&apos;s policy and differ from the current one. It ends “must change the password at first access”, which until then keeps the user out of the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the messages the mail server sends the domain&apos;s users, such as the soft-quota alarm: it (Italian, the default of a new domain) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a domain with its total space, mailbox limit, largest mailbox quota, password policy (poste by default), whether it includes conservazione sostitutiva, and the language of its users&apos; messages (Italian by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a domain&apos;s total space, mailbox limit, largest mailbox quota, conservazione sostitutiva, password policy or the language of its users&apos; messages; what is not given stays. Limits below what the mailboxes already use are refused. A new policy applies to the passwords set from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change: --space-mb, --max-mailboxes, --max-quota-mb, --archiving, --no-archiving, --language, or the password policy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::CommandRunner</name>
    <message>
        <source>Domain %1 added, with its postmaster mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domains yet: add one with “pecadmin-cli domain add”, or the demo domain with “pecadmin-cli demo”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailbox matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More mailboxes follow: add --offset %1 to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated password for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is shown only this once. Give it to the user, who must change it at first access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 created. The user must change the password at first access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its disk quota is %1 MB: the domain&apos;s largest mailbox quota, within the space the domain has left. Use --quota-mb to choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set for %1. The user must change it at first access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 disabled: it keeps its messages, but cannot be accessed and receives no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already uses %2, more than the new disk quota of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk quota of %1 set to %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft quota of %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft quota of %1 set to %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservazione sostitutiva turned on for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservazione sostitutiva turned off for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 and all its messages deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo domain %1 added with %n mailboxes.</source>
        <translation>
            <numerusform>Demo domain %1 added with %n mailbox.</numerusform>
            <numerusform>Demo domain %1 added with %n mailboxes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mailboxes would be created</source>
        <translation>
            <numerusform>%n mailbox would be created</numerusform>
            <numerusform>%n mailboxes would be created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped because they exist</source>
        <translation>
            <numerusform>%n skipped because it exists</numerusform>
            <numerusform>%n skipped because they exist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors</source>
        <translation>
            <numerusform>%n row with errors</numerusform>
            <numerusform>%n rows with errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Disk quota to allocate: %1 MB of the %2 MB the domain has left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mailboxes created</source>
        <translation>
            <numerusform>%n mailbox created</numerusform>
            <numerusform>%n mailboxes created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not done</source>
        <translation>
            <numerusform>%n not done</numerusform>
            <numerusform>%n not done</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped: %1 Run the same file again to create the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated passwords, shown only this once. Give each to its user, who must change it at first access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mailboxes of %1 written to %2.</source>
        <translation>
            <numerusform>%n mailbox of %1 written to %2.</numerusform>
            <numerusform>%n mailboxes of %1 written to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain %1 removed, with its postmaster mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its disk quota is %1 MB, the default: the server does not state the domain&apos;s limits. Use --quota-mb to choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk quota to allocate: %1 MB. The server does not state the space the domain has left: it checks it itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists no domains: name the ones to work on with --domain NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded that match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n history entries written to %1.</source>
        <translation>
            <numerusform>%n history entry written to %1.</numerusform>
            <numerusform>%n history entries written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is not the one that followed entry %2: entries were moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, kept elsewhere, is missing: the history ends at entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is not the one kept elsewhere: the history was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history does not hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The history holds: %n entries checked, up to %1.</source>
        <translation>
            <numerusform>The history holds: %n entry checked, up to %1.</numerusform>
            <numerusform>The history holds: %n entries checked, up to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entries removed; checkpoint %1 added.</source>
        <translation>
            <numerusform>%n history entry removed; checkpoint %1 added.</numerusform>
            <numerusform>%n history entries removed; checkpoint %1 added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are refused. Correct them, or add --skip-invalid to create only the ready rows.</source>
        <translation>
            <numerusform>Nothing was imported: %n row is refused. Correct it, or add --skip-invalid to create only the ready rows.</numerusform>
            <numerusform>Nothing was imported: %n rows are refused. Correct them, or add --skip-invalid to create only the ready rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 deleted; its mail is removed by the mail server within a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail of %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail of %1 not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deleted mailbox was waiting for its mail to be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of the history of %1 was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 changed: the user can log in to the mail server with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::ConflictDialog</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>No warning threshold</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such mailbox on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict — %1</source>
        <extracomment>The conflict view&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this change made offline: %1. Nothing is overwritten until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine against theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;Mine Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply mine anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my change again over the server&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox is gone from the server, or its address is taken: my change cannot be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop my change and keep the server&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit my change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop my change and make it again in its dialog, starting from my values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 was taken on the server while you were offline. Edit mine to create it with another address, or keep theirs to drop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox %1 was deleted on the server too. Keep theirs to drop my deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox %1 was deleted on the server while you were offline. Create it again, or keep theirs to drop my change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox %1 was changed on the server while you were offline. Apply mine to delete it as it is now, edit to look at it again before deleting it, or keep theirs to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox %1 was changed on the server while you were offline. Compare the values below and choose which to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the mailbox again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop my change and open the new mailbox dialog with this address, to create it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my mailbox with another address or quota, with the same password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop my deletion and open the deletion dialog on the mailbox as the server has it, to confirm it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My mailbox, with another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of my mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk quota in MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send as New Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as new mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my mailbox with this address when the journal is sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::ConnectionController</name>
    <message>
        <source>The server answers again: back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no copy of this connection for offline work yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::Console</name>
    <message>
        <source>The operation failed without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the session: run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::CreateMailboxDialog</name>
    <message>
        <source>Create Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a mailbox in the domain %1. You will see its password once, to pass it on to the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mario.rossi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox name error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk &amp;quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk quota in MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 MB: %2 MB per mailbox, and the domain has %3 MB left to allocate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk quota limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk quota error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soft quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft quota in MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size at which the user receives a warning message; 0 for no warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft quota error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep receipts in conservazione sostitutiva (legal &amp;archiving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservazione sostitutiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not state the domain&apos;s limits: it checks the quota and the space left itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::CredentialLetters</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential-letters.pdf</source>
        <extracomment>The file name a save dialog suggests for credential letters; keep .pdf</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Credential Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Credential Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letters could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::CredentialLettersBar</name>
    <message>
        <source>Credential &amp;letters in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the credential letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Save %n letter(s) as P&amp;DF…</source>
        <translation>
            <numerusform>Save %n letter as P&amp;DF…</numerusform>
            <numerusform>Save %n letters as P&amp;DF…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>P&amp;rint %n letter(s)…</source>
        <translation>
            <numerusform>P&amp;rint %n letter…</numerusform>
            <numerusform>P&amp;rint %n letters…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pecadmin::CredentialsPage</name>
    <message>
        <source>Write down the credentials and pass them on to the user now: the password is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials shown once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy address and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy address and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user must change this password at the first access to the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1
Password: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::DeleteMailboxesDialog</name>
    <message>
        <source>Delete Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 deletes every message in every folder of the mailbox, for ever. The provider keeps no backup: nothing can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the mailbox is no longer used but its messages may still be needed, disable it instead: a disabled mailbox keeps its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the address of the mailbox, %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting these mailboxes deletes every message in every folder of each of them, for ever. The provider keeps no backup: nothing can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the mailboxes are no longer used but their messages may still be needed, disable them instead: a disabled mailbox keeps its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To confirm, type the number of mailboxes to delete, %n:</source>
        <translation>
            <numerusform>To confirm, type the number of mailboxes to delete, %n:</numerusform>
            <numerusform>To confirm, type the number of mailboxes to delete, %n:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n mailbox(es)</source>
        <translation>
            <numerusform>&amp;Delete %n mailbox</numerusform>
            <numerusform>&amp;Delete %n mailboxes</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes that cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of mailboxes to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox changed meanwhile and was not deleted. Check it, then delete it again if you still want to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) deleted.</source>
        <translation>
            <numerusform>%n mailbox deleted.</numerusform>
            <numerusform>%n mailboxes deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) not deleted:</source>
        <translation>
            <numerusform>%n mailbox not deleted:</numerusform>
            <numerusform>%n mailboxes not deleted:</numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion was cancelled: the mailboxes not deleted are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 deleted; its mail is removed by the mail server within a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their mail is removed by the mail server within a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::EnableMailboxesDialog</name>
    <message>
        <source>Enable Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling a mailbox restores access to it: its user can sign in and send again, and mail sent to it is delivered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) will be enabled:</source>
        <translation>
            <numerusform>%n mailbox will be enabled:</numerusform>
            <numerusform>%n mailboxes will be enabled:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Enable %n mailbox(es)</source>
        <translation>
            <numerusform>&amp;Enable %n mailbox</numerusform>
            <numerusform>&amp;Enable %n mailboxes</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disabled mailbox keeps its messages, but nobody can access it, it cannot send, and mail sent to it is not delivered. You can enable it again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) will be disabled:</source>
        <translation>
            <numerusform>%n mailbox will be disabled:</numerusform>
            <numerusform>%n mailboxes will be disabled:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disable %n mailbox(es)</source>
        <translation>
            <numerusform>&amp;Disable %n mailbox</numerusform>
            <numerusform>&amp;Disable %n mailboxes</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (enabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) enabled.</source>
        <translation>
            <numerusform>%n mailbox enabled.</numerusform>
            <numerusform>%n mailboxes enabled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) disabled.</source>
        <translation>
            <numerusform>%n mailbox disabled.</numerusform>
            <numerusform>%n mailboxes disabled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) not changed:</source>
        <translation>
            <numerusform>%n mailbox not changed:</numerusform>
            <numerusform>%n mailboxes not changed:</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was cancelled: the mailboxes not done are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done to each mailbox:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::ExportDialog</name>
    <message>
        <source>%1.csv</source>
        <extracomment>The file name an export suggests: %1 is the domain</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-selected.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selected Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every mailbox of %1 (%n mailbox(es)) will be written to a CSV file.</source>
        <translation>
            <numerusform>Every mailbox of %1 (%n mailbox) will be written to a CSV file.</numerusform>
            <numerusform>Every mailbox of %1 (%n mailboxes) will be written to a CSV file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected mailbox(es) will be written to a CSV file.</source>
        <translation>
            <numerusform>The %n selected mailbox will be written to a CSV file.</numerusform>
            <numerusform>The %n selected mailboxes will be written to a CSV file.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;): spreadsheets set to Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Column names in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are never exported. Cells that a spreadsheet would run as a formula are written as plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n mailbox(es) written.</source>
        <translation>
            <numerusform>Exporting… %n mailbox written.</numerusform>
            <numerusform>Exporting… %n mailboxes written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) exported to %1.</source>
        <translation>
            <numerusform>%n mailbox exported to %1.</numerusform>
            <numerusform>%n mailboxes exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::FileDialog</name>
    <message>
        <source>The file %1 exists already. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::GuiCommandLine</name>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the local store FILE instead of the last store or connection used; a new store if FILE does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this help and exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the version and exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store file to open, as a file manager passes it: the same as --store FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --store FILE or a FILE, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administers the domains and mailboxes of PEC (certified e-mail): a local store, a shared store on PostgreSQL, or a provider&apos;s SCIM server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--store FILE] [FILE]</source>
        <comment>command synopsis: translate only the words in capitals</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command-line tool pecadmin-cli does the same work in a terminal or a script: “pecadmin-cli help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” to see every option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one store is opened: %1 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option “%1” needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves a picture of the window as the PNG file FILE once the store is shown, and quits: for documentation and bug reports, also without a screen (-platform offscreen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::HistoryDialog</name>
    <message>
        <source>Export the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a report of the history</source>
        <extracomment>The file name a save dialog suggests for the history&apos;s report; keep .pdf</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-history.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a report of the history to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::HistoryReport</name>
    <message>
        <source>History of changes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: from %1 to %2 (UTC), both included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed by %1 on %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the chain when printed: entry %1, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the chain when printed: the history is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes were recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), oldest first.</source>
        <translation>
            <numerusform>%n change, oldest first.</numerusform>
            <numerusform>%n changes, oldest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::HistoryTableModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or bulk change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older entries removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::HistoryView</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded that match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n change(s); more load as you scroll.</source>
        <translation>
            <numerusform>The newest change; more load as you scroll.</numerusform>
            <numerusform>The newest %n changes; more load as you scroll.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pecadmin::ImportDialog</name>
    <message>
        <source>Row</source>
        <extracomment>The row of the spreadsheet file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) created</source>
        <translation>
            <numerusform>%n mailbox created</numerusform>
            <numerusform>%n mailboxes created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not done</source>
        <translation>
            <numerusform>%n not done</numerusform>
            <numerusform>%n not done</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. The mailboxes created are complete; import the same file again to create the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Mailboxes into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file and checking it against %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the mailboxes. Cancel stops after the current mailbox: every mailbox is created whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) will be created</source>
        <extracomment>The three counts of an import preview, joined: &quot;48 mailboxes will be created, 1 skipped, 1 invalid&quot;</extracomment>
        <translation>
            <numerusform>%n mailbox will be created</numerusform>
            <numerusform>%n mailboxes will be created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n mailbox(es)</source>
        <translation>
            <numerusform>&amp;Import %n mailbox</numerusform>
            <numerusform>&amp;Import %n mailboxes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated passwords are shown only now: copy them, or save or print the credential letters, before you close this window. Each user must change the password at the first access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is imported only when no row is refused: correct it and choose it again, or import only the ready rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import &amp;only the %n ready row(s)</source>
        <translation>
            <numerusform>Import &amp;only the ready row</numerusform>
            <numerusform>Import &amp;only the %n ready rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pecadmin::ImportPlan</name>
    <message numerus="yes">
        <source>%n rows give no disk quota: they get %1 MB, the largest quota of a mailbox of the domain.</source>
        <translation>
            <numerusform>%n row gives no disk quota: it gets %1 MB, the largest quota of a mailbox of the domain.</numerusform>
            <numerusform>%n rows give no disk quota: they get %1 MB, the largest quota of a mailbox of the domain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows give no password: a password is generated for each, following the domain&apos;s policy, and shown once when the import ends.</source>
        <translation>
            <numerusform>%n row gives no password: a password is generated for it, following the domain&apos;s policy, and shown once when the import ends.</numerusform>
            <numerusform>%n rows give no password: a password is generated for each, following the domain&apos;s policy, and shown once when the import ends.</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists, will be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows give no disk quota: they get %1 MB. The server does not state the domain&apos;s limits: it checks the quotas itself.</source>
        <translation>
            <numerusform>%n row gives no disk quota: it gets %1 MB. The server does not state the domain&apos;s limits: it checks the quotas itself.</numerusform>
            <numerusform>%n rows give no disk quota: they get %1 MB. The server does not state the domain&apos;s limits: it checks the quotas itself.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pecadmin::JournalCommands</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent, answer not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFLICT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no such mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server holds: %1, quota %2 MB, warning threshold %3 MB, archiving %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes wait to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See pecadmin-cli help journal send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n applied</numerusform>
            <numerusform>%n applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n in conflict</numerusform>
            <numerusform>%n in conflict</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n still waiting</numerusform>
            <numerusform>%n still waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>See the changes in conflict with “pecadmin-cli --profile %1 journal list”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See pecadmin-cli help journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 cancelled, with the later changes of the same mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made offline was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 will be sent again, over the server&apos;s values, at the next journal send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 dropped: the copy keeps the server&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::JournalModel</name>
    <message>
        <source>Pending</source>
        <extracomment>A change made offline that waits to be sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <extracomment>A change made offline sent to the server, whose answer has not been read yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <extracomment>A change made offline that the server refused: it waits for a choice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>The journal&apos;s column: when the change was made</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>The journal&apos;s column: what the change does</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::JournalPane</name>
    <message>
        <source>The server cannot be reached now: the changes are sent when it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel All Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n change(s) made offline? The mailboxes go back to how they were before them, and nothing of them is sent to the server.</source>
        <translation>
            <numerusform>Cancel the change made offline? The mailbox goes back to how it was before it, and nothing of it is sent to the server.</numerusform>
            <numerusform>Cancel the %n changes made offline? The mailboxes go back to how they were before them, and nothing of them is sent to the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <extracomment>The end of a sending of the journal: &quot;12 applied, 1 conflict&quot;</extracomment>
        <translation>
            <numerusform>%n applied</numerusform>
            <numerusform>%n applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Result of the sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change made offline waits to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline wait to be sent, in this order.</source>
        <translation>
            <numerusform>%n change made offline waits to be sent.</numerusform>
            <numerusform>%n changes made offline wait to be sent, in this order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 made offline wait to be sent, %n in conflict: choose what to keep.</source>
        <extracomment>%1 is &quot;3 changes&quot;; the conflicts wait for a choice</extracomment>
        <translation>
            <numerusform>%1 made offline wait to be sent, %n in conflict: choose what to keep.</numerusform>
            <numerusform>%1 made offline wait to be sent, %n in conflict: choose what to keep.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes made offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <extracomment>The progress of a sending: &quot;3 of 12&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve Conflict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine against the server&apos;s, field by field, and a choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel all changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::JournalSender</name>
    <message>
        <source>The mailbox was changed on the server meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox no longer exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::MailboxCsv</name>
    <message>
        <source>The column “%1” is not one of the mailbox columns: it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column “%1” appears again: only its first occurrence is read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::MailboxDetailsPane</name>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk space used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailbox selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mailboxes selected</source>
        <translation>
            <numerusform>%n mailbox selected</numerusform>
            <numerusform>%n mailboxes selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>soft quota</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available for this domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>archiving</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <comment>archiving</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, at the next access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <comment>must change password</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage reported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <comment>usage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed this mailbox, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of this mailbox, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported by the mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft-quota alarm sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <comment>soft-quota alarm</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <comment>soft-quota alarm</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::MailboxTableModel</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Disk space used of the quota: &quot;120 MB of 1 GB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>soft quota</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>archiving</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <comment>archiving</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the postmaster mailbox of the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled: the mailbox receives and sends mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: the mailbox keeps its content but cannot be accessed, cannot send, and mail sent to it is not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used of a %2 quota (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is warned when the mailbox uses more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warning threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal archiving (conservazione sostitutiva) is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal archiving (conservazione sostitutiva) is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk space used of the quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal archiving (conservazione sostitutiva)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a change made offline to this mailbox: it waits for your choice in the journal of changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed offline: the change will be sent when the server is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? of %1</source>
        <extracomment>The mail server has not said how much of the quota (&quot;1 GB&quot;) the mailbox uses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quota of %1; the mail server has not reported how much of it is used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::MainWindow</name>
    <message>
        <source>%1 could not be opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mailboxes</source>
        <extracomment>&quot;12 of 200 mailboxes&quot;: the domain&apos;s mailboxes of its limit; %n is the limit</extracomment>
        <translation>
            <numerusform>%1 of %n mailbox</numerusform>
            <numerusform>%1 of %n mailboxes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 allocated</source>
        <extracomment>&quot;6 GB of 50 GB allocated&quot;: the sum of the quotas of the domain&apos;s total space</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEC Admin stores (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PEC Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PEC Admin %1&lt;/h3&gt;&lt;p&gt;Administration of PEC (certified e-mail) domains and mailboxes.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEC Admin</source>
        <extracomment>The main window&apos;s title: the application, then the domain shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · online</source>
        <extracomment>The connection&apos;s name and its state in the status bar: &quot;Provider · online&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting within each page only: the server cannot sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain limits are checked by the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: trying again every 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: refresh to try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mailboxes</source>
        <extracomment>The domain&apos;s mailbox count where its limits are not known</extracomment>
        <translation>
            <numerusform>%n mailbox</numerusform>
            <numerusform>%n mailboxes</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEC Admin — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection keeps no copy for offline work (Manage connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline waiting to be sent</source>
        <extracomment>In the status bar: changes made offline still in the journal</extracomment>
        <translation>
            <numerusform>%n change made offline waiting to be sent</numerusform>
            <numerusform>%n changes made offline waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: showing the copy of %1; changes will be sent when the server is reachable</source>
        <extracomment>The banner above the table while offline; %1 is the date and time of the copy</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::MainWindowView</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New mailbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a mailbox in this domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the mailboxes by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the domain&apos;s mailboxes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk &amp;quota…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soft quota…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archiving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a PEC domain to this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another local store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PEC Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain whose mailboxes are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search mailboxes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import mailboxes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create mailboxes from a CSV file made with a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export mailboxes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every mailbox of this domain to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected mailboxes to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change se&amp;lected mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set disk &amp;quota…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;soft quota…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn archiving &amp;on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn archiving o&amp;ff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset passwords…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, change or remove the stores and servers to connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a shared store or a server again every 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the chosen domain&apos;s limits and password policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen domain, once it holds no mailbox but its postmaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailbox matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what in this domain, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the copy kept for offline work without reaching the server; changes wait in a journal meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes</source>
        <extracomment>The table&apos;s filter: only the mailboxes with changes made offline waiting to be sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the mailboxes, or only those with changes made offline waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes Made Offline</source>
        <extracomment>The dock of the journal, and its View menu entry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes Made Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes made offline, waiting to be sent to the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::ManPageWriter</name>
    <message>
        <source>User Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administers the domains and mailboxes of PEC Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does on the command line what the desktop application pecadmin does, on the same store or server, for scripts and for postmasters who prefer a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These options apply to every command, before or after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections and SCIM servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file to use when --store is not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of a PostgreSQL user or of a SCIM server when it is not in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the messages and of the numbers: Italian for it_IT.UTF-8, English otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store, shared with the desktop application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the demo domain and list its mailboxes whose name contains rossi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a mailbox with a generated password, shown once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a password read from a variable, as a script does:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the import of a spreadsheet, then import it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administers the domains and mailboxes of PEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It creates, searches, enables, disables and deletes mailboxes, resets passwords, and sets disk quotas, soft quotas and conservazione sostitutiva (legal archiving), one mailbox at a time or many at once, in Italian or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options of every Qt application, such as -platform and -style, apply too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the window when none is chosen in View &gt; Language: Italian for it_IT.UTF-8, English otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store, shared with pecadmin-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings: the last store, the saved connections (never their passwords, which only the system keyring keeps), the language, the window&apos;s size and columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::NewDomainDialog</name>
    <message>
        <source>Add Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a PEC domain that you administer, with the limits of its contract with the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain name error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total space:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the total space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total space error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mailbox limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many mailboxes the domain may hold, the postmaster&apos;s included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox limit error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poste Italiane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom password rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi&amp;nimum length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum password length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum password length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;lower-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a lower-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;upper-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require an upper-case letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A d&amp;igit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A s&amp;ymbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password rules error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract includes &amp;conservazione sostitutiva (legal archiving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservazione sostitutiva available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords must have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the limits of %1 when its contract with the provider changes. They cannot go below what its mailboxes already use; a new password policy applies to the passwords set from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its mailboxes use now: %n mailbox(es), postmaster included; %1 MB of disk quota; the largest quota of one is %2 MB.</source>
        <translation>
            <numerusform>Its mailboxes use now: %n mailbox, postmaster included; %1 MB of disk quota; the largest quota of one is %2 MB.</numerusform>
            <numerusform>Its mailboxes use now: %n mailboxes, postmaster included; %1 MB of disk quota; the largest quota of one is %2 MB.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the mailboxes use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lar&amp;gest quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest disk quota of a mailbox, in MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest disk quota that one mailbox may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest quota error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed sym&amp;bols:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols allowed besides letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: letters and digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The symbols a password may contain besides letters and digits, such as !#$%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not contain the mailbox nam&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password must not contain the mailbox name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservazione sostitutiva error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the messages to users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the messages that the mail server sends the domain&apos;s users, such as the soft-quota alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::OutputFormatter</name>
    <message>
        <source>enabled</source>
        <comment>mailbox status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>mailbox status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lowercase letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an uppercase letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>password policy: preset (requirements)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <comment>soft quota</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2% of the quota)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservazione sostitutiva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>mailboxes: count of limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (%n free)</source>
        <comment>mailboxes: count of limit</comment>
        <translation>
            <numerusform>%1 of %2 (%n free)</numerusform>
            <numerusform>%1 of %2 (%n free)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest mailbox quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbols %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain the mailbox name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <extracomment>A cell of the domain table whose value the server does not give</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated by the server</source>
        <extracomment>A line of &quot;domain show&quot; whose value the server does not give</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the server does not state a limit)</source>
        <comment>mailboxes: count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not state this domain&apos;s limits: it checks them itself when a mailbox is created or changed, and says why it refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never, by the mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported</source>
        <comment>usage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reported by the mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <extracomment>A domain&apos;s usage where some mailboxes&apos; usage is not reported: &quot;at least 1.2 GB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %1 (%n mailboxes not reported by the mail server)</source>
        <extracomment>&quot;at least 1.2 GB (2 mailboxes not reported by the mail server)&quot;</extracomment>
        <translation>
            <numerusform>at least %1 (%n mailbox not reported by the mail server)</numerusform>
            <numerusform>at least %1 (%n mailboxes not reported by the mail server)</numerusform>
        </translation>
    </message>
    <message>
        <source>Soft-quota alarm sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <comment>soft-quota alarm</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the messages to users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian (it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (the mail server writes in English)</source>
        <extracomment>A language the store holds that the program does not offer (set by hand): its code</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::PasswordEditor</name>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill both fields with a random password that meets the domain&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated password error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password policy checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not state the domain&apos;s password policy: it checks the password itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::PasswordReader</name>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password of %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::ProfilesDialog</name>
    <message>
        <source>Unchanged (saved in the system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is saved, but its password is not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection %1? Its saved password is deleted from the system keyring too. The store or the server itself is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEC Admin stores (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;omains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webmail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file (SQLite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared store (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s server (SCIM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (clear text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS where the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, certificate not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, certificate and name checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a private authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domains to show where the server does not list its domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the users read their mail, for the credential letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in the system &amp;keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a cop&amp;y for offline work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domains and their mailboxes, without passwords, in a file on this computer, refreshed while online: shown when the server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::QuotaDialog</name>
    <message>
        <source>Disk Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk quota is the most space that the mailbox %1 may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space left in the domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest quota possible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New disk quota in MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk quota error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values above are the current ones: check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current values loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the disk quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current quota: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known here: the provider checks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space left in the domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest quota possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox already uses more than this: it will not receive mail until the user deletes messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota Below Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox %1 already uses %2, more than the new quota of %3 MB. It will not receive mail until its user deletes messages.

Set the quota to %3 MB anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported by the mail server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::RemoveDomainDialog</name>
    <message>
        <source>Remove Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 removes the domain and its postmaster mailbox from this store, for ever. Its limits and password policy are forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the domain cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the name of the domain, %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the domain name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::ResetPasswordDialog</name>
    <message>
        <source>Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for %1. Its user must change it at the first access; you will see it once, to pass it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the password cannot be reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox was read again: try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current values loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::ScimCheck</name>
    <message>
        <source>PEC Admin cannot connect to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ServiceProviderConfig and /ResourceTypes read; users at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ResourceTypes lists no User resource type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEC Admin reads them when it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEC Admin cannot connect to this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox extension %1 is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox extension %1 is offered neither by the User resource type nor in /Schemas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas, usage and archiving are read and written through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEC Admin refuses the server: quotas and archiving cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Domain resource type is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Domain resource type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each domain&apos;s limits are read from the server and checked before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domains are those named with --domain or in the connection; their limits are not known, and the server&apos;s own refusals are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATCH is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATCH is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is sent as a PATCH of the attributes it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEC Admin refuses the server: it changes mailboxes with PATCH only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domain to try mailboxes in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one with --domain NAME to run the remaining checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The filter %1 is answered (%n mailboxes).</source>
        <translation>
            <numerusform>The filter %1 is answered (%n mailbox).</numerusform>
            <numerusform>The filter %1 is answered (%n mailboxes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter %1 is not answered (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain&apos;s mailboxes are listed and searched with filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEC Admin cannot list a domain&apos;s mailboxes on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes are created with POST; it is deleted at the end of the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEC Admin cannot create mailboxes in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second mailbox with the same address is refused with 409.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second mailbox with the same address is answered %1, not 409.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A taken address is reported as taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A taken address may be created twice or refused without saying why: check the address before creating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maxResults is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maxResults is stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startIndex and count page the list. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages by startIndex and count are not as RFC 7644 says (%1, %2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages are read %1 mailboxes at a time, with as many requests as a longer page needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists longer than one page would be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting is supported, and sortBy with sortOrder=descending is honoured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting is claimed, but sortBy with sortOrder=descending is not honoured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists are sorted by the server, on any column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists follow the server&apos;s order: declare sort unsupported, and PEC Admin sorts them itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list is read whole (up to 20,000 mailboxes) and sorted by PEC Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATCH is answered 200 with the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATCH is answered 204 No Content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATCH is answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox as the server left it is shown at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox is read again after each change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEC Admin cannot change mailboxes on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions (ETags) are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change made meanwhile by another administrator is not noticed: the last change wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions come in the ETag header only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions come in meta.version (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are weak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each change carries the version it was made from in If-Match, as the server gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions are claimed, but a mailbox has neither meta.version nor an ETag header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meta.lastModified is compared just before each change is sent; a change made in between is not noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change with a stale version in If-Match is refused with 412.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change with a stale version in If-Match is answered %1, not 412.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change from a stale view is refused, and the user is told to reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEC Admin compares versions itself just before sending; a change made in between overwrites the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check&apos;s mailboxes were deleted, and read as missing afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check&apos;s mailboxes (%1…) could not all be deleted, or still read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting works; a missing mailbox is reported as missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the mailboxes whose names begin with %1 by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check tries a SCIM server: name it with --scim URL or a saved SCIM connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See pecadmin-cli help check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server can be used with PEC Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be used with PEC Admin until the checks marked FAIL pass.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in to %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Session expired: sign in again&lt;/b&gt;&lt;br&gt;The server %1 no longer accepts the session of %2. What you were doing continues once you are signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in to %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;The saved password was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring does not answer: the password cannot be remembered and is asked each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::SoftQuotaDialog</name>
    <message>
        <source>Soft Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The soft quota of the mailbox %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the mailbox reaches this size, its user receives a message warning that the mailbox is nearly full, in time to delete or save messages before new mail is refused. It can be at most the disk quota; 0 means no warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the soft quota is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current soft quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;soft quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New soft quota in MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft quota error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values above are the current ones: check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current values loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the soft quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set soft quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set soft quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk quota: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current soft quota: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported by the mail server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::ValueLabel</name>
    <message>
        <source>%1: %2</source>
        <comment>an accessible name: caption, value</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pecadmin::WelcomePage</name>
    <message>
        <source>Welcome to PEC Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no domain yet. Add the PEC domain you administer, or open a demo domain with sample mailboxes to look around.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection offers no domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the demo domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
