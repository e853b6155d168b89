<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Journal</name>
    <message>
        <source>on</source>
        <translation>attiva</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattiva</translation>
    </message>
    <message>
        <source>Create %1 (quota %2 MB)</source>
        <translation>Crea %1 (quota %2 MB)</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Reimposta la password di %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Elimina %1</translation>
    </message>
    <message>
        <source>enable</source>
        <translation>abilita</translation>
    </message>
    <message>
        <source>disable</source>
        <translation>disabilita</translation>
    </message>
    <message>
        <source>quota %1 MB</source>
        <translation>quota %1 MB</translation>
    </message>
    <message>
        <source>warning threshold %1 MB</source>
        <translation>soglia di avviso %1 MB</translation>
    </message>
    <message>
        <source>archiving %1</source>
        <translation>conservazione %1</translation>
    </message>
    <message>
        <source>Change %1: %2</source>
        <translation>Modifica %1: %2</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>%1 to %2 characters</source>
        <translation>Da %1 a %2 caratteri</translation>
    </message>
    <message>
        <source>Only letters and digits, without accents or spaces</source>
        <translation>Solo lettere e cifre, senza accenti né spazi</translation>
    </message>
    <message>
        <source>Letters, digits and the symbols %1 only</source>
        <translation>Solo lettere, cifre e i simboli %1</translation>
    </message>
    <message>
        <source>At least one lower-case letter</source>
        <translation>Almeno una lettera minuscola</translation>
    </message>
    <message>
        <source>At least one upper-case letter</source>
        <translation>Almeno una lettera maiuscola</translation>
    </message>
    <message>
        <source>At least one digit</source>
        <translation>Almeno una cifra</translation>
    </message>
    <message>
        <source>At least one symbol</source>
        <translation>Almeno un simbolo</translation>
    </message>
    <message>
        <source>it must have %1 to %2 characters</source>
        <translation>deve avere da %1 a %2 caratteri</translation>
    </message>
    <message>
        <source>it may contain only letters and digits, without accents or spaces</source>
        <translation>può contenere solo lettere e cifre, senza accenti né spazi</translation>
    </message>
    <message>
        <source>it may contain only letters, digits and the symbols %1</source>
        <translation>può contenere solo lettere, cifre e i simboli %1</translation>
    </message>
    <message>
        <source>it needs at least one lower-case letter</source>
        <translation>deve contenere almeno una lettera minuscola</translation>
    </message>
    <message>
        <source>it needs at least one upper-case letter</source>
        <translation>deve contenere almeno una lettera maiuscola</translation>
    </message>
    <message>
        <source>it needs at least one digit</source>
        <translation>deve contenere almeno una cifra</translation>
    </message>
    <message>
        <source>it needs at least one symbol</source>
        <translation>deve contenere almeno un simbolo</translation>
    </message>
    <message>
        <source>it must not contain the mailbox name</source>
        <translation>non deve contenere il nome della casella</translation>
    </message>
    <message>
        <source>%1 to %2 letters and digits</source>
        <translation>Da %1 a %2 lettere e cifre</translation>
    </message>
    <message>
        <source>Must not contain the mailbox name</source>
        <translation>Non deve contenere il nome della casella</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>Password of the database user: </source>
        <translation>Password dell&apos;utente del database: </translation>
    </message>
    <message>
        <source>A store on a PostgreSQL server needs --pg-host, --pg-database and --pg-user.</source>
        <translation>Un archivio su un server PostgreSQL richiede --pg-host, --pg-database e --pg-user.</translation>
    </message>
    <message>
        <source>No password for the database user: set PECADMIN_PASSWORD, or write it on standard input.</source>
        <translation>Nessuna password per l&apos;utente del database: imposta PECADMIN_PASSWORD, oppure scrivila sullo standard input.</translation>
    </message>
    <message>
        <source>Give either --store or the --pg-* options, not both.</source>
        <translation>Indica --store oppure le opzioni --pg-*, non entrambi.</translation>
    </message>
    <message>
        <source>Give either --profile or --scim with --user, not both.</source>
        <translation>Indica --profile oppure --scim con --user, non entrambi.</translation>
    </message>
    <message>
        <source>No password for %1: save it in the system keyring, set PECADMIN_PASSWORD, or write it on standard input.</source>
        <translation>Nessuna password per %1: salvala nel portachiavi di sistema, imposta PECADMIN_PASSWORD, oppure scrivila sullo standard input.</translation>
    </message>
    <message>
        <source>Give one of --store, the --pg-* options, --profile or --scim.</source>
        <translation>Indica --store, le opzioni --pg-*, --profile oppure --scim.</translation>
    </message>
    <message>
        <source>“%1” is not a port number (1 to 65535).</source>
        <translation>“%1” non è un numero di porta (da 1 a 65535).</translation>
    </message>
    <message>
        <source>Unknown SSL mode “%1”: use one of %2.</source>
        <translation>Modalità SSL sconosciuta “%1”: usa una tra %2.</translation>
    </message>
    <message>
        <source>There is no saved connection called “%1”.</source>
        <translation>Non esiste una connessione salvata chiamata “%1”.</translation>
    </message>
    <message>
        <source>--token-env, --domain and --ca apply to a connection to a SCIM server only.</source>
        <translation>--token-env, --domain e --ca valgono solo per una connessione a un server SCIM.</translation>
    </message>
    <message>
        <source>A SCIM server needs --scim URL with --user NAME or with --token-env VAR.</source>
        <translation>Un server SCIM richiede --scim URL con --user NOME o con --token-env VAR.</translation>
    </message>
    <message>
        <source>Give either --user (a password) or --token-env (a bearer token), not both.</source>
        <translation>Indica --user (una password) oppure --token-env (un token bearer), non entrambi.</translation>
    </message>
    <message>
        <source>The environment variable %1 of --token-env holds no token: set it to the bearer token.</source>
        <translation>La variabile d’ambiente %1 di --token-env non contiene alcun token: impostala al token bearer.</translation>
    </message>
    <message>
        <source>Name a SCIM server with --scim URL or --profile NAME.</source>
        <translation>Indica un server SCIM con --scim URL o --profile NOME.</translation>
    </message>
    <message>
        <source>--offline works with --profile NAME alone.</source>
        <translation>--offline si usa solo con --profile NOME.</translation>
    </message>
    <message>
        <source>journal works with --profile NAME alone.</source>
        <translation>journal funziona solo con --profile NOME.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password per %1: </translation>
    </message>
</context>
<context>
    <name>ServiceError</name>
    <message>
        <source>The operation stopped before it finished.</source>
        <translation>L&apos;operazione si è interrotta prima di terminare.</translation>
    </message>
    <message>
        <source>No password was given: standard input ended before a line was read.</source>
        <translation>Nessuna password fornita: lo standard input è terminato prima che fosse letta una riga.</translation>
    </message>
    <message>
        <source>The postmaster mailbox cannot be disabled: the domain needs it.</source>
        <translation>La casella postmaster non può essere disabilitata: il dominio ne ha bisogno.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text, not UTF-8: save it as “CSV UTF-8” and try again.</source>
        <translation>Il file è testo UTF-16, non UTF-8: salvalo come “CSV UTF-8” e riprova.</translation>
    </message>
    <message>
        <source>Row %1: the file holds binary data, not CSV text. Choose a CSV file saved from a spreadsheet.</source>
        <translation>Riga %1: il file contiene dati binari, non testo CSV. Scegli un file CSV salvato da un foglio di calcolo.</translation>
    </message>
    <message>
        <source>Row %1: the file is not UTF-8 text. Save it as “CSV UTF-8” from the spreadsheet and try again.</source>
        <translation>Riga %1: il file non è testo UTF-8. Salvalo come “CSV UTF-8” dal foglio di calcolo e riprova.</translation>
    </message>
    <message>
        <source>Row %1: a quoted field is never closed: a quotation mark (&quot;) is missing.</source>
        <translation>Riga %1: un campo tra virgolette non viene mai chiuso: manca una virgoletta (&quot;).</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row with the column names and one row for each mailbox.</source>
        <translation>Il file è vuoto: servono una riga di intestazione con i nomi delle colonne e una riga per ogni casella.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Impossibile scrivere il file %1.</translation>
    </message>
    <message>
        <source>The mailbox %1 exists already.</source>
        <translation>La casella %1 esiste già.</translation>
    </message>
    <message>
        <source>%1 is an address of the domain %2, not of %3.</source>
        <translation>%1 è un indirizzo del dominio %2, non di %3.</translation>
    </message>
    <message>
        <source>The mailbox %1 is already in row %2 of the file: only that row is imported.</source>
        <translation>La casella %1 è già nella riga %2 del file: viene importata solo quella riga.</translation>
    </message>
    <message numerus="yes">
        <source>With the rows above, the domain would go beyond its limit of %n mailboxes.</source>
        <translation>
            <numerusform>Con le righe precedenti, il dominio supererebbe il suo limite di %n casella.</numerusform>
            <numerusform>Con le righe precedenti, il dominio supererebbe il suo limite di %n caselle.</numerusform>
        </translation>
    </message>
    <message>
        <source>With the rows above, the domain has %1 MB of space left: a disk quota of %2 MB does not fit.</source>
        <translation>Con le righe precedenti, al dominio restano %1 MB di spazio: una quota disco di %2 MB non ci sta.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>Impossibile aprire il file %1.</translation>
    </message>
    <message>
        <source>Row 1: the file has no column with the mailbox name. Name one column “Name” (or “Nome”, “Casella”, “Username”).</source>
        <translation>Riga 1: il file non ha una colonna con il nome della casella. Intitola una colonna “Nome” (oppure “Name”, “Casella”, “Username”).</translation>
    </message>
    <message>
        <source>“%1” in the column “%2” is not a size: write a whole number of megabytes, such as 512.</source>
        <translation>“%1” nella colonna “%2” non è una dimensione: scrivi un numero intero di megabyte, ad esempio 512.</translation>
    </message>
    <message>
        <source>“%1” in the column “%2” is neither yes nor no.</source>
        <translation>“%1” nella colonna “%2” non è né sì né no.</translation>
    </message>
    <message>
        <source>The file has a header row but no mailbox rows under it.</source>
        <translation>Il file ha una riga di intestazione ma nessuna riga di caselle sotto di essa.</translation>
    </message>
    <message>
        <source>Enter the mailbox name.</source>
        <translation>Inserisci il nome della casella.</translation>
    </message>
    <message>
        <source>Enter the name without “@” and the domain: for mario.rossi@pec.example.it, just mario.rossi.</source>
        <translation>Inserisci il nome senza “@” e il dominio: per mario.rossi@pec.example.it, solo mario.rossi.</translation>
    </message>
    <message>
        <source>The mailbox name must be one word, without spaces.</source>
        <translation>Il nome della casella deve essere una sola parola, senza spazi.</translation>
    </message>
    <message>
        <source>The mailbox name cannot contain “%1”: use letters without accents, digits, dots, hyphens and underscores.</source>
        <translation>Il nome della casella non può contenere “%1”: usa lettere senza accenti, cifre, punti, trattini e trattini bassi.</translation>
    </message>
    <message>
        <source>The mailbox name cannot start or end with a dot.</source>
        <translation>Il nome della casella non può iniziare o terminare con un punto.</translation>
    </message>
    <message>
        <source>The mailbox name cannot contain two dots in a row.</source>
        <translation>Il nome della casella non può contenere due punti consecutivi.</translation>
    </message>
    <message numerus="yes">
        <source>The mailbox name can be at most %n characters long.</source>
        <translation>
            <numerusform>Il nome della casella può essere lungo al massimo %n carattere.</numerusform>
            <numerusform>Il nome della casella può essere lungo al massimo %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>“postmaster” is the domain&apos;s own administration mailbox and is reserved.</source>
        <translation>“postmaster” è la casella di amministrazione del dominio stesso ed è riservata.</translation>
    </message>
    <message>
        <source>Enter a domain name such as pec.example.it: letters without accents, digits and hyphens, in parts separated by dots.</source>
        <translation>Inserisci un nome di dominio come pec.example.it: lettere senza accenti, cifre e trattini, in parti separate da punti.</translation>
    </message>
    <message>
        <source>Enter the domain name.</source>
        <translation>Inserisci il nome del dominio.</translation>
    </message>
    <message>
        <source>“%1” is not a mailbox address: write it as name@domain, for example mario.rossi@pec.example.it.</source>
        <translation>“%1” non è un indirizzo di casella: scrivilo nella forma nome@dominio, ad esempio mario.rossi@pec.example.it.</translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation>Inserisci una password.</translation>
    </message>
    <message>
        <source>The password does not meet the domain&apos;s policy: %1.</source>
        <translation>La password non rispetta i criteri del dominio: %1.</translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation>Le due password sono diverse.</translation>
    </message>
    <message>
        <source>The domain&apos;s total space must be at least 1 MB.</source>
        <translation>Lo spazio totale del dominio deve essere di almeno 1 MB.</translation>
    </message>
    <message>
        <source>The domain must allow at least one mailbox.</source>
        <translation>Il dominio deve consentire almeno una casella.</translation>
    </message>
    <message>
        <source>The largest quota of a mailbox must be at least 1 MB.</source>
        <translation>La quota massima di una casella deve essere di almeno 1 MB.</translation>
    </message>
    <message>
        <source>The password length must be between 4 and 128 characters, the minimum not above the maximum.</source>
        <translation>La lunghezza della password deve essere tra 4 e 128 caratteri, con il minimo non superiore al massimo.</translation>
    </message>
    <message>
        <source>A policy that requires a symbol must allow at least one.</source>
        <translation>Se i criteri richiedono un simbolo, devono consentirne almeno uno.</translation>
    </message>
    <message>
        <source>The disk quota must be at least 1 MB.</source>
        <translation>La quota disco deve essere di almeno 1 MB.</translation>
    </message>
    <message>
        <source>The disk quota can be at most %1 MB per mailbox.</source>
        <translation>La quota disco può essere al massimo di %1 MB per casella.</translation>
    </message>
    <message>
        <source>The domain has %1 MB of space left to allocate: the disk quota cannot be %2 MB.</source>
        <translation>Al dominio restano %1 MB di spazio da assegnare: la quota disco non può essere di %2 MB.</translation>
    </message>
    <message>
        <source>The soft quota cannot be negative.</source>
        <translation>La soft quota non può essere negativa.</translation>
    </message>
    <message>
        <source>The soft quota (%1 MB) cannot be above the disk quota (%2 MB).</source>
        <translation>La soft quota (%1 MB) non può superare la quota disco (%2 MB).</translation>
    </message>
    <message>
        <source>The domain %1 does not include conservazione sostitutiva (legal archiving).</source>
        <translation>Il dominio %1 non include la conservazione sostitutiva.</translation>
    </message>
    <message numerus="yes">
        <source>The domain already holds its limit of %n mailboxes.</source>
        <translation>
            <numerusform>Il dominio ha già raggiunto il suo limite di %n casella.</numerusform>
            <numerusform>Il dominio ha già raggiunto il suo limite di %n caselle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The postmaster&apos;s password cannot be reset here: change it from the provider&apos;s own panel.</source>
        <translation>La password del postmaster non può essere reimpostata qui: cambiala dal pannello del gestore.</translation>
    </message>
    <message>
        <source>The postmaster mailbox cannot be deleted: the domain needs it.</source>
        <translation>La casella postmaster non può essere cancellata: il dominio ne ha bisogno.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L&apos;operazione è stata annullata.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>L&apos;archivio non è aperto.</translation>
    </message>
    <message>
        <source>The domain %1 does not exist.</source>
        <translation>Il dominio %1 non esiste.</translation>
    </message>
    <message>
        <source>The mailbox %1 does not exist.</source>
        <translation>La casella %1 non esiste.</translation>
    </message>
    <message>
        <source>The mailbox %1 was changed meanwhile. Reload it and try again.</source>
        <translation>La casella %1 è stata modificata nel frattempo. Ricaricala e riprova.</translation>
    </message>
    <message>
        <source>The password could not be protected for storage: the system refused the memory it needs.</source>
        <translation>Impossibile proteggere la password per memorizzarla: il sistema ha rifiutato la memoria necessaria.</translation>
    </message>
    <message>
        <source>To open a store on a PostgreSQL server, give the server&apos;s host, the database and the user.</source>
        <translation>Per aprire un archivio su un server PostgreSQL, indica l&apos;host del server, il database e l&apos;utente.</translation>
    </message>
    <message>
        <source>%1 is not a valid port number.</source>
        <translation>%1 non è un numero di porta valido.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is missing: install it (on Debian, the package libqt6sql6-psql).</source>
        <translation>Manca il driver PostgreSQL di Qt: installalo (su Debian, il pacchetto libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The database server %1 refused the user name or the password.</source>
        <translation>Il server di database %1 ha rifiutato il nome utente o la password.</translation>
    </message>
    <message>
        <source>The database server answered, but the database or the user of %1 does not exist. Ask its administrator to create them.</source>
        <translation>Il server di database ha risposto, ma il database o l&apos;utente di %1 non esiste. Chiedi al suo amministratore di crearli.</translation>
    </message>
    <message>
        <source>A protected (TLS) connection to the database server %1 could not be made.</source>
        <translation>Impossibile stabilire una connessione protetta (TLS) con il server di database %1.</translation>
    </message>
    <message>
        <source>The database server %1 cannot be reached. Check the address and the port, and that the server is running.</source>
        <translation>Il server di database %1 non è raggiungibile. Controlla l&apos;indirizzo e la porta, e che il server sia in esecuzione.</translation>
    </message>
    <message>
        <source>No store file was given.</source>
        <translation>Non è stato indicato alcun file di archivio.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: PEC Admin cannot keep its store there.</source>
        <translation>La cartella %1 è di sola lettura: PEC Admin non può tenervi il suo archivio.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 non è un file.</translation>
    </message>
    <message>
        <source>The store %1 is read-only. Make it writable, or choose another file.</source>
        <translation>L&apos;archivio %1 è di sola lettura. Rendilo scrivibile, oppure scegli un altro file.</translation>
    </message>
    <message>
        <source>The store %1 cannot be read.</source>
        <translation>Impossibile leggere l&apos;archivio %1.</translation>
    </message>
    <message>
        <source>%1 is not a PEC Admin store. PEC Admin has left it as it is: choose another file.</source>
        <translation>%1 non è un archivio di PEC Admin. PEC Admin lo ha lasciato com&apos;era: scegli un altro file.</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened.</source>
        <translation>Impossibile aprire l&apos;archivio %1.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of PEC Admin (schema %2, this version knows up to %3). Update PEC Admin to open it.</source>
        <translation>L&apos;archivio %1 è stato scritto da una versione più recente di PEC Admin (schema %2, questa versione arriva fino al %3). Aggiorna PEC Admin per aprirlo.</translation>
    </message>
    <message>
        <source>The connection to the database server %1 was lost and cannot be made again. Check that the server is running, and try again.</source>
        <translation>La connessione al server di database %1 si è interrotta e non può essere ristabilita. Controlla che il server sia in esecuzione e riprova.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a PEC Admin store. PEC Admin has left it as it is: choose another file.</source>
        <translation>%1 è un database di un altro programma, non un archivio di PEC Admin. PEC Admin lo ha lasciato com&apos;era: scegli un altro file.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while the change was being saved: it may or may not have been saved. Reload, and check, before trying again.</source>
        <translation>La connessione al server di database si è interrotta mentre la modifica veniva salvata: potrebbe essere stata salvata oppure no. Ricarica e controlla prima di riprovare.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost, and nothing of this operation was saved. Try again when the server is back.</source>
        <translation>La connessione al server di database si è interrotta e nulla di questa operazione è stato salvato. Riprova quando il server sarà di nuovo disponibile.</translation>
    </message>
    <message>
        <source>Another administrator is changing the same domain in %1 at this moment. Nothing was saved: try again.</source>
        <translation>Un altro amministratore sta modificando lo stesso dominio in %1 in questo momento. Non è stato salvato nulla: riprova.</translation>
    </message>
    <message>
        <source>The store %1 is in use by another program. Close the other program, or wait for it to finish, and try again.</source>
        <translation>L&apos;archivio %1 è in uso da parte di un altro programma. Chiudi l&apos;altro programma, o attendi che termini, e riprova.</translation>
    </message>
    <message>
        <source>A mailbox or domain with that name exists already.</source>
        <translation>Esiste già una casella o un dominio con quel nome.</translation>
    </message>
    <message>
        <source>%1 is not a PEC Admin store, or it is damaged. PEC Admin has left it as it is: choose another file.</source>
        <translation>%1 non è un archivio di PEC Admin, oppure è danneggiato. PEC Admin lo ha lasciato com&apos;era: scegli un altro file.</translation>
    </message>
    <message>
        <source>The store %1 could not be read or written.</source>
        <translation>Impossibile leggere o scrivere l&apos;archivio %1.</translation>
    </message>
    <message>
        <source>The domain %1 exists already.</source>
        <translation>Il dominio %1 esiste già.</translation>
    </message>
    <message numerus="yes">
        <source>The domain can hold at most %n mailboxes: there is no room for all of these.</source>
        <translation>
            <numerusform>Il dominio può contenere al massimo %n casella: non c&apos;è posto per tutte queste.</numerusform>
            <numerusform>Il dominio può contenere al massimo %n caselle: non c&apos;è posto per tutte queste.</numerusform>
        </translation>
    </message>
    <message>
        <source>The used space cannot be negative.</source>
        <translation>Lo spazio utilizzato non può essere negativo.</translation>
    </message>
    <message>
        <source>The mailbox %1 was changed by someone else meanwhile. Reload it and try again.</source>
        <translation>La casella %1 è stata modificata da qualcun altro nel frattempo. Ricaricala e riprova.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read as a PEM certificate.</source>
        <translation>Il file di certificato %1 non può essere letto come certificato PEM.</translation>
    </message>
    <message>
        <source>The connection to %1 was refused because its certificate cannot be trusted.</source>
        <translation>La connessione a %1 è stata rifiutata perché il suo certificato non è attendibile.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n seconds.</source>
        <translation>
            <numerusform>Il server non ha risposto entro %n secondo.</numerusform>
            <numerusform>Il server non ha risposto entro %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be set up.</source>
        <translation>Impossibile stabilire una connessione sicura con %1.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached.</source>
        <translation>Il server %1 non è raggiungibile.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address as https://server/path, for example https://scim.example.it/scim/v2.</source>
        <translation>Inserisci l&apos;indirizzo del server nella forma https://server/percorso, ad esempio https://scim.example.it/scim/v2.</translation>
    </message>
    <message>
        <source>The server offers no User resources.</source>
        <translation>Il server non offre risorse User.</translation>
    </message>
    <message>
        <source>The server cannot filter its users, so it cannot list one domain&apos;s mailboxes.</source>
        <translation>Il server non può filtrare i suoi utenti, quindi non può elencare le caselle di un dominio.</translation>
    </message>
    <message>
        <source>The server cannot change users with PATCH requests.</source>
        <translation>Il server non può modificare gli utenti con richieste PATCH.</translation>
    </message>
    <message>
        <source>The server does not offer the PEC mailbox extension (%1): quotas and archiving cannot be read.</source>
        <translation>Il server non offre l&apos;estensione per le caselle PEC (%1): impossibile leggere quote e conservazione sostitutiva.</translation>
    </message>
    <message>
        <source>Domains are set up by the provider on its server.</source>
        <translation>I domini vengono configurati dal gestore sul suo server.</translation>
    </message>
    <message>
        <source>The demo domain can be added to a local store only, not to a server.</source>
        <translation>Il dominio dimostrativo può essere aggiunto solo a un archivio locale, non a un server.</translation>
    </message>
    <message>
        <source>The server answered with something that is not SCIM.</source>
        <translation>Il server ha risposto con qualcosa che non è SCIM.</translation>
    </message>
    <message>
        <source>A mailbox with that address exists already on the server.</source>
        <translation>Sul server esiste già una casella con quell&apos;indirizzo.</translation>
    </message>
    <message>
        <source>The session with the server has expired: sign in again to go on.</source>
        <translation>La sessione con il server è scaduta: accedi di nuovo per continuare.</translation>
    </message>
    <message>
        <source>The server refused the user name or the password.</source>
        <translation>Il server ha rifiutato il nome utente o la password.</translation>
    </message>
    <message>
        <source>The server does not allow this account to do that.</source>
        <translation>Il server non consente questa operazione a questo account.</translation>
    </message>
    <message>
        <source>The server does not know that mailbox or domain: it may have been deleted meanwhile.</source>
        <translation>Il server non conosce quella casella o quel dominio: potrebbe essere stato cancellato nel frattempo.</translation>
    </message>
    <message>
        <source>The mailbox was changed by someone else meanwhile. Reload it and try again.</source>
        <translation>La casella è stata modificata da qualcun altro nel frattempo. Ricaricala e riprova.</translation>
    </message>
    <message>
        <source>The server refused the values as not valid.</source>
        <translation>Il server ha rifiutato i valori perché non validi.</translation>
    </message>
    <message>
        <source>The request is too large for the server.</source>
        <translation>La richiesta è troppo grande per il server.</translation>
    </message>
    <message>
        <source>The server is busy: try again in a moment.</source>
        <translation>Il server è occupato: riprova tra un momento.</translation>
    </message>
    <message>
        <source>The server does not offer this operation.</source>
        <translation>Il server non offre questa operazione.</translation>
    </message>
    <message>
        <source>The server failed to carry out the request (error %1).</source>
        <translation>Il server non è riuscito a eseguire la richiesta (errore %1).</translation>
    </message>
    <message>
        <source>The server refused the request (error %1).</source>
        <translation>Il server ha rifiutato la richiesta (errore %1).</translation>
    </message>
    <message>
        <source>A connection called %1 exists already.</source>
        <translation>Esiste già una connessione chiamata %1.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Indica un nome per la connessione.</translation>
    </message>
    <message>
        <source>A name cannot start or end with a space, nor hold / or \.</source>
        <translation>Un nome non può iniziare o terminare con uno spazio, né contenere / o \.</translation>
    </message>
    <message>
        <source>Choose the store&apos;s file.</source>
        <translation>Scegli il file dell&apos;archivio.</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>Indica il nome o l&apos;indirizzo del server.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Una porta è un numero da 1 a 65535.</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>Indica il nome del database.</translation>
    </message>
    <message>
        <source>Give the database user.</source>
        <translation>Indica l&apos;utente del database.</translation>
    </message>
    <message>
        <source>Choose how the connection is protected.</source>
        <translation>Scegli come viene protetta la connessione.</translation>
    </message>
    <message>
        <source>Give the address of the SCIM server.</source>
        <translation>Indica l&apos;indirizzo del server SCIM.</translation>
    </message>
    <message>
        <source>The address must start with https:// and name a server.</source>
        <translation>L&apos;indirizzo deve iniziare con https:// e indicare un server.</translation>
    </message>
    <message>
        <source>Put the username in its own field, not in the address.</source>
        <translation>Inserisci il nome utente nel suo campo, non nell&apos;indirizzo.</translation>
    </message>
    <message>
        <source>Give the username to sign in with.</source>
        <translation>Indica il nome utente con cui accedere.</translation>
    </message>
    <message>
        <source>%1 is not a domain name.</source>
        <translation>%1 non è un nome di dominio.</translation>
    </message>
    <message>
        <source>The webmail address must start with https://.</source>
        <translation>L&apos;indirizzo della webmail deve iniziare con https://.</translation>
    </message>
    <message>
        <source>No password is saved in the system keyring for this connection.</source>
        <translation>Nel portachiavi di sistema non è salvata alcuna password per questa connessione.</translation>
    </message>
    <message>
        <source>The system keyring does not answer: passwords cannot be remembered and are asked each time.</source>
        <translation>Il portachiavi di sistema non risponde: le password non possono essere memorizzate e vengono chieste ogni volta.</translation>
    </message>
    <message>
        <source>The system keyring refused access to the saved password.</source>
        <translation>Il portachiavi di sistema ha negato l&apos;accesso alla password salvata.</translation>
    </message>
    <message>
        <source>The system keyring could not save or delete the password.</source>
        <translation>Il portachiavi di sistema non è riuscito a salvare o cancellare la password.</translation>
    </message>
    <message>
        <source>You are not signed in: the sign-in was cancelled.</source>
        <translation>Accesso non effettuato: l&apos;accesso è stato annullato.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>This connection does not sign in again.</source>
        <translation>Questa connessione non ripete l&apos;accesso.</translation>
    </message>
    <message>
        <source>The allowed symbols can be only symbols such as !#$%, without letters, digits, accents or spaces: “%1” is not one.</source>
        <translation>I simboli ammessi possono essere solo simboli come !#$%, senza lettere, cifre, accenti né spazi: “%1” non lo è.</translation>
    </message>
    <message>
        <source>The mailboxes already have %1 MB of disk quota between them: the total space cannot be less. Lower their quotas first.</source>
        <translation>Le caselle hanno già %1 MB di quota disco in tutto: lo spazio totale non può essere inferiore. Riduci prima le loro quote.</translation>
    </message>
    <message numerus="yes">
        <source>The domain already holds %n mailboxes, its postmaster included: the limit cannot be lower.</source>
        <translation>
            <numerusform>Il dominio contiene già %n casella, postmaster compresa: il limite non può essere inferiore.</numerusform>
            <numerusform>Il dominio contiene già %n caselle, postmaster compresa: il limite non può essere inferiore.</numerusform>
        </translation>
    </message>
    <message>
        <source>A mailbox already has a disk quota of %1 MB: the largest quota cannot be less.</source>
        <translation>Una casella ha già una quota disco di %1 MB: la quota massima non può essere inferiore.</translation>
    </message>
    <message>
        <source>Some mailboxes have conservazione sostitutiva (legal archiving) on: turn it off in them before the domain gives it up.</source>
        <translation>Alcune caselle hanno la conservazione sostitutiva attiva: disattivala in quelle caselle prima che il dominio vi rinunci.</translation>
    </message>
    <message numerus="yes">
        <source>The domain %1 still holds %n mailboxes besides its postmaster: delete them first.</source>
        <translation>
            <numerusform>Il dominio %1 contiene ancora %n casella oltre alla postmaster: cancellala prima.</numerusform>
            <numerusform>Il dominio %1 contiene ancora %n caselle oltre alla postmaster: cancellale prima.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider sets the domain&apos;s limits on its server: ask the provider to change the contract.</source>
        <translation>Il gestore imposta i limiti del dominio sul suo server: chiedi al gestore di modificare il contratto.</translation>
    </message>
    <message>
        <source>The provider keeps the domains on its server: ask the provider to remove it.</source>
        <translation>Il gestore tiene i domini sul suo server: chiedi al gestore di rimuoverlo.</translation>
    </message>
    <message>
        <source>The server at %1 answered, but not as a SCIM service: check the address (it usually ends in /scim/v2).</source>
        <translation>Il server all’indirizzo %1 ha risposto, ma non come un servizio SCIM: controlla l’indirizzo (di solito termina con /scim/v2).</translation>
    </message>
    <message>
        <source>The certificate of %1 cannot be trusted. If the provider uses a certification authority of its own, give its certificate (a PEM file) as the connection&apos;s CA file.</source>
        <translation>Il certificato di %1 non è affidabile. Se il gestore usa un’autorità di certificazione propria, indica il suo certificato (un file PEM) come file CA della connessione.</translation>
    </message>
    <message>
        <source>No secure connection could be set up with %1: check whether the server speaks https or plain http.</source>
        <translation>Non è stato possibile stabilire una connessione sicura con %1: controlla se il server usa https o http semplice.</translation>
    </message>
    <message>
        <source>The address %1 sends elsewhere (%2). Enter the address of the SCIM service itself, if you trust where it leads: the credentials are never sent to another address.</source>
        <translation>L’indirizzo %1 rimanda altrove (%2). Inserisci l’indirizzo del servizio SCIM stesso, se ti fidi della destinazione: le credenziali non vengono mai inviate a un altro indirizzo.</translation>
    </message>
    <message>
        <source>There is no SCIM service at %1: check the address (it usually ends in /scim/v2).</source>
        <translation>Non c’è alcun servizio SCIM all’indirizzo %1: controlla l’indirizzo (di solito termina con /scim/v2).</translation>
    </message>
    <message>
        <source>The server refused the access token.</source>
        <translation>Il server ha rifiutato il token di accesso.</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Non è stato possibile scrivere il file %1.</translation>
    </message>
    <message>
        <source>This connection keeps no history of changes.</source>
        <translation>Questa connessione non tiene uno storico delle modifiche.</translation>
    </message>
    <message>
        <source>The database did not answer.</source>
        <translation>Il database non ha risposto.</translation>
    </message>
    <message>
        <source>The history holds no entries older than %1.</source>
        <translation>Lo storico non ha voci anteriori a %1.</translation>
    </message>
    <message>
        <source>The date is not valid.</source>
        <translation>La data non è valida.</translation>
    </message>
    <message>
        <source>There is no copy of %1 for offline work yet: connect once while the server is reachable, with “Keep a copy for offline work” on.</source>
        <translation>Non c’è ancora una copia di %1 per il lavoro offline: collegati una volta mentre il server è raggiungibile, con “Conserva una copia per il lavoro offline” attivo.</translation>
    </message>
    <message>
        <source>You are working offline on the copy of the domains: changes cannot be made until the server is reachable again.</source>
        <translation>Stai lavorando offline sulla copia dei domini: non si possono fare modifiche finché il server non è di nuovo raggiungibile.</translation>
    </message>
    <message>
        <source>The copy for offline work is not open.</source>
        <translation>La copia per il lavoro offline non è aperta.</translation>
    </message>
    <message>
        <source>The copy of the domain %1 could not be written.</source>
        <translation>Non è stato possibile scrivere la copia del dominio %1.</translation>
    </message>
    <message>
        <source>The file %1 exists already. Add --force to replace it.</source>
        <translation>Il file %1 esiste già. Aggiungi --force per sostituirlo.</translation>
    </message>
    <message>
        <source>Row %1: a field is longer than %2 characters: “%3”.</source>
        <translation>Riga %1: un campo è più lungo di %2 caratteri: “%3”.</translation>
    </message>
    <message>
        <source>Row %1: the file has more than %2 rows. Split it into smaller files and import each.</source>
        <translation>Riga %1: il file ha più di %2 righe. Dividilo in file più piccoli e importali uno per uno.</translation>
    </message>
    <message>
        <source>Row %1: the line is longer than %2 bytes, which no mailbox row needs. Is this a CSV file of mailboxes?</source>
        <translation>Riga %1: la riga è più lunga di %2 byte, più di quanto serva a qualsiasi casella. È davvero un file CSV di caselle?</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file are refused, so nothing was imported. Correct the file, or import only the ready rows.</source>
        <translation>
            <numerusform>%n riga del file è rifiutata, quindi non è stato importato nulla. Correggi il file, oppure importa solo le righe pronte.</numerusform>
            <numerusform>%n righe del file sono rifiutate, quindi non è stato importato nulla. Correggi il file, oppure importa solo le righe pronte.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” in the column “%2” is larger than any size a mailbox can have (%3 MB).</source>
        <translation>“%1” nella colonna “%2” supera la dimensione massima di una casella (%3 MB).</translation>
    </message>
    <message>
        <source>The server sent an impossible value for %1: %2.</source>
        <translation>Il server ha inviato un valore impossibile per %1: %2.</translation>
    </message>
    <message>
        <source>The store holds an impossible value for %1: %2. The store is damaged.</source>
        <translation>L&apos;archivio contiene un valore impossibile per %1: %2. L&apos;archivio è danneggiato.</translation>
    </message>
    <message>
        <source>The file %1 holds the open store: writing it would destroy every domain and mailbox. Choose another file.</source>
        <translation>Il file %1 contiene l&apos;archivio aperto: scriverlo distruggerebbe tutti i domini e le caselle. Scegli un altro file.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 è una cartella, non un file.</translation>
    </message>
    <message>
        <source>The file %1 exists already.</source>
        <translation>Il file %1 esiste già.</translation>
    </message>
    <message>
        <source>The domain&apos;s total space can be at most %1 MB.</source>
        <translation>Lo spazio totale del dominio può essere al massimo di %1 MB.</translation>
    </message>
    <message>
        <source>The domain can allow at most %1 mailboxes.</source>
        <translation>Il dominio può consentire al massimo %1 caselle.</translation>
    </message>
    <message>
        <source>The largest quota of a mailbox can be at most %1 MB.</source>
        <translation>La quota massima di una casella può essere al massimo di %1 MB.</translation>
    </message>
    <message>
        <source>The store %1 is damaged: some of its pages cannot be read. PEC Admin has left it as it is and changes nothing in it: restore it from a backup.</source>
        <translation>L&apos;archivio %1 è danneggiato: alcune sue pagine non si possono leggere. PEC Admin lo ha lasciato com&apos;è e non vi modifica nulla: ripristinalo da una copia di sicurezza.</translation>
    </message>
    <message>
        <source>The disk that holds the store %1 is full: nothing of this change was saved. Free some space and try again.</source>
        <translation>Il disco che contiene l&apos;archivio %1 è pieno: nulla di questa modifica è stato salvato. Libera un po&apos; di spazio e riprova.</translation>
    </message>
    <message>
        <source>The store %1 could not keep its lock on the file, as happens on a network share: nothing of this change was saved. Keep the store on a disk of this computer, or try again.</source>
        <translation>L&apos;archivio %1 non ha potuto mantenere il blocco sul file, come accade su una cartella di rete: nulla di questa modifica è stato salvato. Tieni l&apos;archivio su un disco di questo computer, oppure riprova.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first, or choose a store file in an existing folder.</source>
        <translation>La cartella %1 non esiste. Creala prima, oppure scegli un file di archivio in una cartella esistente.</translation>
    </message>
    <message>
        <source>The store %1 cannot be created.</source>
        <translation>Impossibile creare l&apos;archivio %1.</translation>
    </message>
    <message>
        <source>The report would hold more than %1 changes: choose a shorter period or more filters.</source>
        <translation>Il rapporto conterrebbe più di %1 modifiche: scegliere un periodo più breve o più filtri.</translation>
    </message>
    <message>
        <source>This connection is not a store that a mail server reads.</source>
        <translation>Questa connessione non è un archivio letto da un server di posta.</translation>
    </message>
    <message>
        <source>The mailbox %1 is being deleted: the mail server has not removed its mail yet. Try again in a minute.</source>
        <translation>La casella %1 è in corso di eliminazione: il server di posta non ne ha ancora rimosso i messaggi. Riprovare tra un minuto.</translation>
    </message>
    <message>
        <source>The domain %1 is being deleted: the mail server has not removed the mail of its mailboxes yet. Try again in a minute.</source>
        <translation>Il dominio %1 è in corso di eliminazione: il server di posta non ha ancora rimosso i messaggi delle sue caselle. Riprovare tra un minuto.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the mailboxes cannot take this change, so no mailbox was changed. Leave them out of the selection, or change only the others.</source>
        <translation>
            <numerusform>%n casella non può ricevere questa modifica, quindi nessuna casella è stata modificata. Toglila dalla selezione, oppure modifica solo le altre.</numerusform>
            <numerusform>%n caselle non possono ricevere questa modifica, quindi nessuna casella è stata modificata. Toglile dalla selezione, oppure modifica solo le altre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key of the changes made offline could not be made.</source>
        <translation>Non è stato possibile creare la chiave delle modifiche fatte offline.</translation>
    </message>
    <message>
        <source>You are working offline and the system keyring does not answer: a password cannot be kept safely until the server is reachable, so mailboxes cannot be created and passwords cannot be reset now. The other changes can still be made.</source>
        <translation>Stai lavorando offline e il portachiavi di sistema non risponde: una password non può essere custodita in modo sicuro finché il server non è raggiungibile, quindi ora non si possono creare caselle né reimpostare password. Le altre modifiche si possono ancora fare.</translation>
    </message>
    <message>
        <source>There is no change %1 waiting to be sent.</source>
        <translation>Non c&apos;è nessuna modifica %1 in attesa di invio.</translation>
    </message>
    <message>
        <source>The mailbox %1 no longer exists on the server: this change cannot be applied. Keep the server&apos;s state, or create the mailbox again.</source>
        <translation>La casella %1 non esiste più sul server: questa modifica non può essere applicata. Mantieni lo stato del server, oppure crea di nuovo la casella.</translation>
    </message>
    <message>
        <source>The address %1 was taken on the server meanwhile: this creation cannot be applied. Keep the server&apos;s mailbox, or create one with another name.</source>
        <translation>L&apos;indirizzo %1 è stato occupato sul server nel frattempo: questa creazione non può essere applicata. Mantieni la casella del server, oppure creane una con un altro nome.</translation>
    </message>
    <message>
        <source>The password could not be sealed for sending later.</source>
        <translation>Non è stato possibile cifrare la password per inviarla più tardi.</translation>
    </message>
    <message>
        <source>The password kept for sending later cannot be read with the key of the system keyring: cancel the change and make it again.</source>
        <translation>La password custodita per l&apos;invio successivo non si può leggere con la chiave del portachiavi di sistema: annulla la modifica e rifalla.</translation>
    </message>
    <message>
        <source>The current password of %1 is not right: the password was not changed.</source>
        <translation>La password attuale di %1 non è corretta: la password non è stata cambiata.</translation>
    </message>
    <message>
        <source>The new password must be different from the current one.</source>
        <translation>La nuova password deve essere diversa da quella attuale.</translation>
    </message>
    <message>
        <source>The language of the messages to the domain&apos;s users must be Italian (it) or English (en), not “%1”.</source>
        <translation>La lingua dei messaggi agli utenti del dominio deve essere l&apos;italiano (it) o l&apos;inglese (en), non “%1”.</translation>
    </message>
    <message>
        <source>This command is done by %1, which could not be started: reinstall PEC Admin.</source>
        <translation>Questo comando lo esegue %1, che non è stato possibile avviare: reinstalla PEC Admin.</translation>
    </message>
</context>
<context>
    <name>SqliteDriver</name>
    <message>
        <source>The database is not open.</source>
        <translation>Il database non è aperto.</translation>
    </message>
    <message>
        <source>The statement cannot be prepared.</source>
        <translation>L&apos;istruzione non può essere preparata.</translation>
    </message>
    <message>
        <source>Only one statement can be run at a time.</source>
        <translation>Si può eseguire una sola istruzione per volta.</translation>
    </message>
    <message>
        <source>There is no statement to run.</source>
        <translation>Non c&apos;è alcuna istruzione da eseguire.</translation>
    </message>
    <message>
        <source>The statement has %1 values to fill, and %2 were given.</source>
        <translation>L&apos;istruzione ha %1 valori da riempire, e ne sono stati dati %2.</translation>
    </message>
    <message>
        <source>A value cannot be given to the statement.</source>
        <translation>Non è possibile passare un valore all&apos;istruzione.</translation>
    </message>
    <message>
        <source>The statement cannot be run.</source>
        <translation>L&apos;istruzione non può essere eseguita.</translation>
    </message>
    <message>
        <source>A row cannot be read.</source>
        <translation>Non è possibile leggere una riga.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>Il database non può essere aperto.</translation>
    </message>
    <message>
        <source>The database cannot be closed.</source>
        <translation>Il database non può essere chiuso.</translation>
    </message>
    <message>
        <source>A transaction cannot be begun.</source>
        <translation>Non è possibile iniziare una transazione.</translation>
    </message>
    <message>
        <source>The transaction cannot be committed.</source>
        <translation>Non è possibile confermare la transazione.</translation>
    </message>
    <message>
        <source>The transaction cannot be rolled back.</source>
        <translation>Non è possibile annullare la transazione.</translation>
    </message>
</context>
<context>
    <name>pecadmin::ActionsPolicy</name>
    <message>
        <source>Select one mailbox</source>
        <translation>Seleziona una sola casella</translation>
    </message>
    <message>
        <source>The provider keeps this domain on its server</source>
        <translation>Il gestore tiene questo dominio sul suo server</translation>
    </message>
</context>
<context>
    <name>pecadmin::ArchivingDialog</name>
    <message>
        <source>Conservazione Sostitutiva</source>
        <translation>Conservazione sostitutiva</translation>
    </message>
    <message>
        <source>Conservazione sostitutiva is the legal archiving of the receipts and notices of a PEC mailbox: the provider keeps them, with legal value, for the years that the law requires. The user finds them on the provider&apos;s archiving site, not in the mailbox.</source>
        <translation>La conservazione sostitutiva è l&apos;archiviazione a norma delle ricevute e degli avvisi di una casella PEC: il gestore li conserva, con valore legale, per gli anni richiesti dalla legge. L&apos;utente li trova sul sito di conservazione del gestore, non nella casella.</translation>
    </message>
    <message>
        <source>What conservazione sostitutiva is</source>
        <translation>Cos&apos;è la conservazione sostitutiva</translation>
    </message>
    <message>
        <source>The domain %1 does not include conservazione sostitutiva in its contract, so it cannot be turned on for its mailboxes. Ask the provider to add it to the contract.</source>
        <translation>Il contratto del dominio %1 non include la conservazione sostitutiva, quindi non può essere attivata per le sue caselle. Chiedi al gestore di aggiungerla al contratto.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponibile</translation>
    </message>
    <message>
        <source>&amp;Keep the receipts of %1 in conservazione sostitutiva</source>
        <translation>&amp;Metti in conservazione sostitutiva le ricevute di %1</translation>
    </message>
    <message>
        <source>Conservazione sostitutiva</source>
        <translation>Conservazione sostitutiva</translation>
    </message>
    <message>
        <source>Conservazione sostitutiva error</source>
        <translation>Errore nella conservazione sostitutiva</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>The current state is shown above: check it and try again.</source>
        <translation>Lo stato attuale è mostrato sopra: controllalo e riprova.</translation>
    </message>
    <message>
        <source>Current values loaded</source>
        <translation>Valori attuali caricati</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Salvataggio in corso</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Now: on for %1.</source>
        <translation>Ora: attiva per %1.</translation>
    </message>
    <message>
        <source>Now: off for %1.</source>
        <translation>Ora: disattivata per %1.</translation>
    </message>
</context>
<context>
    <name>pecadmin::BulkChangeDialog</name>
    <message numerus="yes">
        <source>With %n quota(s) of %1 MB the domain would allocate %2 MB, more than its %3 MB.</source>
        <translation>
            <numerusform>Con %n quota di %1 MB il dominio assegnerebbe %2 MB, più dei suoi %3 MB.</numerusform>
            <numerusform>Con %n quote di %1 MB il dominio assegnerebbe %2 MB, più dei suoi %3 MB.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of these mailboxes already use(s) more than this: they will not receive mail until their users delete messages.</source>
        <translation>
            <numerusform>%n di queste caselle utilizza già più di questo valore: non riceverà posta finché il suo utente non cancellerà dei messaggi.</numerusform>
            <numerusform>%n di queste caselle utilizzano già più di questo valore: non riceveranno posta finché i loro utenti non cancelleranno dei messaggi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota Below Usage</source>
        <translation>Quota inferiore all&apos;utilizzo</translation>
    </message>
    <message numerus="yes">
        <source>%n of the mailboxes already use(s) more than %1 MB. They will not receive mail until their users delete messages.

Set the quota anyway?</source>
        <translation>
            <numerusform>%n delle caselle utilizza già più di %1 MB. Non riceverà posta finché il suo utente non cancellerà dei messaggi.

Impostare comunque la quota?</numerusform>
            <numerusform>%n delle caselle utilizzano già più di %1 MB. Non riceveranno posta finché i loro utenti non cancelleranno dei messaggi.

Impostare comunque la quota?</numerusform>
        </translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>password reimpostata</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificata</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) changed</source>
        <translation>
            <numerusform>%n casella modificata</numerusform>
            <numerusform>%n caselle modificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n non riuscita</numerusform>
            <numerusform>%n non riuscite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not done</source>
        <translation>
            <numerusform>%n non eseguita</numerusform>
            <numerusform>%n non eseguite</numerusform>
        </translation>
    </message>
    <message>
        <source>The change stopped: %1</source>
        <translation>La modifica si è interrotta: %1</translation>
    </message>
    <message>
        <source>The change was cancelled: the mailboxes not done are as they were.</source>
        <translation>La modifica è stata annullata: le caselle in cui non è stata eseguita sono rimaste com&apos;erano.</translation>
    </message>
    <message>
        <source>Set Disk Quota</source>
        <translation>Imposta quota disco</translation>
    </message>
    <message numerus="yes">
        <source>The disk quota of the %n selected mailbox(es) will be set to the value below, at most %1 MB each.</source>
        <translation>
            <numerusform>La quota disco di %n casella selezionata verrà impostata al valore indicato sotto, al massimo %1 MB.</numerusform>
            <numerusform>La quota disco delle %n caselle selezionate verrà impostata al valore indicato sotto, al massimo %1 MB ciascuna.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disk &amp;quota:</source>
        <translation>&amp;Quota disco:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Set the quota of %n mailbox(es)</source>
        <translation>
            <numerusform>&amp;Imposta la quota di %n casella</numerusform>
            <numerusform>&amp;Imposta la quota di %n caselle</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Soft Quota</source>
        <translation>Imposta la soglia di avviso</translation>
    </message>
    <message numerus="yes">
        <source>The soft quota of the %n selected mailbox(es) will be set to the value below: the user gets a warning message when the mailbox reaches it. 0 turns the warning off.</source>
        <translation>
            <numerusform>La soft quota di %n casella selezionata verrà impostata al valore indicato sotto: l&apos;utente riceve un messaggio di avviso quando la casella la raggiunge. 0 disattiva l&apos;avviso.</numerusform>
            <numerusform>La soft quota delle %n caselle selezionate verrà impostata al valore indicato sotto: l&apos;utente riceve un messaggio di avviso quando la casella la raggiunge. 0 disattiva l&apos;avviso.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Soft quota:</source>
        <translation>&amp;Soglia di avviso (soft quota):</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Set the soft quota of %n mailbox(es)</source>
        <translation>
            <numerusform>&amp;Imposta la soft quota di %n casella</numerusform>
            <numerusform>&amp;Imposta la soft quota di %n caselle</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn Archiving On</source>
        <translation>Attiva conservazione sostitutiva</translation>
    </message>
    <message numerus="yes">
        <source>Conservazione sostitutiva (legal archiving of receipts) will be turned on for the %n selected mailbox(es).</source>
        <translation>
            <numerusform>La conservazione sostitutiva (archiviazione a norma delle ricevute) verrà attivata per %n casella selezionata.</numerusform>
            <numerusform>La conservazione sostitutiva (archiviazione a norma delle ricevute) verrà attivata per le %n caselle selezionate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Turn archiving on for %n mailbox(es)</source>
        <translation>
            <numerusform>&amp;Attiva la conservazione sostitutiva per %n casella</numerusform>
            <numerusform>&amp;Attiva la conservazione sostitutiva per %n caselle</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn Archiving Off</source>
        <translation>Disattiva conservazione sostitutiva</translation>
    </message>
    <message numerus="yes">
        <source>Conservazione sostitutiva (legal archiving of receipts) will be turned off for the %n selected mailbox(es). Receipts already archived stay archived.</source>
        <translation>
            <numerusform>La conservazione sostitutiva (archiviazione a norma delle ricevute) verrà disattivata per %n casella selezionata. Le ricevute già archiviate restano archiviate.</numerusform>
            <numerusform>La conservazione sostitutiva (archiviazione a norma delle ricevute) verrà disattivata per le %n caselle selezionate. Le ricevute già archiviate restano archiviate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Turn archiving off for %n mailbox(es)</source>
        <translation>
            <numerusform>&amp;Disattiva la conservazione sostitutiva per %n casella</numerusform>
            <numerusform>&amp;Disattiva la conservazione sostitutiva per %n caselle</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset Passwords</source>
        <translation>Reimposta password</translation>
    </message>
    <message numerus="yes">
        <source>The password of the %n selected mailbox(es) will be replaced by a generated one, shown once at the end. The users can no longer sign in with their current passwords, and must change the new one at the first access.</source>
        <translation>
            <numerusform>La password di %n casella selezionata verrà sostituita da una password generata, mostrata una sola volta alla fine. L&apos;utente non potrà più accedere con la password attuale e dovrà cambiare quella nuova al primo accesso.</numerusform>
            <numerusform>Le password delle %n caselle selezionate verranno sostituite da password generate, mostrate una sola volta alla fine. Gli utenti non potranno più accedere con le password attuali e dovranno cambiare quelle nuove al primo accesso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reset %n password(s)</source>
        <translation>
            <numerusform>&amp;Reimposta %n password</numerusform>
            <numerusform>&amp;Reimposta %n password</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying the change. Cancel stops after the current mailbox.</source>
        <translation>Applicazione della modifica in corso. Annulla interrompe l&apos;operazione dopo la casella corrente.</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Cosa accadrà</translation>
    </message>
    <message>
        <source>Mailboxes to change</source>
        <translation>Caselle da modificare</translation>
    </message>
    <message>
        <source>Mailboxes left out</source>
        <translation>Caselle escluse</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>The new passwords are shown only now: copy them, or save or print the credential letters, before you close this window.</source>
        <translation>Le nuove password vengono mostrate solo ora: copiale, oppure salva o stampa le lettere delle credenziali, prima di chiudere questa finestra.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message numerus="yes">
        <source>The disk quota of the %n selected mailbox(es) will be set to the value below. The server does not state the domain&apos;s limits: it checks the quotas itself.</source>
        <translation>
            <numerusform>La quota disco della casella selezionata sarà impostata al valore qui sotto. Il server non indica i limiti del dominio: controlla le quote da sé.</numerusform>
            <numerusform>La quota disco delle %n caselle selezionate sarà impostata al valore qui sotto. Il server non indica i limiti del dominio: controlla le quote da sé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) cannot take this change:</source>
        <translation>
            <numerusform>%n casella non può ricevere questa modifica:</numerusform>
            <numerusform>%n caselle non possono ricevere questa modifica:</numerusform>
        </translation>
    </message>
    <message>
        <source>The change is made on every selected mailbox or on none: leave these out of the selection, or change only the others.</source>
        <translation>La modifica si applica a tutte le caselle selezionate o a nessuna: togli queste dalla selezione, oppure modifica solo le altre.</translation>
    </message>
    <message numerus="yes">
        <source>Change &amp;only the %n other mailbox(es)</source>
        <translation>
            <numerusform>Modifica s&amp;olo l&apos;altra casella</numerusform>
            <numerusform>Modifica s&amp;olo le altre %n caselle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pecadmin::BulkJobDialog</name>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Resoconto</translation>
    </message>
    <message>
        <source>Passwords shown once</source>
        <translation>Password mostrate una sola volta</translation>
    </message>
    <message>
        <source>&amp;Copy addresses and passwords</source>
        <translation>&amp;Copia indirizzi e password</translation>
    </message>
    <message>
        <source>Copy addresses and passwords</source>
        <translation>Copia indirizzi e password</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiato negli appunti.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
</context>
<context>
    <name>pecadmin::BulkProgressWidget</name>
    <message>
        <source>less than a minute left</source>
        <translation>manca meno di un minuto</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>manca circa %n minuto</numerusform>
            <numerusform>mancano circa %n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>manca circa %n ora</numerusform>
            <numerusform>mancano circa %n ore</numerusform>
        </translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mailbox(es) done</source>
        <extracomment>&quot;12 of 50 mailboxes done&quot;</extracomment>
        <translation>
            <numerusform>%1 di %n casella completata</numerusform>
            <numerusform>%1 di %n caselle completate</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping after the current mailbox…</source>
        <translation>interruzione dopo la casella corrente…</translation>
    </message>
</context>
<context>
    <name>pecadmin::BulkReport</name>
    <message>
        <source>skipped: %1</source>
        <translation>saltata: %1</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltata</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>non riuscita: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscita</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>non eseguita</translation>
    </message>
</context>
<context>
    <name>pecadmin::BulkReportModel</name>
    <message>
        <source>Row</source>
        <extracomment>The row of the spreadsheet file, or the position in the list</extracomment>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Casella</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>pecadmin::CommandParser</name>
    <message>
        <source>Give the name of the domain.</source>
        <translation>Indica il nome del dominio.</translation>
    </message>
    <message>
        <source>Give the address of the mailbox.</source>
        <translation>Indica l&apos;indirizzo della casella.</translation>
    </message>
    <message>
        <source>Give the new disk quota in MB.</source>
        <translation>Indica la nuova quota disco in MB.</translation>
    </message>
    <message>
        <source>Give the new soft quota in MB.</source>
        <translation>Indica la nuova soft quota in MB.</translation>
    </message>
    <message>
        <source>Write on or off.</source>
        <translation>Scrivi on oppure off.</translation>
    </message>
    <message>
        <source>Write on or off, not “%1”.</source>
        <translation>Scrivi on oppure off, non “%1”.</translation>
    </message>
    <message>
        <source>Deleting a mailbox erases every message in every folder for ever, and the provider keeps no copy. Add --yes to confirm.</source>
        <translation>Cancellare una casella elimina per sempre ogni messaggio in ogni cartella, e il gestore non ne conserva alcuna copia. Aggiungi --yes per confermare.</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Opzione sconosciuta “%1”.</translation>
    </message>
    <message>
        <source>The option “--%1” needs a value.</source>
        <translation>L&apos;opzione “--%1” richiede un valore.</translation>
    </message>
    <message>
        <source>The option “--%1” takes no value.</source>
        <translation>L&apos;opzione “--%1” non accetta valori.</translation>
    </message>
    <message>
        <source>The option “--%1” is given more than once.</source>
        <translation>L&apos;opzione “--%1” è indicata più di una volta.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nessun comando indicato.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando sconosciuto “%1”.</translation>
    </message>
    <message>
        <source>The option “--%1” does not apply to this command.</source>
        <translation>L&apos;opzione “--%1” non si applica a questo comando.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argomento inatteso “%1”.</translation>
    </message>
    <message>
        <source>The value of “--%1” must be a whole number, not “%2”.</source>
        <translation>Il valore di “--%1” deve essere un numero intero, non “%2”.</translation>
    </message>
    <message>
        <source>The size must be a whole number of megabytes, not “%1”.</source>
        <translation>La dimensione deve essere un numero intero di megabyte, non “%1”.</translation>
    </message>
    <message>
        <source>Give the domain&apos;s total space with --space-mb N.</source>
        <translation>Indica lo spazio totale del dominio con --space-mb N.</translation>
    </message>
    <message>
        <source>Give the domain&apos;s mailbox limit with --max-mailboxes N.</source>
        <translation>Indica il limite di caselle del dominio con --max-mailboxes N.</translation>
    </message>
    <message>
        <source>Unknown password policy “%1”: use poste, aruba or custom.</source>
        <translation>Criteri password sconosciuti “%1”: usa poste, aruba o custom.</translation>
    </message>
    <message>
        <source>“--%1” must be between %2 and %3.</source>
        <translation>“--%1” deve essere compreso tra %2 e %3.</translation>
    </message>
    <message>
        <source>Unknown sort column “%1”: use one of %2.</source>
        <translation>Colonna di ordinamento sconosciuta “%1”: usa una tra %2.</translation>
    </message>
    <message>
        <source>Give the address of the new mailbox.</source>
        <translation>Indica l&apos;indirizzo della nuova casella.</translation>
    </message>
    <message>
        <source>Give the CSV file to import.</source>
        <translation>Indica il file CSV da importare.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use it or en.</source>
        <translation>Lingua sconosciuta “%1”: usa it o en.</translation>
    </message>
    <message>
        <source>With --json, give the FILE to write the CSV to: standard output carries the JSON.</source>
        <translation>Con --json, indica il FILE in cui scrivere il CSV: lo standard output contiene il JSON.</translation>
    </message>
    <message>
        <source>[--store FILE] [--json] COMMAND</source>
        <comment>command synopsis: translate only the words in capitals</comment>
        <translation>[--store FILE] [--json] COMANDO</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Run “%1 help” to see every command and option.</source>
        <translation>Esegui “%1 help” per vedere tutti i comandi e le opzioni.</translation>
    </message>
    <message>
        <source>Lists the domains with their limits and what they use.</source>
        <translation>Elenca i domini con i loro limiti e quanto utilizzano.</translation>
    </message>
    <message>
        <source>Shows one domain&apos;s limits, password policy and usage.</source>
        <translation>Mostra i limiti, i criteri delle password e l&apos;utilizzo di un dominio.</translation>
    </message>
    <message>
        <source>Lists a domain&apos;s mailboxes, disabled ones too. --filter keeps the names that contain TEXT; --sort orders by address, status, usage, quota, soft-quota, archiving or created.</source>
        <translation>Elenca le caselle di un dominio, comprese quelle disabilitate. --filter mantiene i nomi che contengono TESTO; --sort ordina per address, status, usage, quota, soft-quota, archiving o created.</translation>
    </message>
    <message>
        <source>Shows one mailbox.</source>
        <translation>Mostra una casella.</translation>
    </message>
    <message>
        <source>Creates a mailbox. Without --quota-mb, its disk quota is the domain&apos;s largest mailbox quota, within the space the domain has left. The user must change the password at first access.</source>
        <translation>Crea una casella. Senza --quota-mb, la sua quota disco è la quota massima di una casella del dominio, nei limiti dello spazio rimasto al dominio. L&apos;utente deve cambiare la password al primo accesso.</translation>
    </message>
    <message>
        <source>Sets a new password that the user must change at first access.</source>
        <translation>Imposta una nuova password, che l&apos;utente deve cambiare al primo accesso.</translation>
    </message>
    <message>
        <source>Enables a mailbox.</source>
        <translation>Abilita una casella.</translation>
    </message>
    <message>
        <source>Disables a mailbox: it keeps its messages, but cannot be accessed, cannot send, and mail sent to it is not delivered.</source>
        <translation>Disabilita una casella: conserva i suoi messaggi, ma non è accessibile, non può inviare e la posta inviata a essa non viene consegnata.</translation>
    </message>
    <message>
        <source>Sets the disk quota. A quota below the space the mailbox already uses is set all the same, with a warning on standard error.</source>
        <translation>Imposta la quota disco. Una quota inferiore allo spazio già utilizzato dalla casella viene impostata comunque, con un avviso sullo standard error.</translation>
    </message>
    <message>
        <source>Sets the soft quota, the size at which the user is warned; 0 for none.</source>
        <translation>Imposta la soft quota, la dimensione raggiunta la quale l&apos;utente viene avvisato; 0 per nessuna.</translation>
    </message>
    <message>
        <source>Turns conservazione sostitutiva (legal archiving) on or off.</source>
        <translation>Attiva o disattiva la conservazione sostitutiva.</translation>
    </message>
    <message>
        <source>Deletes a mailbox and every message in it, irrecoverably: the provider keeps no copy. Without --yes nothing is deleted.</source>
        <translation>Cancella una casella e tutti i suoi messaggi, in modo irrecuperabile: il gestore non ne conserva alcuna copia. Senza --yes non viene cancellato nulla.</translation>
    </message>
    <message>
        <source>Adds the demo domain pec.example.it with a few dozen mailboxes.</source>
        <translation>Aggiunge il dominio dimostrativo pec.example.it con qualche decina di caselle.</translation>
    </message>
    <message>
        <source>Writes a domain&apos;s mailboxes as CSV (UTF-8), without passwords, to FILE or to standard output. --semicolon for spreadsheets set to Italian; --language it for Italian column names.</source>
        <translation>Scrive le caselle di un dominio in formato CSV (UTF-8), senza password, su FILE o sullo standard output. --semicolon per i fogli di calcolo impostati in italiano; --language it per i nomi delle colonne in italiano.</translation>
    </message>
    <message>
        <source>Administers the domains and mailboxes of a PEC Admin store.</source>
        <translation>Amministra i domini e le caselle di un archivio di PEC Admin.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opzioni:</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>placeholder in the help</comment>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The store to use. By default the file named by the PECADMIN_STORE environment variable, or else %1.</source>
        <translation>L&apos;archivio da usare. Se non indicato, il file specificato dalla variabile d&apos;ambiente PECADMIN_STORE, altrimenti %1.</translation>
    </message>
    <message>
        <source>Writes the result as JSON on standard output, and an error as JSON on standard error.</source>
        <translation>Scrive il risultato come JSON sullo standard output, e un errore come JSON sullo standard error.</translation>
    </message>
    <message>
        <source>Passwords are never read from the command line. With --generate-password a password that meets the domain&apos;s policy is generated and shown once. Otherwise it is read from standard input: typed twice without echo at a terminal, or one line when standard input is a file or a pipe.</source>
        <translation>Le password non vengono mai lette dalla riga di comando. Con --generate-password viene generata una password conforme ai criteri del dominio, mostrata una sola volta. Altrimenti viene letta dallo standard input: digitata due volte senza eco su un terminale, oppure una riga quando lo standard input è un file o una pipe.</translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 when the operation is refused (the reason is on standard error), 2 when the command line is wrong.</source>
        <translation>Stato di uscita: 0 in caso di successo, 1 quando l&apos;operazione viene rifiutata (il motivo è sullo standard error), 2 quando la riga di comando è errata.</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Forse intendevi “%1”?</translation>
    </message>
    <message>
        <source>Run “%1” to see what it does and its options.</source>
        <translation>Esegui “%1” per vedere cosa fa e le sue opzioni.</translation>
    </message>
    <message>
        <source>Run “%1” to see what they do and their options.</source>
        <translation>Esegui “%1” per vedere cosa fanno e le loro opzioni.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <comment>placeholder in the help</comment>
        <translation>INDIRIZZO</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <comment>placeholder in the help</comment>
        <translation>DOMINIO</translation>
    </message>
    <message>
        <source>Generates a password that meets the domain&apos;s policy and shows it once, instead of reading one from standard input.</source>
        <translation>Genera una password conforme ai criteri del dominio e la mostra una sola volta, invece di leggerla dallo standard input.</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>placeholder in the help</comment>
        <translation>NOME</translation>
    </message>
    <message>
        <source>N</source>
        <comment>placeholder in the help</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>The space the domain may give its mailboxes, in MB.</source>
        <translation>Lo spazio che il dominio può assegnare alle sue caselle, in MB.</translation>
    </message>
    <message>
        <source>How many mailboxes the domain may hold.</source>
        <translation>Quante caselle può contenere il dominio.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <comment>placeholder in the help</comment>
        <translation>CRITERI</translation>
    </message>
    <message>
        <source>The domain includes conservazione sostitutiva (legal archiving).</source>
        <translation>Il dominio comprende la conservazione sostitutiva.</translation>
    </message>
    <message>
        <source>The largest disk quota of one mailbox, in MB (1024 by default).</source>
        <translation>La quota disco massima di una casella, in MB (1024 se non indicata).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <comment>placeholder in the help</comment>
        <translation>TESTO</translation>
    </message>
    <message>
        <source>Only the mailboxes whose name contains TEXT.</source>
        <translation>Solo le caselle il cui nome contiene TESTO.</translation>
    </message>
    <message>
        <source>Skips the first N mailboxes.</source>
        <translation>Salta le prime N caselle.</translation>
    </message>
    <message>
        <source>Lists at most N mailboxes.</source>
        <translation>Elenca al massimo N caselle.</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <comment>placeholder in the help</comment>
        <translation>COLONNA</translation>
    </message>
    <message>
        <source>The column to sort by.</source>
        <translation>La colonna secondo cui ordinare.</translation>
    </message>
    <message>
        <source>Sorts in descending order.</source>
        <translation>Ordina in senso decrescente.</translation>
    </message>
    <message>
        <source>The disk quota, in MB.</source>
        <translation>La quota disco, in MB.</translation>
    </message>
    <message>
        <source>The soft quota, the size at which the user is warned, in MB.</source>
        <translation>La soft quota, la dimensione raggiunta la quale l&apos;utente viene avvisato, in MB.</translation>
    </message>
    <message>
        <source>Turns conservazione sostitutiva (legal archiving) on.</source>
        <translation>Attiva la conservazione sostitutiva.</translation>
    </message>
    <message>
        <source>MB</source>
        <comment>placeholder in the help</comment>
        <translation>MB</translation>
    </message>
    <message>
        <source>STATE</source>
        <comment>placeholder in the help</comment>
        <translation>STATO</translation>
    </message>
    <message>
        <source>Confirms the deletion.</source>
        <translation>Conferma la cancellazione.</translation>
    </message>
    <message>
        <source>Shows what would happen to each row, and changes nothing.</source>
        <translation>Mostra cosa accadrebbe a ogni riga e non modifica nulla.</translation>
    </message>
    <message>
        <source>Separates the columns with semicolons, for spreadsheets set to Italian.</source>
        <translation>Separa le colonne con punti e virgola, per i fogli di calcolo impostati in italiano.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <comment>placeholder in the help</comment>
        <translation>LINGUA</translation>
    </message>
    <message>
        <source>The language of the column names.</source>
        <translation>La lingua dei nomi delle colonne.</translation>
    </message>
    <message>
        <source>Shows the version of pecadmin-cli.</source>
        <translation>Mostra la versione di pecadmin-cli.</translation>
    </message>
    <message>
        <source>Writes the completion script of bash or zsh. The package installs both; by hand: source &lt;(pecadmin-cli completion bash).</source>
        <translation>Scrive lo script di completamento di bash o di zsh. Il pacchetto li installa entrambi; a mano: source &lt;(pecadmin-cli completion bash).</translation>
    </message>
    <message>
        <source>SHELL</source>
        <comment>placeholder in the help</comment>
        <translation>SHELL</translation>
    </message>
    <message>
        <source>Say which shell: bash or zsh.</source>
        <translation>Indica quale shell: bash o zsh.</translation>
    </message>
    <message>
        <source>Unknown shell “%1”: use bash or zsh.</source>
        <translation>Shell sconosciuta “%1”: usa bash o zsh.</translation>
    </message>
    <message>
        <source>PROGRAM</source>
        <comment>placeholder in the help</comment>
        <translation>PROGRAMMA</translation>
    </message>
    <message>
        <source>Say which program: pecadmin-cli or pecadmin.</source>
        <translation>Indica quale programma: pecadmin-cli o pecadmin.</translation>
    </message>
    <message>
        <source>Unknown program “%1”: use pecadmin-cli or pecadmin.</source>
        <translation>Programma sconosciuto “%1”: usa pecadmin-cli o pecadmin.</translation>
    </message>
    <message>
        <source>Shows this help; with a COMMAND, what that command does and its options.</source>
        <translation>Mostra questo aiuto; con un COMANDO, cosa fa quel comando e le sue opzioni.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <comment>placeholder in the help</comment>
        <translation>COMANDO</translation>
    </message>
    <message>
        <source>Shows the help; after a command, that command&apos;s help.</source>
        <translation>Mostra l&apos;aiuto; dopo un comando, l&apos;aiuto di quel comando.</translation>
    </message>
    <message>
        <source>HOST</source>
        <comment>placeholder in the help</comment>
        <translation>HOST</translation>
    </message>
    <message>
        <source>the server&apos;s name or address</source>
        <translation>il nome o l&apos;indirizzo del server</translation>
    </message>
    <message>
        <source>PORT</source>
        <comment>placeholder in the help</comment>
        <translation>PORTA</translation>
    </message>
    <message>
        <source>its port (5432 by default)</source>
        <translation>la sua porta (5432 se non indicata)</translation>
    </message>
    <message>
        <source>the database of the store</source>
        <translation>il database dell&apos;archivio</translation>
    </message>
    <message>
        <source>USER</source>
        <comment>placeholder in the help</comment>
        <translation>UTENTE</translation>
    </message>
    <message>
        <source>the database user</source>
        <translation>l&apos;utente del database</translation>
    </message>
    <message>
        <source>MODE</source>
        <comment>placeholder in the help</comment>
        <translation>MODALITÀ</translation>
    </message>
    <message>
        <source>disable, prefer (the default), require or verify-full</source>
        <translation>disable, prefer (predefinita), require o verify-full</translation>
    </message>
    <message>
        <source>a connection saved in PEC Admin (File &gt; Connect to)</source>
        <translation>una connessione salvata in PEC Admin (File &gt; Connetti a)</translation>
    </message>
    <message>
        <source>URL</source>
        <comment>placeholder in the help</comment>
        <translation>URL</translation>
    </message>
    <message>
        <source>the username to sign in to the SCIM server with</source>
        <translation>il nome utente con cui accedere al server SCIM</translation>
    </message>
    <message>
        <source>A store on a PostgreSQL server, shared by several administrators, instead of a file:</source>
        <translation>Un archivio su un server PostgreSQL, condiviso da più amministratori, invece di un file:</translation>
    </message>
    <message>
        <source>The password of the database user is read from the PECADMIN_PASSWORD environment variable, or else from the first line of standard input; never from the command line.</source>
        <translation>La password dell&apos;utente del database viene letta dalla variabile d&apos;ambiente PECADMIN_PASSWORD, altrimenti dalla prima riga dello standard input; mai dalla riga di comando.</translation>
    </message>
    <message>
        <source>A saved connection of the desktop application, or a provider&apos;s SCIM server:</source>
        <translation>Una connessione salvata nell&apos;applicazione desktop, o il server SCIM di un gestore:</translation>
    </message>
    <message>
        <source>Their password comes from the system keyring where it is saved there, else from PECADMIN_PASSWORD, else from the first line of standard input.</source>
        <translation>La loro password viene dal portachiavi di sistema, se vi è salvata, altrimenti da PECADMIN_PASSWORD, altrimenti dalla prima riga dello standard input.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Uno tra: %1.</translation>
    </message>
    <message>
        <source>Run “%1” to see every command, and the options that every command takes.</source>
        <translation>Esegui “%1” per vedere tutti i comandi e le opzioni valide per tutti i comandi.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>riuscito</translation>
    </message>
    <message>
        <source>the operation was refused</source>
        <translation>l&apos;operazione è stata rifiutata</translation>
    </message>
    <message>
        <source>the command line is wrong</source>
        <translation>la riga di comando è errata</translation>
    </message>
    <message>
        <source>Say what to do with the domain: add, list, show, edit or remove.</source>
        <translation>Indica cosa fare con il dominio: add, list, show, edit o remove.</translation>
    </message>
    <message>
        <source>Unknown domain command “%1”: use add, list, show, edit or remove.</source>
        <translation>Comando di dominio “%1” sconosciuto: usa add, list, show, edit o remove.</translation>
    </message>
    <message>
        <source>The shortest password allowed, in characters.</source>
        <translation>La password più corta ammessa, in caratteri.</translation>
    </message>
    <message>
        <source>The longest password allowed, in characters.</source>
        <translation>La password più lunga ammessa, in caratteri.</translation>
    </message>
    <message>
        <source>CLASSES</source>
        <comment>placeholder in the help</comment>
        <translation>CLASSI</translation>
    </message>
    <message>
        <source>What a password must have, separated by commas: lower, upper, digit, symbol; or none.</source>
        <translation>Cosa deve avere una password, separato da virgole: lower (minuscola), upper (maiuscola), digit (cifra), symbol (simbolo); oppure none.</translation>
    </message>
    <message>
        <source>Unknown kind of character “%1”: use lower, upper, digit, symbol or none, separated by commas.</source>
        <translation>Tipo di carattere “%1” sconosciuto: usa lower, upper, digit, symbol o none, separati da virgole.</translation>
    </message>
    <message>
        <source>Say what a password must have: lower, upper, digit, symbol or none.</source>
        <translation>Indica cosa deve avere una password: lower, upper, digit, symbol o none.</translation>
    </message>
    <message>
        <source>CHARS</source>
        <comment>placeholder in the help</comment>
        <translation>CARATTERI</translation>
    </message>
    <message>
        <source>The symbols a password may have besides letters and digits, such as &apos;!#$%&apos;; an empty value for letters and digits only.</source>
        <translation>I simboli che una password può avere oltre a lettere e cifre, come &apos;!#$%&apos;; un valore vuoto per solo lettere e cifre.</translation>
    </message>
    <message>
        <source>“--symbols” takes symbols only, such as !#$%, not “%1”.</source>
        <translation>“--symbols” accetta solo simboli, come !#$%, non “%1”.</translation>
    </message>
    <message>
        <source>A password must not contain the mailbox name.</source>
        <translation>Una password non deve contenere il nome della casella.</translation>
    </message>
    <message>
        <source>A password may contain the mailbox name.</source>
        <translation>Una password può contenere il nome della casella.</translation>
    </message>
    <message>
        <source>Give --forbid-name or --allow-name, not both.</source>
        <translation>Indica --forbid-name o --allow-name, non entrambi.</translation>
    </message>
    <message>
        <source>The password policy: Poste&apos;s (the default), Aruba&apos;s, or a custom one; the options that follow change it into a custom one.</source>
        <translation>Le regole delle password: quelle di Poste (predefinite), di Aruba o personalizzate; le opzioni che seguono le trasformano in regole personalizzate.</translation>
    </message>
    <message>
        <source>The largest disk quota of one mailbox, in MB.</source>
        <translation>La quota disco massima di una casella, in MB.</translation>
    </message>
    <message>
        <source>The domain no longer includes conservazione sostitutiva; refused while a mailbox has it on.</source>
        <translation>Il dominio non include più la conservazione sostitutiva; rifiutato finché una casella la ha attiva.</translation>
    </message>
    <message>
        <source>Give --archiving or --no-archiving, not both.</source>
        <translation>Indica --archiving o --no-archiving, non entrambi.</translation>
    </message>
    <message>
        <source>A new password policy: Poste&apos;s, Aruba&apos;s, or a custom one; the options that follow change it, or the domain&apos;s own, into a custom one.</source>
        <translation>Nuove regole delle password: quelle di Poste, di Aruba o personalizzate; le opzioni che seguono trasformano queste, o quelle del dominio, in regole personalizzate.</translation>
    </message>
    <message>
        <source>Removes a domain that holds no mailbox but its postmaster, which goes with it. Without --yes nothing is removed.</source>
        <translation>Rimuove un dominio che non contiene altre caselle oltre alla postmaster, che viene rimossa con esso. Senza --yes non viene rimosso nulla.</translation>
    </message>
    <message>
        <source>Confirms the removal.</source>
        <translation>Conferma la rimozione.</translation>
    </message>
    <message>
        <source>Removing a domain removes its postmaster mailbox too, and cannot be undone. Add --yes to confirm.</source>
        <translation>Rimuovere un dominio rimuove anche la sua casella postmaster, e non si può annullare. Aggiungi --yes per confermare.</translation>
    </message>
    <message>
        <source>Tries a SCIM server (--scim or a saved connection) against what PEC Admin needs of it, and says for each trait whether it passes and what PEC Admin does about it: discovery, the mailbox extension, filters, paging across maxResults, sorting, PATCH, versions, uniqueness and If-Match. It creates two mailboxes named pecadmin-check-… in the first --domain (or the server&apos;s first domain) and deletes them. Exit status 1 when a failure blocks the use of the server.</source>
        <translation>Mette alla prova un server SCIM (--scim o una connessione salvata) rispetto a ciò che serve a PEC Admin e dice, per ogni caratteristica, se la prova è superata e che cosa fa PEC Admin di conseguenza: rilevamento, estensione delle caselle, filtri, paginazione oltre maxResults, ordinamento, PATCH, versioni, unicità e If-Match. Crea due caselle di nome pecadmin-check-… nel primo --domain (o nel primo dominio del server) e poi le elimina. Stato di uscita 1 quando un errore impedisce di usare il server.</translation>
    </message>
    <message>
        <source>a provider&apos;s SCIM 2.0 server, with --user or --token-env</source>
        <translation>il server SCIM 2.0 di un gestore, con --user o --token-env</translation>
    </message>
    <message>
        <source>VAR</source>
        <comment>placeholder in the help</comment>
        <translation>VAR</translation>
    </message>
    <message>
        <source>signs in with the bearer token held by the environment variable VAR (never the token itself on the command line), instead of --user and a password</source>
        <translation>accede con il token bearer contenuto nella variabile d’ambiente VAR (mai il token stesso sulla riga di comando), invece di --user e una password</translation>
    </message>
    <message>
        <source>a domain of the SCIM server to work on; give it once for each domain (needed where the server does not list its domains)</source>
        <translation>un dominio del server SCIM su cui lavorare; indicalo una volta per ogni dominio (necessario se il server non elenca i suoi domini)</translation>
    </message>
    <message>
        <source>a PEM file with the certificate of a certification authority to trust for the SCIM server, besides the system&apos;s</source>
        <translation>un file PEM con il certificato di un’autorità di certificazione di cui fidarsi per il server SCIM, oltre a quelle del sistema</translation>
    </message>
    <message>
        <source>The value of “--%1” must be a date such as 2026-03-01 or a time such as 2026-03-01T14:30:00Z, not “%2”.</source>
        <translation>Il valore di “--%1” deve essere una data come 2026-03-01 o un orario come 2026-03-01T14:30:00Z, non “%2”.</translation>
    </message>
    <message>
        <source>DATE</source>
        <comment>placeholder in the help</comment>
        <translation>DATA</translation>
    </message>
    <message>
        <source>Only the entries from DATE on (UTC).</source>
        <translation>Solo le voci da DATA in poi (UTC).</translation>
    </message>
    <message>
        <source>Only the entries up to DATE, that day included (UTC).</source>
        <translation>Solo le voci fino a DATA, quel giorno compreso (UTC).</translation>
    </message>
    <message>
        <source>Only the changes made by NAME (a PostgreSQL role, or user@host for a store file).</source>
        <translation>Solo le modifiche fatte da NOME (un ruolo PostgreSQL, oppure utente@host per un file di archivio).</translation>
    </message>
    <message>
        <source>OP</source>
        <comment>placeholder in the help</comment>
        <translation>OP</translation>
    </message>
    <message>
        <source>Only the entries of one operation.</source>
        <translation>Solo le voci di un’operazione.</translation>
    </message>
    <message>
        <source>Unknown operation “%1”: use one of %2.</source>
        <translation>Operazione “%1” sconosciuta: usa una tra %2.</translation>
    </message>
    <message>
        <source>DOMAIN|ADDRESS</source>
        <comment>placeholder in the help</comment>
        <translation>DOMINIO|INDIRIZZO</translation>
    </message>
    <message>
        <source>Lists the history of changes, newest first: of one domain or mailbox, or of the whole store. Every change names who made it and when (UTC).</source>
        <translation>Elenca lo storico delle modifiche, dalla più recente: di un dominio o di una casella, oppure di tutto l’archivio. Ogni modifica dice chi l’ha fatta e quando (UTC).</translation>
    </message>
    <message>
        <source>Lists at most N entries.</source>
        <translation>Elenca al massimo N voci.</translation>
    </message>
    <message>
        <source>Writes the history of changes as CSV (UTF-8), oldest first, with every entry&apos;s hashes, to FILE: of one domain or mailbox, or of the whole store.</source>
        <translation>Scrive lo storico delle modifiche in CSV (UTF-8), dalla più vecchia, con gli hash di ogni voce, in FILE: di un dominio o di una casella, oppure di tutto l’archivio.</translation>
    </message>
    <message>
        <source>Give the CSV file to write.</source>
        <translation>Indica il file CSV da scrivere.</translation>
    </message>
    <message>
        <source>Checks the hash chain of the whole history and names the first entry that was changed, removed or reordered (exit status 1). --head checks as well that an entry kept elsewhere with “audit head” is still in the chain, unchanged.</source>
        <translation>Controlla la catena di hash di tutto lo storico e indica la prima voce modificata, rimossa o spostata (codice di uscita 1). --head controlla anche che una voce conservata altrove con “audit head” sia ancora nella catena, immutata.</translation>
    </message>
    <message>
        <source>SEQUENCE:HASH</source>
        <comment>placeholder in the help</comment>
        <translation>NUMERO:HASH</translation>
    </message>
    <message>
        <source>An entry of the chain as “audit head” printed it.</source>
        <translation>Una voce della catena come l’ha stampata “audit head”.</translation>
    </message>
    <message>
        <source>The value of “--head” must be SEQUENCE:HASH as “audit head” prints it, not “%1”.</source>
        <translation>Il valore di “--head” deve essere NUMERO:HASH come lo stampa “audit head”, non “%1”.</translation>
    </message>
    <message>
        <source>Prints the newest entry of the history as SEQUENCE:HASH and its time: keep it elsewhere (a server&apos;s log, a printout), so that a rewrite of the whole history is caught.</source>
        <translation>Stampa la voce più recente dello storico come NUMERO:HASH con il suo orario: conservala altrove (il log di un server, una stampa), così che una riscrittura di tutto lo storico venga scoperta.</translation>
    </message>
    <message>
        <source>Removes the history&apos;s entries older than DATE, after exporting them with “audit export”, and adds a checkpoint entry with the hash of the last one removed, so that “audit verify” still holds. On PostgreSQL only a role that may delete from the history can.</source>
        <translation>Rimuove le voci dello storico anteriori a DATA, dopo averle esportate con “audit export”, e aggiunge una voce di chiusura con l’hash dell’ultima rimossa, così che “audit verify” resti valido. Su PostgreSQL può farlo solo un ruolo che ha il permesso di cancellare dallo storico.</translation>
    </message>
    <message>
        <source>Removes the entries before DATE (UTC).</source>
        <translation>Rimuove le voci anteriori a DATA (UTC).</translation>
    </message>
    <message>
        <source>Give the date with --before DATE.</source>
        <translation>Indica la data con --before DATA.</translation>
    </message>
    <message>
        <source>with --profile: reads the copy of the connection&apos;s domains kept for offline work, without reaching the server; changes are refused</source>
        <translation>con --profile: legge la copia dei domini della connessione conservata per il lavoro offline, senza raggiungere il server; le modifiche sono rifiutate</translation>
    </message>
    <message>
        <source>“--%1” must be between 0 and %2.</source>
        <translation>“--%1” deve essere tra 0 e %2.</translation>
    </message>
    <message>
        <source>The size must be between 0 and %1 MB.</source>
        <translation>La dimensione deve essere tra 0 e %1 MB.</translation>
    </message>
    <message>
        <source>Replaces FILE if it exists. The open store is never replaced.</source>
        <translation>Sostituisce FILE se esiste già. L&apos;archivio aperto non viene mai sostituito.</translation>
    </message>
    <message>
        <source>Creates the mailboxes of a CSV file, one per row: columns name, password, quota, soft quota, archiving, enabled, with headers in Italian or English, separated by commas or semicolons. Mailboxes that exist are skipped; an empty password is generated and shown once. --dry-run shows what would happen to each row and changes nothing. A file with a refused row creates nothing unless --skip-invalid is given.</source>
        <translation>Crea le caselle di un file CSV, una per riga: colonne nome, password, quota, soft quota, conservazione, abilitata, con intestazioni in italiano o in inglese, separate da virgole o punti e virgola. Le caselle che esistono vengono saltate; una password vuota viene generata e mostrata una sola volta. --dry-run mostra che cosa accadrebbe a ogni riga e non modifica nulla. Un file con una riga rifiutata non crea nulla, a meno di indicare --skip-invalid.</translation>
    </message>
    <message>
        <source>Creates the rows that are ready even when other rows are refused. Without it, a file with a refused row creates nothing.</source>
        <translation>Crea le righe pronte anche quando altre righe sono rifiutate. Senza questa opzione, un file con una riga rifiutata non crea nulla.</translation>
    </message>
    <message>
        <source>Run on the mail server: removes with Dovecot&apos;s doveadm the mail of the mailboxes deleted since the last purge, then their entries, so that their addresses can be made again. Its first run makes the store one that a mail server purges: from then on a deleted mailbox&apos;s address waits for its purge. The timer of docs/dovecot/ runs it every minute. Exit status 1 when some mail could not be removed (it is tried again at the next purge).</source>
        <translation>Da eseguire sul server di posta: rimuove con doveadm di Dovecot i messaggi delle caselle eliminate dall&apos;ultima pulizia, poi le loro voci, così che i loro indirizzi possano essere creati di nuovo. La prima esecuzione rende l&apos;archivio uno che un server di posta ripulisce: da allora l&apos;indirizzo di una casella eliminata attende la sua pulizia. Il timer di docs/dovecot/ lo esegue ogni minuto. Stato di uscita 1 quando non è stato possibile rimuovere dei messaggi (si riprova alla pulizia successiva).</translation>
    </message>
    <message>
        <source>The doveadm program (by default the one on the PATH).</source>
        <translation>Il programma doveadm (per impostazione predefinita quello nel PATH).</translation>
    </message>
    <message>
        <source>Dovecot&apos;s configuration file (by default Dovecot&apos;s own).</source>
        <translation>Il file di configurazione di Dovecot (per impostazione predefinita quello di Dovecot).</translation>
    </message>
    <message>
        <source>Lists the changes made offline on the copy of --profile NAME that wait to be sent, in order: who made each and when, what it does, and, for one the server refused, why and what the server holds.</source>
        <translation>Elenca in ordine le modifiche fatte offline sulla copia di --profile NOME che attendono di essere inviate: chi le ha fatte e quando, cosa fanno e, per quelle rifiutate dal server, il motivo e ciò che il server contiene.</translation>
    </message>
    <message>
        <source>Sends the changes made offline to the server of --profile NAME, in order, each with the version of the mailbox it was made on. A change the server refuses (the mailbox changed or deleted meanwhile, the address taken, a limit exceeded) stays in the journal for a choice: exit status 3. Sending stops when the server is lost, and goes on from the same change next time.</source>
        <translation>Invia in ordine al server di --profile NOME le modifiche fatte offline, ciascuna con la versione della casella su cui è stata fatta. Una modifica rifiutata dal server (casella cambiata o eliminata nel frattempo, indirizzo occupato, limite superato) resta nel registro in attesa di una scelta: stato di uscita 3. Se il server si perde l&apos;invio si ferma, e la volta successiva riprende dalla stessa modifica.</translation>
    </message>
    <message>
        <source>Cancels the change ID made offline, and the later changes of the same mailbox made on top of it: the copy shows the mailbox as it was before them.</source>
        <translation>Annulla la modifica ID fatta offline e le modifiche successive della stessa casella fatte sopra di essa: la copia mostra la casella com&apos;era prima.</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>placeholder in the help</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Give the number of the change, as “journal list” shows it.</source>
        <translation>Indica il numero della modifica, come lo mostra “journal list”.</translation>
    </message>
    <message>
        <source>“%1” is not the number of a change: “journal list” shows them.</source>
        <translation>“%1” non è il numero di una modifica: “journal list” le mostra.</translation>
    </message>
    <message>
        <source>Cancels every change made offline that waits to be sent: the copy shows the domains as the server last did.</source>
        <translation>Annulla tutte le modifiche fatte offline in attesa di invio: la copia mostra i domini come li ha mostrati il server l&apos;ultima volta.</translation>
    </message>
    <message>
        <source>Settles the change ID that the server refused: --mine sends it again, at the next journal send, on the server&apos;s current version; --theirs drops it (and the later changes of the same mailbox), and the copy takes the server&apos;s values. Nothing is overwritten without this choice.</source>
        <translation>Risolve la modifica ID rifiutata dal server: --mine la invia di nuovo, al prossimo journal send, sulla versione attuale del server; --theirs la scarta (con le modifiche successive della stessa casella), e la copia prende i valori del server. Nulla viene sovrascritto senza questa scelta.</translation>
    </message>
    <message>
        <source>Sends my change again over the server&apos;s values.</source>
        <translation>Invia di nuovo la mia modifica sopra i valori del server.</translation>
    </message>
    <message>
        <source>Drops my change and keeps the server&apos;s values.</source>
        <translation>Scarta la mia modifica e mantiene i valori del server.</translation>
    </message>
    <message>
        <source>Give either --mine or --theirs.</source>
        <translation>Indica --mine oppure --theirs.</translation>
    </message>
    <message>
        <source>Writes to FILE the printed report of the history of one domain or mailbox for the period of --since and --until (as the window&apos;s Report), in the language of the command, instead of the CSV.</source>
        <translation>Scrive in FILE, invece del CSV, il rapporto stampabile dello storico di un dominio o di una casella per il periodo di --since e --until (come il Rapporto della finestra), nella lingua del comando.</translation>
    </message>
    <message>
        <source>Give the PDF file to write.</source>
        <translation>Indica il file PDF da scrivere.</translation>
    </message>
    <message>
        <source>A report is of one domain or mailbox: give it before the FILE.</source>
        <translation>Un rapporto riguarda un dominio o una casella: indicalo prima del FILE.</translation>
    </message>
    <message>
        <source>A report is written to a file, not to the standard output.</source>
        <translation>Un rapporto si scrive in un file, non sull’output standard.</translation>
    </message>
    <message>
        <source>The user&apos;s own change of password, for a password page of the mail server: reads the current password, then the new one (at a terminal typed twice; from a pipe one line each). The new password must meet the domain&apos;s policy and differ from the current one. It ends “must change the password at first access”, which until then keeps the user out of the mail server.</source>
        <translation>Il cambio della password fatto dall&apos;utente stesso, per una pagina di cambio password del server di posta: legge la password attuale, poi la nuova (a un terminale digitata due volte; da una pipe una riga ciascuna). La nuova password deve rispettare i criteri del dominio ed essere diversa da quella attuale. Pone fine a “cambio password obbligatorio al primo accesso”, che fino ad allora tiene l&apos;utente fuori dal server di posta.</translation>
    </message>
    <message>
        <source>The language of the messages the mail server sends the domain&apos;s users, such as the soft-quota alarm: it (Italian, the default of a new domain) or en (English).</source>
        <translation>La lingua dei messaggi che il server di posta invia agli utenti del dominio, come l&apos;allarme di superamento della soglia: it (italiano, la predefinita di un nuovo dominio) o en (inglese).</translation>
    </message>
    <message>
        <source>Adds a domain with its total space, mailbox limit, largest mailbox quota, password policy (poste by default), whether it includes conservazione sostitutiva, and the language of its users&apos; messages (Italian by default).</source>
        <translation>Aggiunge un dominio con il suo spazio totale, il limite di caselle, la quota massima di una casella, i criteri delle password (poste se non indicati), l&apos;eventuale conservazione sostitutiva e la lingua dei messaggi ai suoi utenti (italiano se non indicata).</translation>
    </message>
    <message>
        <source>Changes a domain&apos;s total space, mailbox limit, largest mailbox quota, conservazione sostitutiva, password policy or the language of its users&apos; messages; what is not given stays. Limits below what the mailboxes already use are refused. A new policy applies to the passwords set from then on.</source>
        <translation>Modifica lo spazio totale, il limite di caselle, la quota massima di una casella, la conservazione sostitutiva, le regole delle password o la lingua dei messaggi agli utenti di un dominio; ciò che non è indicato resta com&apos;è. I limiti inferiori a quanto le caselle usano già sono rifiutati. Le nuove regole valgono per le password impostate da allora in poi.</translation>
    </message>
    <message>
        <source>Say what to change: --space-mb, --max-mailboxes, --max-quota-mb, --archiving, --no-archiving, --language, or the password policy.</source>
        <translation>Indica cosa modificare: --space-mb, --max-mailboxes, --max-quota-mb, --archiving, --no-archiving, --language o le regole delle password.</translation>
    </message>
</context>
<context>
    <name>pecadmin::CommandRunner</name>
    <message>
        <source>Domain %1 added, with its postmaster mailbox.</source>
        <translation>Dominio %1 aggiunto, con la sua casella postmaster.</translation>
    </message>
    <message>
        <source>No domains yet: add one with “pecadmin-cli domain add”, or the demo domain with “pecadmin-cli demo”.</source>
        <translation>Ancora nessun dominio: aggiungine uno con “pecadmin-cli domain add”, oppure il dominio dimostrativo con “pecadmin-cli demo”.</translation>
    </message>
    <message>
        <source>No mailboxes.</source>
        <translation>Nessuna casella.</translation>
    </message>
    <message>
        <source>No mailbox matches “%1”.</source>
        <translation>Nessuna casella corrisponde a «%1».</translation>
    </message>
    <message>
        <source>More mailboxes follow: add --offset %1 to see them.</source>
        <translation>Seguono altre caselle: aggiungi --offset %1 per vederle.</translation>
    </message>
    <message>
        <source>Generated password for %1: %2</source>
        <translation>Password generata per %1: %2</translation>
    </message>
    <message>
        <source>It is shown only this once. Give it to the user, who must change it at first access.</source>
        <translation>Viene mostrata solo questa volta. Comunicala all&apos;utente, che dovrà cambiarla al primo accesso.</translation>
    </message>
    <message>
        <source>Mailbox %1 created. The user must change the password at first access.</source>
        <translation>Casella %1 creata. L&apos;utente deve cambiare la password al primo accesso.</translation>
    </message>
    <message>
        <source>Its disk quota is %1 MB: the domain&apos;s largest mailbox quota, within the space the domain has left. Use --quota-mb to choose another.</source>
        <translation>La sua quota disco è di %1 MB: la quota massima di una casella del dominio, nei limiti dello spazio rimasto al dominio. Usa --quota-mb per sceglierne un&apos;altra.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Nuova password impostata per %1.</translation>
    </message>
    <message>
        <source>New password set for %1. The user must change it at first access.</source>
        <translation>Nuova password impostata per %1. L&apos;utente deve cambiarla al primo accesso.</translation>
    </message>
    <message>
        <source>Mailbox %1 enabled.</source>
        <translation>Casella %1 abilitata.</translation>
    </message>
    <message>
        <source>Mailbox %1 disabled: it keeps its messages, but cannot be accessed and receives no mail.</source>
        <translation>Casella %1 disabilitata: conserva i suoi messaggi, ma non è accessibile e non riceve posta.</translation>
    </message>
    <message>
        <source>%1 already uses %2, more than the new disk quota of %3.</source>
        <translation>%1 utilizza già %2, più della nuova quota disco di %3.</translation>
    </message>
    <message>
        <source>Disk quota of %1 set to %2 MB.</source>
        <translation>Quota disco di %1 impostata a %2 MB.</translation>
    </message>
    <message>
        <source>Soft quota of %1 removed.</source>
        <translation>Soft quota di %1 rimossa.</translation>
    </message>
    <message>
        <source>Soft quota of %1 set to %2 MB.</source>
        <translation>Soft quota di %1 impostata a %2 MB.</translation>
    </message>
    <message>
        <source>Conservazione sostitutiva turned on for %1.</source>
        <translation>Conservazione sostitutiva attivata per %1.</translation>
    </message>
    <message>
        <source>Conservazione sostitutiva turned off for %1.</source>
        <translation>Conservazione sostitutiva disattivata per %1.</translation>
    </message>
    <message>
        <source>Mailbox %1 and all its messages deleted.</source>
        <translation>La casella %1 e tutti i suoi messaggi sono stati cancellati.</translation>
    </message>
    <message numerus="yes">
        <source>Demo domain %1 added with %n mailboxes.</source>
        <translation>
            <numerusform>Dominio dimostrativo %1 aggiunto con %n casella.</numerusform>
            <numerusform>Dominio dimostrativo %1 aggiunto con %n caselle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message numerus="yes">
        <source>%n mailboxes would be created</source>
        <translation>
            <numerusform>%n casella verrebbe creata</numerusform>
            <numerusform>%n caselle verrebbero create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped because they exist</source>
        <translation>
            <numerusform>%n saltata perché esiste già</numerusform>
            <numerusform>%n saltate perché esistono già</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors</source>
        <translation>
            <numerusform>%n riga con errori</numerusform>
            <numerusform>%n righe con errori</numerusform>
        </translation>
    </message>
    <message>
        <source>Disk quota to allocate: %1 MB of the %2 MB the domain has left.</source>
        <translation>Quota disco da assegnare: %1 MB dei %2 MB rimasti al dominio.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulazione: non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creata</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message numerus="yes">
        <source>%n mailboxes created</source>
        <translation>
            <numerusform>%n casella creata</numerusform>
            <numerusform>%n caselle create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n saltata</numerusform>
            <numerusform>%n saltate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n non riuscita</numerusform>
            <numerusform>%n non riuscite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not done</source>
        <translation>
            <numerusform>%n non eseguita</numerusform>
            <numerusform>%n non eseguite</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped: %1 Run the same file again to create the rest.</source>
        <translation>L&apos;importazione si è interrotta: %1 Esegui di nuovo lo stesso file per creare le caselle restanti.</translation>
    </message>
    <message>
        <source>Generated passwords, shown only this once. Give each to its user, who must change it at first access:</source>
        <translation>Password generate, mostrate solo questa volta. Comunica ciascuna al suo utente, che dovrà cambiarla al primo accesso:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message numerus="yes">
        <source>%n mailboxes of %1 written to %2.</source>
        <translation>
            <numerusform>%n casella di %1 scritta in %2.</numerusform>
            <numerusform>%n caselle di %1 scritte in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain %1 changed.</source>
        <translation>Dominio %1 modificato.</translation>
    </message>
    <message>
        <source>Domain %1 removed, with its postmaster mailbox.</source>
        <translation>Dominio %1 rimosso, con la sua casella postmaster.</translation>
    </message>
    <message>
        <source>Its disk quota is %1 MB, the default: the server does not state the domain&apos;s limits. Use --quota-mb to choose another.</source>
        <translation>La sua quota disco è di %1 MB, il valore predefinito: il server non indica i limiti del dominio. Usare --quota-mb per sceglierne un&apos;altra.</translation>
    </message>
    <message>
        <source>Disk quota to allocate: %1 MB. The server does not state the space the domain has left: it checks it itself.</source>
        <translation>Quota disco da assegnare: %1 MB. Il server non indica lo spazio rimasto al dominio: lo controlla da sé.</translation>
    </message>
    <message>
        <source>The server lists no domains: name the ones to work on with --domain NAME.</source>
        <translation>Il server non elenca alcun dominio: indica quelli su cui lavorare con --domain NOME.</translation>
    </message>
    <message>
        <source>No changes recorded that match.</source>
        <translation>Nessuna modifica registrata corrisponde.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Orario (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Mailbox or domain</source>
        <translation>Casella o dominio</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message numerus="yes">
        <source>%n history entries written to %1.</source>
        <translation>
            <numerusform>%n voce dello storico scritta in %1.</numerusform>
            <numerusform>%n voci dello storico scritte in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>La voce %1 è stata modificata dopo essere stata scritta.</translation>
    </message>
    <message>
        <source>Entry %1 was removed.</source>
        <translation>La voce %1 è stata rimossa.</translation>
    </message>
    <message>
        <source>Entry %1 is not the one that followed entry %2: entries were moved.</source>
        <translation>La voce %1 non è quella che seguiva la voce %2: delle voci sono state spostate.</translation>
    </message>
    <message>
        <source>Entry %1, kept elsewhere, is missing: the history ends at entry %2.</source>
        <translation>Manca la voce %1, conservata altrove: lo storico finisce alla voce %2.</translation>
    </message>
    <message>
        <source>Entry %1 is not the one kept elsewhere: the history was rewritten.</source>
        <translation>La voce %1 non è quella conservata altrove: lo storico è stato riscritto.</translation>
    </message>
    <message>
        <source>The history does not hold: %1</source>
        <translation>Lo storico non è integro: %1</translation>
    </message>
    <message>
        <source>The history is empty.</source>
        <translation>Lo storico è vuoto.</translation>
    </message>
    <message numerus="yes">
        <source>The history holds: %n entries checked, up to %1.</source>
        <translation>
            <numerusform>Lo storico è integro: %n voce controllata, fino a %1.</numerusform>
            <numerusform>Lo storico è integro: %n voci controllate, fino a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entries removed; checkpoint %1 added.</source>
        <translation>
            <numerusform>%n voce dello storico rimossa; aggiunta la voce di chiusura %1.</numerusform>
            <numerusform>%n voci dello storico rimosse; aggiunta la voce di chiusura %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) are refused. Correct them, or add --skip-invalid to create only the ready rows.</source>
        <translation>
            <numerusform>Non è stato importato nulla: %n riga è rifiutata. Correggila, oppure aggiungi --skip-invalid per creare solo le righe pronte.</numerusform>
            <numerusform>Non è stato importato nulla: %n righe sono rifiutate. Correggile, oppure aggiungi --skip-invalid per creare solo le righe pronte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Dettaglio: %1</translation>
    </message>
    <message>
        <source>Mailbox %1 deleted; its mail is removed by the mail server within a minute.</source>
        <translation>Casella %1 eliminata; i suoi messaggi vengono rimossi dal server di posta entro un minuto.</translation>
    </message>
    <message>
        <source>Mail of %1 removed.</source>
        <translation>Messaggi di %1 rimossi.</translation>
    </message>
    <message>
        <source>Mail of %1 not removed: %2</source>
        <translation>Messaggi di %1 non rimossi: %2</translation>
    </message>
    <message>
        <source>No deleted mailbox was waiting for its mail to be removed.</source>
        <translation>Nessuna casella eliminata attendeva la rimozione dei suoi messaggi.</translation>
    </message>
    <message>
        <source>The report of the history of %1 was written to %2.</source>
        <translation>Il rapporto dello storico di %1 è stato scritto in %2.</translation>
    </message>
    <message>
        <source>Password of %1 changed: the user can log in to the mail server with it.</source>
        <translation>Password di %1 cambiata: l&apos;utente può accedere al server di posta con questa.</translation>
    </message>
</context>
<context>
    <name>pecadmin::ConflictDialog</name>
    <message>
        <source>Enabled</source>
        <translation>Abilitata</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabilitata</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>No warning threshold</extracomment>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Disattiva</translation>
    </message>
    <message>
        <source>No such mailbox on the server</source>
        <translation>Nessuna casella così sul server</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Casella</translation>
    </message>
    <message>
        <source>Created offline</source>
        <translation>Creata offline</translation>
    </message>
    <message>
        <source>Exists</source>
        <translation>Esiste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Warning threshold</source>
        <translation>Soglia di avviso</translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>Archiviazione</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>A new password</source>
        <translation>Una nuova password</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Invariata</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminata</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>Conflict — %1</source>
        <extracomment>The conflict view&apos;s title</extracomment>
        <translation>Conflitto — %1</translation>
    </message>
    <message>
        <source>The server refused this change made offline: %1. Nothing is overwritten until you choose.</source>
        <translation>Il server ha rifiutato questa modifica fatta offline: %1. Nulla viene sovrascritto finché non scegli.</translation>
    </message>
    <message>
        <source>What the server said</source>
        <translation>Che cosa ha risposto il server</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mia</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Del server</translation>
    </message>
    <message>
        <source>Mine against theirs</source>
        <translation>La mia modifica a confronto con il server</translation>
    </message>
    <message>
        <source>Apply &amp;Mine Anyway</source>
        <translation>Applica &amp;comunque la mia</translation>
    </message>
    <message>
        <source>Apply mine anyway</source>
        <translation>Applica comunque la mia</translation>
    </message>
    <message>
        <source>Send my change again over the server&apos;s values</source>
        <translation>Invia di nuovo la mia modifica sopra i valori del server</translation>
    </message>
    <message>
        <source>The mailbox is gone from the server, or its address is taken: my change cannot be applied</source>
        <translation>La casella non c&apos;è più sul server, oppure il suo indirizzo è occupato: la mia modifica non si può applicare</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Mantieni quella del &amp;server</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Mantieni quella del server</translation>
    </message>
    <message>
        <source>Drop my change and keep the server&apos;s values</source>
        <translation>Scarta la mia modifica e mantieni i valori del server</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>Edit my change</source>
        <translation>Modifica la mia modifica</translation>
    </message>
    <message>
        <source>Drop my change and make it again in its dialog, starting from my values</source>
        <translation>Scarta la mia modifica e rifalla nella sua finestra, partendo dai miei valori</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Decidi &amp;dopo</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decidi dopo</translation>
    </message>
    <message>
        <source>The address %1 was taken on the server while you were offline. Edit mine to create it with another address, or keep theirs to drop it.</source>
        <translation>L&apos;indirizzo %1 è stato preso sul server mentre lavoravi offline. Modifica la mia casella per crearla con un altro indirizzo, oppure mantieni quella del server e scarta la mia.</translation>
    </message>
    <message>
        <source>The mailbox %1 was deleted on the server too. Keep theirs to drop my deletion.</source>
        <translation>La casella %1 è stata eliminata anche sul server. Mantieni quella del server per scartare la mia eliminazione.</translation>
    </message>
    <message>
        <source>The mailbox %1 was deleted on the server while you were offline. Create it again, or keep theirs to drop my change.</source>
        <translation>La casella %1 è stata eliminata sul server mentre lavoravi offline. Creala di nuovo, oppure mantieni quella del server per scartare la mia modifica.</translation>
    </message>
    <message>
        <source>The mailbox %1 was changed on the server while you were offline. Apply mine to delete it as it is now, edit to look at it again before deleting it, or keep theirs to keep it.</source>
        <translation>La casella %1 è stata modificata sul server mentre lavoravi offline. Applica la mia per eliminarla com&apos;è ora, modificala per riguardarla prima di eliminarla, oppure mantieni quella del server per tenerla.</translation>
    </message>
    <message>
        <source>The mailbox %1 was changed on the server while you were offline. Compare the values below and choose which to keep.</source>
        <translation>La casella %1 è stata modificata sul server mentre lavoravi offline. Confronta i valori qui sotto e scegli quali tenere.</translation>
    </message>
    <message>
        <source>&amp;Create Again…</source>
        <translation>&amp;Crea di nuovo…</translation>
    </message>
    <message>
        <source>Create the mailbox again</source>
        <translation>Crea di nuovo la casella</translation>
    </message>
    <message>
        <source>Drop my change and open the new mailbox dialog with this address, to create it again</source>
        <translation>Scarta la mia modifica e apri la finestra della nuova casella con questo indirizzo, per crearla di nuovo</translation>
    </message>
    <message>
        <source>Create my mailbox with another address or quota, with the same password</source>
        <translation>Crea la mia casella con un altro indirizzo o un&apos;altra quota, con la stessa password</translation>
    </message>
    <message>
        <source>Drop my deletion and open the deletion dialog on the mailbox as the server has it, to confirm it there</source>
        <translation>Scarta la mia eliminazione e apri la finestra di eliminazione sulla casella com&apos;è sul server, per confermarla lì</translation>
    </message>
    <message>
        <source>My mailbox, with another address</source>
        <translation>La mia casella, con un altro indirizzo</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>Address of my mailbox</source>
        <translation>Indirizzo della mia casella</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>&amp;Quota:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Disk quota in MB</source>
        <translation>Quota disco in MB</translation>
    </message>
    <message>
        <source>&amp;Send as New Mailbox</source>
        <translation>&amp;Invia come nuova casella</translation>
    </message>
    <message>
        <source>Send as new mailbox</source>
        <translation>Invia come nuova casella</translation>
    </message>
    <message>
        <source>Create my mailbox with this address when the journal is sent</source>
        <translation>Crea la mia casella con questo indirizzo quando le modifiche sono inviate</translation>
    </message>
</context>
<context>
    <name>pecadmin::ConnectionController</name>
    <message>
        <source>The server answers again: back online.</source>
        <translation>Il server risponde di nuovo: di nuovo online.</translation>
    </message>
    <message>
        <source>There is no copy of this connection for offline work yet.</source>
        <translation>Non c’è ancora una copia di questa connessione per il lavoro offline.</translation>
    </message>
</context>
<context>
    <name>pecadmin::Console</name>
    <message>
        <source>The operation failed without saying why.</source>
        <translation>L&apos;operazione non è riuscita, senza indicarne il motivo.</translation>
    </message>
    <message>
        <source>detail: %1</source>
        <translation>dettaglio: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <source>The server ended the session: run the command again.</source>
        <translation>Il server ha chiuso la sessione: esegui di nuovo il comando.</translation>
    </message>
</context>
<context>
    <name>pecadmin::CreateMailboxDialog</name>
    <message>
        <source>Create Mailbox</source>
        <translation>Crea casella</translation>
    </message>
    <message>
        <source>Create a mailbox in the domain %1. You will see its password once, to pass it on to the user.</source>
        <translation>Crea una casella nel dominio %1. Vedrai la sua password una sola volta, per comunicarla all&apos;utente.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Disk space</source>
        <translation>Spazio disco</translation>
    </message>
    <message>
        <source>Mailbox name</source>
        <translation>Nome della casella</translation>
    </message>
    <message>
        <source>mario.rossi</source>
        <translation>mario.rossi</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Mailbox name error</source>
        <translation>Errore nel nome della casella</translation>
    </message>
    <message>
        <source>Disk &amp;quota:</source>
        <translation>&amp;Quota disco:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Disk quota in MB</source>
        <translation>Quota disco in MB</translation>
    </message>
    <message>
        <source>At most %1 MB: %2 MB per mailbox, and the domain has %3 MB left to allocate.</source>
        <translation>Al massimo %1 MB: %2 MB per casella, e al dominio restano %3 MB da assegnare.</translation>
    </message>
    <message>
        <source>Disk quota limits</source>
        <translation>Limiti della quota disco</translation>
    </message>
    <message>
        <source>Disk quota error</source>
        <translation>Errore nella quota disco</translation>
    </message>
    <message>
        <source>&amp;Soft quota:</source>
        <translation>&amp;Soglia di avviso:</translation>
    </message>
    <message>
        <source>No warning</source>
        <translation>Nessun avviso</translation>
    </message>
    <message>
        <source>Soft quota in MB</source>
        <translation>Soglia di avviso (soft quota) in MB</translation>
    </message>
    <message>
        <source>The size at which the user receives a warning message; 0 for no warning</source>
        <translation>La soglia di avviso (soft quota): la dimensione raggiunta la quale l&apos;utente riceve un messaggio di avviso; 0 per nessun avviso</translation>
    </message>
    <message>
        <source>Soft quota error</source>
        <translation>Errore nella soglia di avviso</translation>
    </message>
    <message>
        <source>Keep receipts in conservazione sostitutiva (legal &amp;archiving)</source>
        <translation>&amp;Attiva la conservazione sostitutiva delle ricevute</translation>
    </message>
    <message>
        <source>Conservazione sostitutiva</source>
        <translation>Conservazione sostitutiva</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Creating the mailbox</source>
        <translation>Creazione della casella in corso</translation>
    </message>
    <message>
        <source>C&amp;reate mailbox</source>
        <translation>&amp;Crea casella</translation>
    </message>
    <message>
        <source>Create mailbox</source>
        <translation>Crea casella</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>The server does not state the domain&apos;s limits: it checks the quota and the space left itself.</source>
        <translation>Il server non indica i limiti del dominio: controlla da sé la quota e lo spazio rimasto.</translation>
    </message>
</context>
<context>
    <name>pecadmin::CredentialLetters</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>The letters could not be drawn.</source>
        <translation>Impossibile generare le lettere.</translation>
    </message>
    <message>
        <source>credential-letters.pdf</source>
        <extracomment>The file name a save dialog suggests for credential letters; keep .pdf</extracomment>
        <translation>lettere-credenziali.pdf</translation>
    </message>
    <message>
        <source>Save Credential Letters</source>
        <translation>Salva lettere delle credenziali</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documenti PDF (*.pdf);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Print Credential Letters</source>
        <translation>Stampa lettere delle credenziali</translation>
    </message>
    <message>
        <source>The letters could not be printed.</source>
        <translation>Impossibile stampare le lettere.</translation>
    </message>
</context>
<context>
    <name>pecadmin::CredentialLettersBar</name>
    <message>
        <source>Credential &amp;letters in:</source>
        <translation>&amp;Lettere in:</translation>
    </message>
    <message>
        <source>Language of the credential letters</source>
        <translation>Lingua delle lettere delle credenziali</translation>
    </message>
    <message numerus="yes">
        <source>Save %n letter(s) as P&amp;DF…</source>
        <translation>
            <numerusform>Salva %n lettera in P&amp;DF…</numerusform>
            <numerusform>Salva %n lettere in P&amp;DF…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>P&amp;rint %n letter(s)…</source>
        <translation>
            <numerusform>S&amp;tampa %n lettera…</numerusform>
            <numerusform>S&amp;tampa %n lettere…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pecadmin::CredentialsPage</name>
    <message>
        <source>Write down the credentials and pass them on to the user now: the password is shown only this once.</source>
        <translation>Annota le credenziali e comunicale subito all&apos;utente: la password viene mostrata solo questa volta.</translation>
    </message>
    <message>
        <source>Credentials shown once</source>
        <translation>Credenziali mostrate una sola volta</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>Mailbox address</source>
        <translation>Indirizzo della casella</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nuova password</translation>
    </message>
    <message>
        <source>&amp;Copy address and password</source>
        <translation>&amp;Copia indirizzo e password</translation>
    </message>
    <message>
        <source>Copy address and password</source>
        <translation>Copia indirizzo e password</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiato negli appunti.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
    <message>
        <source>The user must change this password at the first access to the mailbox.</source>
        <translation>L&apos;utente deve cambiare questa password al primo accesso alla casella.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Promemoria</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Address: %1
Password: %2</source>
        <translation>Indirizzo: %1
Password: %2</translation>
    </message>
</context>
<context>
    <name>pecadmin::DeleteMailboxesDialog</name>
    <message>
        <source>Delete Mailbox</source>
        <translation>Elimina casella</translation>
    </message>
    <message>
        <source>Deleting %1 deletes every message in every folder of the mailbox, for ever. The provider keeps no backup: nothing can be recovered.</source>
        <translation>Eliminare %1 cancella per sempre ogni messaggio in ogni cartella della casella. Il gestore non conserva alcun backup: non sarà possibile recuperare nulla.</translation>
    </message>
    <message>
        <source>If the mailbox is no longer used but its messages may still be needed, disable it instead: a disabled mailbox keeps its messages.</source>
        <translation>Se la casella non è più utilizzata ma i suoi messaggi potrebbero ancora servire, disabilitala invece di cancellarla: una casella disabilitata conserva i suoi messaggi.</translation>
    </message>
    <message>
        <source>To confirm, type the address of the mailbox, %1:</source>
        <translation>Per confermare, digita l&apos;indirizzo della casella, %1:</translation>
    </message>
    <message>
        <source>&amp;Delete mailbox</source>
        <translation>&amp;Elimina casella</translation>
    </message>
    <message>
        <source>Delete Mailboxes</source>
        <translation>Elimina caselle</translation>
    </message>
    <message>
        <source>Deleting these mailboxes deletes every message in every folder of each of them, for ever. The provider keeps no backup: nothing can be recovered.</source>
        <translation>Eliminare queste caselle cancella per sempre ogni messaggio in ogni cartella di ciascuna di esse. Il gestore non conserva alcun backup: non sarà possibile recuperare nulla.</translation>
    </message>
    <message>
        <source>If the mailboxes are no longer used but their messages may still be needed, disable them instead: a disabled mailbox keeps its messages.</source>
        <translation>Se le caselle non sono più utilizzate ma i loro messaggi potrebbero ancora servire, disabilitale invece di cancellarle: una casella disabilitata conserva i suoi messaggi.</translation>
    </message>
    <message numerus="yes">
        <source>To confirm, type the number of mailboxes to delete, %n:</source>
        <translation>
            <numerusform>Per confermare, digita il numero di caselle da cancellare, %n:</numerusform>
            <numerusform>Per confermare, digita il numero di caselle da cancellare, %n:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n mailbox(es)</source>
        <translation>
            <numerusform>&amp;Elimina %n casella</numerusform>
            <numerusform>&amp;Elimina %n caselle</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggerimento</translation>
    </message>
    <message>
        <source>Mailboxes to delete</source>
        <translation>Caselle da cancellare</translation>
    </message>
    <message>
        <source>Mailboxes that cannot be deleted</source>
        <translation>Caselle che non possono essere cancellate</translation>
    </message>
    <message>
        <source>Type the address to confirm</source>
        <translation>Digita l&apos;indirizzo per confermare</translation>
    </message>
    <message>
        <source>Type the number of mailboxes to confirm</source>
        <translation>Digita il numero di caselle per confermare</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>The mailbox changed meanwhile and was not deleted. Check it, then delete it again if you still want to.</source>
        <translation>La casella è cambiata nel frattempo e non è stata cancellata. Controllala, poi cancellala di nuovo se lo desideri ancora.</translation>
    </message>
    <message>
        <source>Mailbox read again</source>
        <translation>Casella riletta</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Eliminazione in corso</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>%1 (left out)</source>
        <translation>%1 (esclusa)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (non riuscita)</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (cancellata)</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) deleted.</source>
        <translation>
            <numerusform>%n casella cancellata.</numerusform>
            <numerusform>%n caselle cancellate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) not deleted:</source>
        <translation>
            <numerusform>%n casella non cancellata:</numerusform>
            <numerusform>%n caselle non cancellate:</numerusform>
        </translation>
    </message>
    <message>
        <source>The deletion was cancelled: the mailboxes not deleted are as they were.</source>
        <translation>La cancellazione è stata annullata: le caselle non cancellate sono rimaste come erano.</translation>
    </message>
    <message>
        <source>Mailbox %1 deleted; its mail is removed by the mail server within a minute.</source>
        <translation>Casella %1 eliminata; i suoi messaggi vengono rimossi dal server di posta entro un minuto.</translation>
    </message>
    <message>
        <source>Mailbox %1 deleted.</source>
        <translation>Casella %1 eliminata.</translation>
    </message>
    <message>
        <source>Their mail is removed by the mail server within a minute.</source>
        <translation>I loro messaggi vengono rimossi dal server di posta entro un minuto.</translation>
    </message>
</context>
<context>
    <name>pecadmin::EnableMailboxesDialog</name>
    <message>
        <source>Enable Mailboxes</source>
        <translation>Abilita caselle</translation>
    </message>
    <message>
        <source>Enabling a mailbox restores access to it: its user can sign in and send again, and mail sent to it is delivered again.</source>
        <translation>Abilitare una casella ne ripristina l&apos;accesso: il suo utente può di nuovo accedere e inviare, e la posta inviata alla casella viene di nuovo consegnata.</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) will be enabled:</source>
        <translation>
            <numerusform>Verrà abilitata %n casella:</numerusform>
            <numerusform>Verranno abilitate %n caselle:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Enable %n mailbox(es)</source>
        <translation>
            <numerusform>&amp;Abilita %n casella</numerusform>
            <numerusform>&amp;Abilita %n caselle</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabling</source>
        <translation>Abilitazione in corso</translation>
    </message>
    <message>
        <source>Disable Mailboxes</source>
        <translation>Disabilita caselle</translation>
    </message>
    <message>
        <source>A disabled mailbox keeps its messages, but nobody can access it, it cannot send, and mail sent to it is not delivered. You can enable it again at any time.</source>
        <translation>Una casella disabilitata conserva i suoi messaggi, ma nessuno può accedervi, non può inviare e la posta inviata a essa non viene consegnata. Puoi abilitarla di nuovo in qualsiasi momento.</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) will be disabled:</source>
        <translation>
            <numerusform>Verrà disabilitata %n casella:</numerusform>
            <numerusform>Verranno disabilitate %n caselle:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Disable %n mailbox(es)</source>
        <translation>
            <numerusform>&amp;Disabilita %n casella</numerusform>
            <numerusform>&amp;Disabilita %n caselle</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabling</source>
        <translation>Disabilitazione in corso</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Cosa significa</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Caselle</translation>
    </message>
    <message>
        <source>Mailboxes left out</source>
        <translation>Caselle escluse</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>%1 (left out)</source>
        <translation>%1 (esclusa)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (non riuscita)</translation>
    </message>
    <message>
        <source>%1 (enabled)</source>
        <translation>%1 (abilitata)</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (disabilitata)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Escluse: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) enabled.</source>
        <translation>
            <numerusform>%n casella abilitata.</numerusform>
            <numerusform>%n caselle abilitate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) disabled.</source>
        <translation>
            <numerusform>%n casella disabilitata.</numerusform>
            <numerusform>%n caselle disabilitate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) not changed:</source>
        <translation>
            <numerusform>%n casella non modificata:</numerusform>
            <numerusform>%n caselle non modificate:</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was cancelled: the mailboxes not done are as they were.</source>
        <translation>La modifica è stata annullata: le caselle in cui non è stata eseguita sono rimaste com&apos;erano.</translation>
    </message>
    <message>
        <source>What was done to each mailbox:</source>
        <translation>Cosa è stato fatto a ciascuna casella:</translation>
    </message>
</context>
<context>
    <name>pecadmin::ExportDialog</name>
    <message>
        <source>%1.csv</source>
        <extracomment>The file name an export suggests: %1 is the domain</extracomment>
        <translation>%1.csv</translation>
    </message>
    <message>
        <source>%1-selected.csv</source>
        <translation>%1-selezionate.csv</translation>
    </message>
    <message>
        <source>Export Mailboxes</source>
        <translation>Esporta caselle</translation>
    </message>
    <message>
        <source>Export Selected Mailboxes</source>
        <translation>Esporta caselle selezionate</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>The export was cancelled: no file was written.</source>
        <translation>L&apos;esportazione è stata annullata: non è stato scritto alcun file.</translation>
    </message>
    <message numerus="yes">
        <source>Every mailbox of %1 (%n mailbox(es)) will be written to a CSV file.</source>
        <translation>
            <numerusform>Ogni casella di %1 (%n casella) verrà scritta in un file CSV.</numerusform>
            <numerusform>Tutte le caselle di %1 (%n caselle) verranno scritte in un file CSV.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected mailbox(es) will be written to a CSV file.</source>
        <translation>
            <numerusform>%n casella selezionata verrà scritta in un file CSV.</numerusform>
            <numerusform>Le %n caselle selezionate verranno scritte in un file CSV.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is exported</source>
        <translation>Cosa viene esportato</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separatore:</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgola (,)</translation>
    </message>
    <message>
        <source>Semicolon (;): spreadsheets set to Italian</source>
        <translation>Punto e virgola (;): fogli di calcolo impostati in italiano</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separatore</translation>
    </message>
    <message>
        <source>&amp;Column names in:</source>
        <translation>&amp;Nomi delle colonne in:</translation>
    </message>
    <message>
        <source>Language of the column names</source>
        <translation>Lingua dei nomi delle colonne</translation>
    </message>
    <message>
        <source>Passwords are never exported. Cells that a spreadsheet would run as a formula are written as plain text.</source>
        <translation>Le password non vengono mai esportate. Le celle che un foglio di calcolo eseguirebbe come formula vengono scritte come testo semplice.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n mailbox(es) written.</source>
        <translation>
            <numerusform>Esportazione in corso… %n casella scritta.</numerusform>
            <numerusform>Esportazione in corso… %n caselle scritte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) exported to %1.</source>
        <translation>
            <numerusform>%n casella esportata in %1.</numerusform>
            <numerusform>%n caselle esportate in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>pecadmin::FileDialog</name>
    <message>
        <source>The file %1 exists already. Replace it?</source>
        <translation>Il file %1 esiste già. Sostituirlo?</translation>
    </message>
</context>
<context>
    <name>pecadmin::GuiCommandLine</name>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Opens the local store FILE instead of the last store or connection used; a new store if FILE does not exist.</source>
        <translation>Apre l&apos;archivio locale FILE invece dell&apos;ultimo archivio o dell&apos;ultima connessione usati; un nuovo archivio se FILE non esiste.</translation>
    </message>
    <message>
        <source>Shows this help and exits.</source>
        <translation>Mostra questo aiuto ed esce.</translation>
    </message>
    <message>
        <source>Shows the version and exits.</source>
        <translation>Mostra la versione ed esce.</translation>
    </message>
    <message>
        <source>A store file to open, as a file manager passes it: the same as --store FILE.</source>
        <translation>Un file di archivio da aprire, come lo passa un gestore di file: come --store FILE.</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Opzione sconosciuta “%1”.</translation>
    </message>
    <message>
        <source>Give either --store FILE or a FILE, not both.</source>
        <translation>Indica --store FILE oppure un FILE, non entrambi.</translation>
    </message>
    <message>
        <source>Administers the domains and mailboxes of PEC (certified e-mail): a local store, a shared store on PostgreSQL, or a provider&apos;s SCIM server.</source>
        <translation>Amministra i domini e le caselle PEC (posta elettronica certificata): un archivio locale, un archivio condiviso su PostgreSQL o il server SCIM di un gestore.</translation>
    </message>
    <message>
        <source>[--store FILE] [FILE]</source>
        <comment>command synopsis: translate only the words in capitals</comment>
        <translation>[--store FILE] [FILE]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argomenti:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opzioni:</translation>
    </message>
    <message>
        <source>The command-line tool pecadmin-cli does the same work in a terminal or a script: “pecadmin-cli help”.</source>
        <translation>Lo strumento a riga di comando pecadmin-cli fa lo stesso lavoro in un terminale o in uno script: “pecadmin-cli help”.</translation>
    </message>
    <message>
        <source>Run “%1” to see every option.</source>
        <translation>Esegui “%1” per vedere tutte le opzioni.</translation>
    </message>
    <message>
        <source>Only one store is opened: %1 is not.</source>
        <translation>Si apre un solo archivio: %1 non viene aperto.</translation>
    </message>
    <message>
        <source>The option “%1” needs a value.</source>
        <translation>L&apos;opzione “%1” richiede un valore.</translation>
    </message>
    <message>
        <source>Saves a picture of the window as the PNG file FILE once the store is shown, and quits: for documentation and bug reports, also without a screen (-platform offscreen).</source>
        <translation>Salva un&apos;immagine della finestra nel file PNG FILE appena l&apos;archivio è mostrato, ed esce: per la documentazione e le segnalazioni di errori, anche senza schermo (-platform offscreen).</translation>
    </message>
    <message>
        <source>The picture could not be saved as %1.</source>
        <translation>Non è stato possibile salvare l&apos;immagine come %1.</translation>
    </message>
</context>
<context>
    <name>pecadmin::HistoryDialog</name>
    <message>
        <source>Export the history</source>
        <translation>Esporta lo storico</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Non è stato possibile scrivere il file %1: %2</translation>
    </message>
    <message>
        <source>The history was written to %1.</source>
        <translation>Lo storico è stato scritto in %1.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Storico di %1</translation>
    </message>
    <message>
        <source>&amp;Mailbox:</source>
        <translation>&amp;Casella:</translation>
    </message>
    <message>
        <source>Every mailbox</source>
        <translation>Tutte le caselle</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Casella</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Operazione:</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Every operation</source>
        <translation>Tutte le operazioni</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data di inizio</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;l</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data di fine</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Modifiche, dalla più recente</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Esporta in CSV…</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Esporta in CSV</translation>
    </message>
    <message>
        <source>Print a report of the history</source>
        <extracomment>The file name a save dialog suggests for the history&apos;s report; keep .pdf</extracomment>
        <translation>Stampa un rapporto dello storico</translation>
    </message>
    <message>
        <source>%1-history.pdf</source>
        <translation>%1-storico.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documenti PDF (*.pdf);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparazione del rapporto…</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Il rapporto è stato scritto in %1.</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>Rapporto (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Print a report of the history to PDF</source>
        <translation>Stampa un rapporto dello storico in PDF</translation>
    </message>
    <message>
        <source>From a date</source>
        <translation>Da una data</translation>
    </message>
    <message>
        <source>To a date</source>
        <translation>Fino a una data</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>pecadmin::HistoryReport</name>
    <message>
        <source>History of changes of %1</source>
        <translation>Storico delle modifiche di %1</translation>
    </message>
    <message>
        <source>the first entry</source>
        <translation>la prima voce</translation>
    </message>
    <message>
        <source>the last entry</source>
        <translation>l’ultima voce</translation>
    </message>
    <message>
        <source>Period: from %1 to %2 (UTC), both included</source>
        <translation>Periodo: da %1 a %2 (UTC), entrambi inclusi</translation>
    </message>
    <message>
        <source>Mailbox: %1</source>
        <translation>Casella: %1</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Operazione: %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utente: %1</translation>
    </message>
    <message>
        <source>Printed by %1 on %2 (UTC)</source>
        <translation>Stampato da %1 il %2 (UTC)</translation>
    </message>
    <message>
        <source>Head of the chain when printed: entry %1, SHA-256 %2</source>
        <translation>Testa della catena alla stampa: voce %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Head of the chain when printed: the history is empty.</source>
        <translation>Testa della catena alla stampa: lo storico è vuoto.</translation>
    </message>
    <message>
        <source>No changes were recorded in this period.</source>
        <translation>Nessuna modifica registrata in questo periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), oldest first.</source>
        <translation>
            <numerusform>%n modifica, dalla meno recente.</numerusform>
            <numerusform>%n modifiche, dalla meno recente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Ora (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Mailbox or domain</source>
        <translation>Casella o dominio</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Impossibile scrivere il file %1: %2</translation>
    </message>
</context>
<context>
    <name>pecadmin::HistoryTableModel</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Domain added</source>
        <translation>Dominio aggiunto</translation>
    </message>
    <message>
        <source>Mailbox created</source>
        <translation>Casella creata</translation>
    </message>
    <message>
        <source>Mailbox changed</source>
        <translation>Casella modificata</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Password reimpostata</translation>
    </message>
    <message>
        <source>Mailbox deleted</source>
        <translation>Casella eliminata</translation>
    </message>
    <message>
        <source>Import or bulk change</source>
        <translation>Importazione o modifica multipla</translation>
    </message>
    <message>
        <source>Older entries removed</source>
        <translation>Voci più vecchie rimosse</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Orario</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Mailbox or domain</source>
        <translation>Casella o dominio</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Domain changed</source>
        <translation>Dominio modificato</translation>
    </message>
    <message>
        <source>Domain removed</source>
        <translation>Dominio rimosso</translation>
    </message>
</context>
<context>
    <name>pecadmin::HistoryView</name>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>No changes recorded that match.</source>
        <translation>Nessuna modifica registrata corrisponde.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n modifica.</numerusform>
            <numerusform>%n modifiche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %n change(s); more load as you scroll.</source>
        <translation>
            <numerusform>La modifica più recente; le altre si caricano scorrendo.</numerusform>
            <numerusform>Le %n modifiche più recenti; le altre si caricano scorrendo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pecadmin::ImportDialog</name>
    <message>
        <source>Row</source>
        <extracomment>The row of the spreadsheet file</extracomment>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Casella</translation>
    </message>
    <message>
        <source>Disk quota</source>
        <translation>Quota disco</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Import Mailboxes</source>
        <translation>Importa caselle</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creata</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) created</source>
        <translation>
            <numerusform>%n casella creata</numerusform>
            <numerusform>%n caselle create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n saltata</numerusform>
            <numerusform>%n saltate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n non riuscita</numerusform>
            <numerusform>%n non riuscite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not done</source>
        <translation>
            <numerusform>%n non eseguita</numerusform>
            <numerusform>%n non eseguite</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>L&apos;importazione si è interrotta: %1</translation>
    </message>
    <message>
        <source>The import was cancelled. The mailboxes created are complete; import the same file again to create the rest.</source>
        <translation>L&apos;importazione è stata annullata. Le caselle create sono complete; importa di nuovo lo stesso file per creare le caselle restanti.</translation>
    </message>
    <message>
        <source>Import Mailboxes into %1</source>
        <translation>Importa caselle in %1</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Nessun file scelto.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>C&amp;hoose a file…</source>
        <translation>Scegli un &amp;file…</translation>
    </message>
    <message>
        <source>C&amp;hoose another file…</source>
        <translation>Scegli un &amp;altro file…</translation>
    </message>
    <message>
        <source>Reading the file and checking it against %1…</source>
        <translation>Lettura del file e verifica rispetto a %1…</translation>
    </message>
    <message>
        <source>Creating the mailboxes. Cancel stops after the current mailbox: every mailbox is created whole or not at all.</source>
        <translation>Creazione delle caselle in corso. Annulla interrompe l&apos;operazione dopo la casella corrente: ogni casella viene creata per intero oppure non viene creata affatto.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message numerus="yes">
        <source>%n mailbox(es) will be created</source>
        <extracomment>The three counts of an import preview, joined: &quot;48 mailboxes will be created, 1 skipped, 1 invalid&quot;</extracomment>
        <translation>
            <numerusform>%n casella verrà creata</numerusform>
            <numerusform>%n caselle verranno create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n non valida</numerusform>
            <numerusform>%n non valide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n mailbox(es)</source>
        <translation>
            <numerusform>&amp;Importa %n casella</numerusform>
            <numerusform>&amp;Importa %n caselle</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Conteggi</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Righe del file</translation>
    </message>
    <message>
        <source>The generated passwords are shown only now: copy them, or save or print the credential letters, before you close this window. Each user must change the password at the first access.</source>
        <translation>Le password generate vengono mostrate solo ora: copiale, oppure salva o stampa le lettere delle credenziali, prima di chiudere questa finestra. Ogni utente deve cambiare la password al primo accesso.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>The file is imported only when no row is refused: correct it and choose it again, or import only the ready rows.</source>
        <translation>Il file viene importato solo se nessuna riga è rifiutata: correggilo e sceglilo di nuovo, oppure importa solo le righe pronte.</translation>
    </message>
    <message numerus="yes">
        <source>Import &amp;only the %n ready row(s)</source>
        <translation>
            <numerusform>Importa s&amp;olo la riga pronta</numerusform>
            <numerusform>Importa s&amp;olo le %n righe pronte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pecadmin::ImportPlan</name>
    <message numerus="yes">
        <source>%n rows give no disk quota: they get %1 MB, the largest quota of a mailbox of the domain.</source>
        <translation>
            <numerusform>%n riga non indica la quota disco: riceve %1 MB, la quota massima di una casella del dominio.</numerusform>
            <numerusform>%n righe non indicano la quota disco: ricevono %1 MB, la quota massima di una casella del dominio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows give no password: a password is generated for each, following the domain&apos;s policy, and shown once when the import ends.</source>
        <translation>
            <numerusform>%n riga non indica la password: ne viene generata una secondo i criteri del dominio, mostrata una sola volta al termine dell&apos;importazione.</numerusform>
            <numerusform>%n righe non indicano la password: per ciascuna ne viene generata una secondo i criteri del dominio, mostrata una sola volta al termine dell&apos;importazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronta</translation>
    </message>
    <message>
        <source>exists, will be skipped</source>
        <translation>esiste già, verrà saltata</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>non valida</translation>
    </message>
    <message numerus="yes">
        <source>%n rows give no disk quota: they get %1 MB. The server does not state the domain&apos;s limits: it checks the quotas itself.</source>
        <translation>
            <numerusform>%n riga non indica la quota disco: riceve %1 MB. Il server non indica i limiti del dominio: controlla le quote da sé.</numerusform>
            <numerusform>%n righe non indicano la quota disco: ricevono %1 MB. Il server non indica i limiti del dominio: controlla le quote da sé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pecadmin::JournalCommands</name>
    <message>
        <source>pending</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <source>sent, answer not read</source>
        <translation>inviata, risposta non letta</translation>
    </message>
    <message>
        <source>CONFLICT</source>
        <translation>CONFLITTO</translation>
    </message>
    <message>
        <source>the server has no such mailbox</source>
        <translation>il server non ha questa casella</translation>
    </message>
    <message>
        <source>the server holds: %1, quota %2 MB, warning threshold %3 MB, archiving %4</source>
        <translation>sul server: %1, quota %2 MB, soglia di avviso %3 MB, conservazione %4</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>abilitata</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabilitata</translation>
    </message>
    <message>
        <source>on</source>
        <translation>attiva</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattiva</translation>
    </message>
    <message>
        <source>No changes wait to be sent.</source>
        <translation>Nessuna modifica in attesa di invio.</translation>
    </message>
    <message>
        <source>See pecadmin-cli help journal send.</source>
        <translation>Vedi pecadmin-cli help journal send.</translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n applicata</numerusform>
            <numerusform>%n applicate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n in conflitto</numerusform>
            <numerusform>%n in conflitto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n ancora in attesa</numerusform>
            <numerusform>%n ancora in attesa</numerusform>
        </translation>
    </message>
    <message>
        <source>See the changes in conflict with “pecadmin-cli --profile %1 journal list”.</source>
        <translation>Vedi le modifiche in conflitto con “pecadmin-cli --profile %1 journal list”.</translation>
    </message>
    <message>
        <source>See pecadmin-cli help journal.</source>
        <translation>Vedi pecadmin-cli help journal.</translation>
    </message>
    <message>
        <source>Change %1 cancelled, with the later changes of the same mailbox.</source>
        <translation>Modifica %1 annullata, con le modifiche successive della stessa casella.</translation>
    </message>
    <message>
        <source>Every change made offline was cancelled.</source>
        <translation>Tutte le modifiche fatte offline sono state annullate.</translation>
    </message>
    <message>
        <source>Change %1 will be sent again, over the server&apos;s values, at the next journal send.</source>
        <translation>La modifica %1 sarà inviata di nuovo, sopra i valori del server, al prossimo journal send.</translation>
    </message>
    <message>
        <source>Change %1 dropped: the copy keeps the server&apos;s values.</source>
        <translation>Modifica %1 scartata: la copia mantiene i valori del server.</translation>
    </message>
</context>
<context>
    <name>pecadmin::JournalModel</name>
    <message>
        <source>Pending</source>
        <extracomment>A change made offline that waits to be sent</extracomment>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Sending</source>
        <extracomment>A change made offline sent to the server, whose answer has not been read yet</extracomment>
        <translation>In invio</translation>
    </message>
    <message>
        <source>Conflict</source>
        <extracomment>A change made offline that the server refused: it waits for a choice</extracomment>
        <translation>In conflitto</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>The journal&apos;s column: when the change was made</extracomment>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>The journal&apos;s column: what the change does</extracomment>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>pecadmin::JournalPane</name>
    <message>
        <source>The server cannot be reached now: the changes are sent when it is.</source>
        <translation>Il server ora non è raggiungibile: le modifiche saranno inviate quando lo sarà.</translation>
    </message>
    <message>
        <source>Cancel All Changes</source>
        <translation>Annulla tutte le modifiche</translation>
    </message>
    <message numerus="yes">
        <source>Cancel the %n change(s) made offline? The mailboxes go back to how they were before them, and nothing of them is sent to the server.</source>
        <translation>
            <numerusform>Annullare la modifica fatta offline? La casella torna com&apos;era prima, e nulla viene inviato al server.</numerusform>
            <numerusform>Annullare le %n modifiche fatte offline? Le caselle tornano com&apos;erano prima, e nulla viene inviato al server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <extracomment>The end of a sending of the journal: &quot;12 applied, 1 conflict&quot;</extracomment>
        <translation>
            <numerusform>%n applicata</numerusform>
            <numerusform>%n applicate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n in conflitto</numerusform>
            <numerusform>%n in conflitto</numerusform>
        </translation>
    </message>
    <message>
        <source>Result of the sending</source>
        <translation>Esito dell&apos;invio</translation>
    </message>
    <message>
        <source>No change made offline waits to be sent.</source>
        <translation>Nessuna modifica fatta offline è in attesa di invio.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline wait to be sent, in this order.</source>
        <translation>
            <numerusform>%n modifica fatta offline attende di essere inviata.</numerusform>
            <numerusform>%n modifiche fatte offline attendono di essere inviate, in quest&apos;ordine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 made offline wait to be sent, %n in conflict: choose what to keep.</source>
        <extracomment>%1 is &quot;3 changes&quot;; the conflicts wait for a choice</extracomment>
        <translation>
            <numerusform>%1 fatte offline in attesa di invio, %n in conflitto: scegli che cosa tenere.</numerusform>
            <numerusform>%1 fatte offline in attesa di invio, %n in conflitto: scegli che cosa tenere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modifica</numerusform>
            <numerusform>%n modifiche</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes made offline</source>
        <translation>Modifiche fatte offline</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Avanzamento dell&apos;invio</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <extracomment>The progress of a sending: &quot;3 of 12&quot;</extracomment>
        <translation>%v di %m</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Invia ora</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Invia ora</translation>
    </message>
    <message>
        <source>&amp;Resolve Conflict…</source>
        <translation>&amp;Risolvi il conflitto…</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Risolvi il conflitto</translation>
    </message>
    <message>
        <source>Mine against the server&apos;s, field by field, and a choice</source>
        <translation>La mia modifica a confronto con il server, campo per campo, e una scelta</translation>
    </message>
    <message>
        <source>&amp;Cancel Change</source>
        <translation>Annulla la &amp;modifica</translation>
    </message>
    <message>
        <source>Cancel the selected change</source>
        <translation>Annulla la modifica selezionata</translation>
    </message>
    <message>
        <source>Cancel &amp;All</source>
        <translation>Annulla &amp;tutte</translation>
    </message>
    <message>
        <source>Cancel all changes</source>
        <translation>Annulla tutte le modifiche</translation>
    </message>
</context>
<context>
    <name>pecadmin::JournalSender</name>
    <message>
        <source>The mailbox was changed on the server meanwhile.</source>
        <translation>La casella è stata modificata sul server nel frattempo.</translation>
    </message>
    <message>
        <source>The mailbox no longer exists on the server.</source>
        <translation>La casella non esiste più sul server.</translation>
    </message>
</context>
<context>
    <name>pecadmin::MailboxCsv</name>
    <message>
        <source>The column “%1” is not one of the mailbox columns: it is ignored.</source>
        <translation>La colonna “%1” non è una delle colonne delle caselle: viene ignorata.</translation>
    </message>
    <message>
        <source>The column “%1” appears again: only its first occurrence is read.</source>
        <translation>La colonna “%1” compare di nuovo: viene letta solo la sua prima occorrenza.</translation>
    </message>
</context>
<context>
    <name>pecadmin::MailboxDetailsPane</name>
    <message>
        <source>Username:</source>
        <translation>Nome utente:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Dominio:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Disk space used:</source>
        <translation>Spazio disco utilizzato:</translation>
    </message>
    <message>
        <source>Disk quota:</source>
        <translation>Quota disco:</translation>
    </message>
    <message>
        <source>Soft quota:</source>
        <translation>Soglia di avviso:</translation>
    </message>
    <message>
        <source>Archiving:</source>
        <translation>Conservazione sostitutiva:</translation>
    </message>
    <message>
        <source>Must change password:</source>
        <translation>Cambio password obbligatorio:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Data di creazione:</translation>
    </message>
    <message>
        <source>Last modified:</source>
        <translation>Ultima modifica:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versione:</translation>
    </message>
    <message>
        <source>Mailbox details</source>
        <translation>Dettagli della casella</translation>
    </message>
    <message>
        <source>No mailbox selected</source>
        <translation>Nessuna casella selezionata</translation>
    </message>
    <message numerus="yes">
        <source>%n mailboxes selected</source>
        <translation>
            <numerusform>%n casella selezionata</numerusform>
            <numerusform>%n caselle selezionate</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Abilitata</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabilitata</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>None</source>
        <comment>soft quota</comment>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>Not available for this domain</source>
        <translation>Non disponibile per questo dominio</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>archiving</comment>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <comment>archiving</comment>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes, at the next access</source>
        <translation>Sì, al prossimo accesso</translation>
    </message>
    <message>
        <source>No</source>
        <comment>must change password</comment>
        <translation>No</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Usage reported:</source>
        <translation>Uso aggiornato al:</translation>
    </message>
    <message>
        <source>Not reported</source>
        <comment>usage</comment>
        <translation>Non comunicato</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>De&amp;ttagli</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>St&amp;orico</translation>
    </message>
    <message>
        <source>Who changed this mailbox, and when</source>
        <translation>Chi ha modificato questa casella, e quando</translation>
    </message>
    <message>
        <source>Changes of this mailbox, newest first</source>
        <translation>Modifiche di questa casella, dalla più recente</translation>
    </message>
    <message>
        <source>Not reported by the mail server</source>
        <translation>Non comunicato dal server di posta</translation>
    </message>
    <message>
        <source>Soft-quota alarm sent:</source>
        <translation>Allarme di superamento della soglia inviato:</translation>
    </message>
    <message>
        <source>Not reported</source>
        <comment>soft-quota alarm</comment>
        <translation>Non comunicato dal server di posta</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>soft-quota alarm</comment>
        <translation>Mai</translation>
    </message>
</context>
<context>
    <name>pecadmin::MailboxTableModel</name>
    <message>
        <source>Enabled</source>
        <translation>Abilitata</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabilitata</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Disk space used of the quota: &quot;120 MB of 1 GB&quot;</extracomment>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>None</source>
        <comment>soft quota</comment>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>archiving</comment>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <comment>archiving</comment>
        <translation>No</translation>
    </message>
    <message>
        <source>%1: the postmaster mailbox of the domain</source>
        <translation>%1: la casella postmaster del dominio</translation>
    </message>
    <message>
        <source>Enabled: the mailbox receives and sends mail</source>
        <translation>Abilitata: la casella riceve e invia posta</translation>
    </message>
    <message>
        <source>Disabled: the mailbox keeps its content but cannot be accessed, cannot send, and mail sent to it is not delivered</source>
        <translation>Disabilitata: la casella conserva il suo contenuto ma non è accessibile, non può inviare e la posta inviata a essa non viene consegnata</translation>
    </message>
    <message>
        <source>%1 used of a %2 quota (%3%)</source>
        <translation>%1 utilizzati su una quota di %2 (%3%)</translation>
    </message>
    <message>
        <source>The user is warned when the mailbox uses more than %1</source>
        <translation>L&apos;utente viene avvisato quando la casella supera %1</translation>
    </message>
    <message>
        <source>No warning threshold</source>
        <translation>Nessuna soglia di avviso</translation>
    </message>
    <message>
        <source>Legal archiving (conservazione sostitutiva) is on</source>
        <translation>Conservazione sostitutiva attiva</translation>
    </message>
    <message>
        <source>Legal archiving (conservazione sostitutiva) is off</source>
        <translation>Conservazione sostitutiva non attiva</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Disk space used of the quota</source>
        <translation>Spazio disco utilizzato rispetto alla quota</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilizzo</translation>
    </message>
    <message>
        <source>Soft quota</source>
        <translation>Soglia di avviso</translation>
    </message>
    <message>
        <source>Legal archiving (conservazione sostitutiva)</source>
        <translation>Conservazione sostitutiva</translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>Conservazione</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Data di creazione</translation>
    </message>
    <message>
        <source>The server refused a change made offline to this mailbox: it waits for your choice in the journal of changes.</source>
        <translation>Il server ha rifiutato una modifica fatta offline a questa casella: attende una tua scelta nel registro delle modifiche.</translation>
    </message>
    <message>
        <source>Changed offline: the change will be sent when the server is reachable.</source>
        <translation>Modificata offline: la modifica sarà inviata quando il server sarà raggiungibile.</translation>
    </message>
    <message>
        <source>? of %1</source>
        <extracomment>The mail server has not said how much of the quota (&quot;1 GB&quot;) the mailbox uses</extracomment>
        <translation>? di %1</translation>
    </message>
    <message>
        <source>A quota of %1; the mail server has not reported how much of it is used</source>
        <translation>Quota di %1; il server di posta non ha comunicato quanto ne è utilizzato</translation>
    </message>
</context>
<context>
    <name>pecadmin::MainWindow</name>
    <message>
        <source>%1 could not be opened:</source>
        <translation>Impossibile aprire %1:</translation>
    </message>
    <message>
        <source>Local store: %1</source>
        <translation>Archivio locale: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mailboxes</source>
        <extracomment>&quot;12 of 200 mailboxes&quot;: the domain&apos;s mailboxes of its limit; %n is the limit</extracomment>
        <translation>
            <numerusform>%1 di %n casella</numerusform>
            <numerusform>%1 di %n caselle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 allocated</source>
        <extracomment>&quot;6 GB of 50 GB allocated&quot;: the sum of the quotas of the domain&apos;s total space</extracomment>
        <translation>%1 di %2 assegnati</translation>
    </message>
    <message>
        <source>Open a store</source>
        <translation>Apri un archivio</translation>
    </message>
    <message>
        <source>PEC Admin stores (*.sqlite);;All files (*)</source>
        <translation>Archivi di PEC Admin (*.sqlite);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>About PEC Admin</source>
        <translation>Informazioni su PEC Admin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PEC Admin %1&lt;/h3&gt;&lt;p&gt;Administration of PEC (certified e-mail) domains and mailboxes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PEC Admin %1&lt;/h3&gt;&lt;p&gt;Amministrazione di domini e caselle PEC (Posta Elettronica Certificata).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>PEC Admin</source>
        <extracomment>The main window&apos;s title: the application, then the domain shown</extracomment>
        <translation>PEC Admin</translation>
    </message>
    <message>
        <source>%1 · online</source>
        <extracomment>The connection&apos;s name and its state in the status bar: &quot;Provider · online&quot;</extracomment>
        <translation>%1 · online</translation>
    </message>
    <message>
        <source>%1 · offline</source>
        <translation>%1 · offline</translation>
    </message>
    <message>
        <source>Sorting within each page only: the server cannot sort</source>
        <translation>Ordinamento solo all&apos;interno di ogni pagina: il server non può ordinare</translation>
    </message>
    <message>
        <source>Domain limits are checked by the provider</source>
        <translation>I limiti del dominio sono controllati dal gestore</translation>
    </message>
    <message>
        <source>Offline: trying again every 30 seconds</source>
        <translation>Offline: nuovo tentativo ogni 30 secondi</translation>
    </message>
    <message>
        <source>Offline: refresh to try again</source>
        <translation>Offline: aggiorna per riprovare</translation>
    </message>
    <message numerus="yes">
        <source>%n mailboxes</source>
        <extracomment>The domain&apos;s mailbox count where its limits are not known</extracomment>
        <translation>
            <numerusform>%n casella</numerusform>
            <numerusform>%n caselle</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Mailboxes</source>
        <translation>Importa caselle</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Signed in again.</source>
        <translation>Nuovo accesso effettuato.</translation>
    </message>
    <message>
        <source>PEC Admin — %1</source>
        <translation>PEC Admin — %1</translation>
    </message>
    <message>
        <source>This connection keeps no copy for offline work (Manage connections)</source>
        <translation>Questa connessione non conserva una copia per il lavoro offline (Gestisci connessioni)</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>data sconosciuta</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline waiting to be sent</source>
        <extracomment>In the status bar: changes made offline still in the journal</extracomment>
        <translation>
            <numerusform>%n modifica fatta offline in attesa di invio</numerusform>
            <numerusform>%n modifiche fatte offline in attesa di invio</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: showing the copy of %1; changes will be sent when the server is reachable</source>
        <extracomment>The banner above the table while offline; %1 is the date and time of the copy</extracomment>
        <translation>Offline: è mostrata la copia del %1; le modifiche saranno inviate quando il server sarà raggiungibile</translation>
    </message>
</context>
<context>
    <name>pecadmin::MainWindowView</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Mailbox</source>
        <translation>&amp;Casella</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>&amp;New mailbox…</source>
        <translation>&amp;Nuova casella…</translation>
    </message>
    <message>
        <source>Create a mailbox in this domain</source>
        <translation>Crea una casella in questo dominio</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>Search the mailboxes by name</source>
        <translation>Cerca le caselle per nome</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Read the domain&apos;s mailboxes again</source>
        <translation>Rileggi le caselle del dominio</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>&amp;Abilita…</translation>
    </message>
    <message>
        <source>D&amp;isable…</source>
        <translation>&amp;Disabilita…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Reimposta &amp;password…</translation>
    </message>
    <message>
        <source>Disk &amp;quota…</source>
        <translation>&amp;Quota disco…</translation>
    </message>
    <message>
        <source>&amp;Soft quota…</source>
        <translation>&amp;Soglia di avviso (soft quota)…</translation>
    </message>
    <message>
        <source>&amp;Archiving…</source>
        <translation>C&amp;onservazione sostitutiva…</translation>
    </message>
    <message>
        <source>New &amp;domain…</source>
        <translation>Nuovo &amp;dominio…</translation>
    </message>
    <message>
        <source>Add a PEC domain to this store</source>
        <translation>Aggiungi un dominio PEC a questo archivio</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Apri archivio…</translation>
    </message>
    <message>
        <source>Open another local store file</source>
        <translation>Apri un altro file di archivio locale</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;About PEC Admin</source>
        <translation>&amp;Informazioni su PEC Admin</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Apertura dell&apos;archivio…</translation>
    </message>
    <message>
        <source>The store cannot be opened</source>
        <translation>Impossibile aprire l&apos;archivio</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Scegli un altro file…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>The domain whose mailboxes are shown</source>
        <translation>Il dominio di cui vengono mostrate le caselle</translation>
    </message>
    <message>
        <source>Search mailboxes (%1)</source>
        <translation>Cerca caselle (%1)</translation>
    </message>
    <message>
        <source>Search mailboxes</source>
        <translation>Cerca caselle</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Caselle</translation>
    </message>
    <message>
        <source>Mailbox details</source>
        <translation>Dettagli della casella</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Domain totals</source>
        <translation>Totali del dominio</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>&amp;Import mailboxes…</source>
        <translation>&amp;Importa caselle…</translation>
    </message>
    <message>
        <source>Create mailboxes from a CSV file made with a spreadsheet</source>
        <translation>Crea caselle da un file CSV creato con un foglio di calcolo</translation>
    </message>
    <message>
        <source>&amp;Export mailboxes…</source>
        <translation>Es&amp;porta caselle…</translation>
    </message>
    <message>
        <source>Write every mailbox of this domain to a CSV file</source>
        <translation>Scrivi tutte le caselle di questo dominio in un file CSV</translation>
    </message>
    <message>
        <source>Export &amp;selected…</source>
        <translation>Espo&amp;rta selezionate…</translation>
    </message>
    <message>
        <source>Write the selected mailboxes to a CSV file</source>
        <translation>Scrivi le caselle selezionate in un file CSV</translation>
    </message>
    <message>
        <source>Change se&amp;lected mailboxes</source>
        <translation>&amp;Modifica caselle selezionate</translation>
    </message>
    <message>
        <source>Set disk &amp;quota…</source>
        <translation>Imposta &amp;quota disco…</translation>
    </message>
    <message>
        <source>Set &amp;soft quota…</source>
        <translation>Imposta &amp;soglia di avviso…</translation>
    </message>
    <message>
        <source>Turn archiving &amp;on…</source>
        <translation>&amp;Attiva conservazione sostitutiva…</translation>
    </message>
    <message>
        <source>Turn archiving o&amp;ff…</source>
        <translation>&amp;Disattiva conservazione sostitutiva…</translation>
    </message>
    <message>
        <source>&amp;Reset passwords…</source>
        <translation>&amp;Reimposta password…</translation>
    </message>
    <message>
        <source>&amp;Connect to</source>
        <translation>&amp;Connetti a</translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>&amp;Gestisci connessioni…</translation>
    </message>
    <message>
        <source>Add, change or remove the stores and servers to connect to</source>
        <translation>Aggiungi, modifica o rimuovi gli archivi e i server a cui connetterti</translation>
    </message>
    <message>
        <source>Refresh &amp;automatically</source>
        <translation>Aggiorna a&amp;utomaticamente</translation>
    </message>
    <message>
        <source>Read a shared store or a server again every 30 seconds</source>
        <translation>Rileggi un archivio condiviso o un server ogni 30 secondi</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>Archivio locale</translation>
    </message>
    <message>
        <source>Edi&amp;t domain…</source>
        <translation>Modi&amp;fica dominio…</translation>
    </message>
    <message>
        <source>Change the chosen domain&apos;s limits and password policy</source>
        <translation>Modifica i limiti e le regole delle password del dominio scelto</translation>
    </message>
    <message>
        <source>Re&amp;move domain…</source>
        <translation>Rimuo&amp;vi dominio…</translation>
    </message>
    <message>
        <source>Remove the chosen domain, once it holds no mailbox but its postmaster</source>
        <translation>Rimuovi il dominio scelto, quando non contiene altre caselle oltre alla postmaster</translation>
    </message>
    <message>
        <source>No mailbox matches “%1”.</source>
        <translation>Nessuna casella corrisponde a «%1».</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Cancella la ricerca</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Altri comandi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Storico…</translation>
    </message>
    <message>
        <source>Who changed what in this domain, and when</source>
        <translation>Chi ha cambiato cosa in questo dominio, e quando</translation>
    </message>
    <message>
        <source>&amp;Work offline</source>
        <translation>&amp;Lavora offline</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Show the copy kept for offline work without reaching the server; changes wait in a journal meanwhile</source>
        <translation>Mostra la copia tenuta per il lavoro offline senza contattare il server; intanto le modifiche attendono in un registro</translation>
    </message>
    <message>
        <source>All mailboxes</source>
        <translation>Tutte le caselle</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <extracomment>The table&apos;s filter: only the mailboxes with changes made offline waiting to be sent</extracomment>
        <translation>Modifiche in attesa</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>All the mailboxes, or only those with changes made offline waiting to be sent</source>
        <translation>Tutte le caselle, oppure solo quelle con modifiche fatte offline in attesa di invio</translation>
    </message>
    <message>
        <source>Changes Made Offline</source>
        <extracomment>The dock of the journal, and its View menu entry</extracomment>
        <translation>Modifiche fatte offline</translation>
    </message>
    <message>
        <source>Changes made offline</source>
        <translation>Modifiche fatte offline</translation>
    </message>
    <message>
        <source>&amp;Changes Made Offline</source>
        <translation>&amp;Modifiche fatte offline</translation>
    </message>
    <message>
        <source>The changes made offline, waiting to be sent to the server</source>
        <translation>Le modifiche fatte offline, in attesa di essere inviate al server</translation>
    </message>
</context>
<context>
    <name>pecadmin::ManPageWriter</name>
    <message>
        <source>User Commands</source>
        <translation>Comandi utente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>administers the domains and mailboxes of PEC Admin</source>
        <translation>amministra i domini e le caselle di PEC Admin</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Sintassi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>It does on the command line what the desktop application pecadmin does, on the same store or server, for scripts and for postmasters who prefer a terminal.</source>
        <translation>Fa dalla riga di comando ciò che fa l&apos;applicazione desktop pecadmin, sullo stesso archivio o server, per gli script e per i postmaster che preferiscono un terminale.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Comandi</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>These options apply to every command, before or after it.</source>
        <translation>Queste opzioni valgono per tutti i comandi, prima o dopo il comando.</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Saved connections and SCIM servers</source>
        <translation>Connessioni salvate e server SCIM</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>The store file to use when --store is not given.</source>
        <translation>Il file di archivio da usare quando --store non è indicato.</translation>
    </message>
    <message>
        <source>The password of a PostgreSQL user or of a SCIM server when it is not in the system keyring.</source>
        <translation>La password di un utente PostgreSQL o di un server SCIM quando non è nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>The language of the messages and of the numbers: Italian for it_IT.UTF-8, English otherwise.</source>
        <translation>La lingua dei messaggi e dei numeri: italiano per it_IT.UTF-8, inglese negli altri casi.</translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation>Stato di uscita</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>The local store, shared with the desktop application.</source>
        <translation>L&apos;archivio locale, condiviso con l&apos;applicazione desktop.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Esempi</translation>
    </message>
    <message>
        <source>Add the demo domain and list its mailboxes whose name contains rossi:</source>
        <translation>Aggiungere il dominio dimostrativo ed elencarne le caselle il cui nome contiene rossi:</translation>
    </message>
    <message>
        <source>Create a mailbox with a generated password, shown once:</source>
        <translation>Creare una casella con una password generata, mostrata una sola volta:</translation>
    </message>
    <message>
        <source>Set a password read from a variable, as a script does:</source>
        <translation>Impostare una password letta da una variabile, come fa uno script:</translation>
    </message>
    <message>
        <source>Preview the import of a spreadsheet, then import it:</source>
        <translation>Vedere in anteprima l&apos;importazione di un foglio di calcolo, poi importarlo:</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Vedere anche</translation>
    </message>
    <message>
        <source>administers the domains and mailboxes of PEC</source>
        <translation>amministra i domini e le caselle PEC</translation>
    </message>
    <message>
        <source>It creates, searches, enables, disables and deletes mailboxes, resets passwords, and sets disk quotas, soft quotas and conservazione sostitutiva (legal archiving), one mailbox at a time or many at once, in Italian or English.</source>
        <translation>Crea, cerca, abilita, disabilita e cancella caselle, reimposta password e imposta quota disco, soft quota e conservazione sostitutiva, una casella alla volta o molte insieme, in italiano o in inglese.</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argomenti</translation>
    </message>
    <message>
        <source>The options of every Qt application, such as -platform and -style, apply too.</source>
        <translation>Valgono anche le opzioni di ogni applicazione Qt, come -platform e -style.</translation>
    </message>
    <message>
        <source>The language of the window when none is chosen in View &gt; Language: Italian for it_IT.UTF-8, English otherwise.</source>
        <translation>La lingua della finestra quando non ne è scelta una in Visualizza &gt; Lingua: italiano per it_IT.UTF-8, inglese negli altri casi.</translation>
    </message>
    <message>
        <source>The local store, shared with pecadmin-cli.</source>
        <translation>L&apos;archivio locale, condiviso con pecadmin-cli.</translation>
    </message>
    <message>
        <source>The settings: the last store, the saved connections (never their passwords, which only the system keyring keeps), the language, the window&apos;s size and columns.</source>
        <translation>Le impostazioni: l&apos;ultimo archivio, le connessioni salvate (mai le loro password, che conserva solo il portachiavi di sistema), la lingua, le dimensioni e le colonne della finestra.</translation>
    </message>
</context>
<context>
    <name>pecadmin::NewDomainDialog</name>
    <message>
        <source>Add Domain</source>
        <translation>Aggiungi dominio</translation>
    </message>
    <message>
        <source>Add a PEC domain that you administer, with the limits of its contract with the provider.</source>
        <translation>Aggiungi un dominio PEC che amministri, con i limiti del suo contratto con il gestore.</translation>
    </message>
    <message>
        <source>&amp;Domain name:</source>
        <translation>Nome del &amp;dominio:</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>Nome del dominio</translation>
    </message>
    <message>
        <source>Domain name error</source>
        <translation>Errore nel nome del dominio</translation>
    </message>
    <message>
        <source>&amp;Total space:</source>
        <translation>Spazio &amp;totale:</translation>
    </message>
    <message>
        <source>Total space</source>
        <translation>Spazio totale</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Unit of the total space</source>
        <translation>Unità dello spazio totale</translation>
    </message>
    <message>
        <source>Total space error</source>
        <translation>Errore nello spazio totale</translation>
    </message>
    <message>
        <source>&amp;Mailbox limit:</source>
        <translation>&amp;Limite caselle:</translation>
    </message>
    <message>
        <source>Mailbox limit</source>
        <translation>Limite caselle</translation>
    </message>
    <message>
        <source>How many mailboxes the domain may hold, the postmaster&apos;s included</source>
        <translation>Quante caselle può contenere il dominio, compresa quella del postmaster</translation>
    </message>
    <message>
        <source>Mailbox limit error</source>
        <translation>Errore nel limite caselle</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Gestore:</translation>
    </message>
    <message>
        <source>Poste Italiane</source>
        <translation>Poste Italiane</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Custom rules</source>
        <translation>Regole personalizzate</translation>
    </message>
    <message>
        <source>Provider preset</source>
        <translation>Impostazioni predefinite del gestore</translation>
    </message>
    <message>
        <source>Provider rules</source>
        <translation>Regole del gestore</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Regole delle password</translation>
    </message>
    <message>
        <source>Custom password rules</source>
        <translation>Regole personalizzate delle password</translation>
    </message>
    <message>
        <source>Mi&amp;nimum length:</source>
        <translation>Lunghezza mi&amp;nima:</translation>
    </message>
    <message>
        <source>Minimum password length</source>
        <translation>Lunghezza minima della password</translation>
    </message>
    <message>
        <source>Ma&amp;ximum length:</source>
        <translation>Lunghezza ma&amp;ssima:</translation>
    </message>
    <message>
        <source>Maximum password length</source>
        <translation>Lunghezza massima della password</translation>
    </message>
    <message>
        <source>A &amp;lower-case letter</source>
        <translation>Una lettera &amp;minuscola</translation>
    </message>
    <message>
        <source>Require a lower-case letter</source>
        <translation>Richiedi una lettera minuscola</translation>
    </message>
    <message>
        <source>An &amp;upper-case letter</source>
        <translation>&amp;Una lettera maiuscola</translation>
    </message>
    <message>
        <source>Require an upper-case letter</source>
        <translation>Richiedi una lettera maiuscola</translation>
    </message>
    <message>
        <source>A d&amp;igit</source>
        <translation>Una &amp;cifra</translation>
    </message>
    <message>
        <source>Require a digit</source>
        <translation>Richiedi una cifra</translation>
    </message>
    <message>
        <source>A s&amp;ymbol</source>
        <translation>Un s&amp;imbolo</translation>
    </message>
    <message>
        <source>Require a symbol</source>
        <translation>Richiedi un simbolo</translation>
    </message>
    <message>
        <source>Password rules error</source>
        <translation>Errore nelle regole delle password</translation>
    </message>
    <message>
        <source>The contract includes &amp;conservazione sostitutiva (legal archiving)</source>
        <translation>Il contratto include la conse&amp;rvazione sostitutiva</translation>
    </message>
    <message>
        <source>Conservazione sostitutiva available</source>
        <translation>Conservazione sostitutiva disponibile</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Adding the domain</source>
        <translation>Aggiunta del dominio in corso</translation>
    </message>
    <message>
        <source>&amp;Add domain</source>
        <translation>&amp;Aggiungi dominio</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>Aggiungi dominio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Passwords must have:</source>
        <translation>Le password devono avere:</translation>
    </message>
    <message>
        <source>Edit Domain</source>
        <translation>Modifica dominio</translation>
    </message>
    <message>
        <source>Change the limits of %1 when its contract with the provider changes. They cannot go below what its mailboxes already use; a new password policy applies to the passwords set from now on.</source>
        <translation>Modifica i limiti di %1 quando cambia il suo contratto con il gestore. Non possono scendere sotto quanto le sue caselle usano già; le nuove regole delle password valgono per le password impostate da ora in poi.</translation>
    </message>
    <message numerus="yes">
        <source>Its mailboxes use now: %n mailbox(es), postmaster included; %1 MB of disk quota; the largest quota of one is %2 MB.</source>
        <translation>
            <numerusform>Le sue caselle usano ora: %n casella, postmaster compresa; %1 MB di quota disco; la quota più grande è di %2 MB.</numerusform>
            <numerusform>Le sue caselle usano ora: %n caselle, postmaster compresa; %1 MB di quota disco; la quota più grande è di %2 MB.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the mailboxes use</source>
        <translation>Cosa usano le caselle</translation>
    </message>
    <message>
        <source>Lar&amp;gest quota:</source>
        <translation>&amp;Quota massima:</translation>
    </message>
    <message>
        <source>Largest disk quota of a mailbox, in MB</source>
        <translation>Quota disco massima di una casella, in MB</translation>
    </message>
    <message>
        <source>The largest disk quota that one mailbox may have</source>
        <translation>La quota disco più grande che una casella può avere</translation>
    </message>
    <message>
        <source>Largest quota error</source>
        <translation>Errore nella quota massima</translation>
    </message>
    <message>
        <source>Allowed sym&amp;bols:</source>
        <translation>Sim&amp;boli ammessi:</translation>
    </message>
    <message>
        <source>Symbols allowed besides letters and digits</source>
        <translation>Simboli ammessi oltre a lettere e cifre</translation>
    </message>
    <message>
        <source>none: letters and digits only</source>
        <translation>nessuno: solo lettere e cifre</translation>
    </message>
    <message>
        <source>The symbols a password may contain besides letters and digits, such as !#$%</source>
        <translation>I simboli che una password può contenere oltre a lettere e cifre, come !#$%</translation>
    </message>
    <message>
        <source>Must not contain the mailbox nam&amp;e</source>
        <translation>Non deve contenere il nom&amp;e della casella</translation>
    </message>
    <message>
        <source>A password must not contain the mailbox name</source>
        <translation>Una password non deve contenere il nome della casella</translation>
    </message>
    <message>
        <source>Conservazione sostitutiva error</source>
        <translation>Errore nella conservazione sostitutiva</translation>
    </message>
    <message>
        <source>Changing the domain</source>
        <translation>Modifica del dominio in corso</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Sal&amp;va modifiche</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salva modifiche</translation>
    </message>
    <message>
        <source>Language of the messages to users</source>
        <translation>Lingua dei messaggi agli utenti</translation>
    </message>
    <message>
        <source>The language of the messages that the mail server sends the domain&apos;s users, such as the soft-quota alarm</source>
        <translation>La lingua dei messaggi che il server di posta invia agli utenti del dominio, come l&apos;allarme di superamento della soglia</translation>
    </message>
    <message>
        <source>Language error</source>
        <translation>Errore nella lingua</translation>
    </message>
    <message>
        <source>Messages &amp;in:</source>
        <translation>Messaggi &amp;in:</translation>
    </message>
</context>
<context>
    <name>pecadmin::OutputFormatter</name>
    <message>
        <source>enabled</source>
        <comment>mailbox status</comment>
        <translation>abilitata</translation>
    </message>
    <message>
        <source>disabled</source>
        <comment>mailbox status</comment>
        <translation>disabilitata</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Poste</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personalizzati</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>da %1 a %2 caratteri</translation>
    </message>
    <message>
        <source>a lowercase letter</source>
        <translation>una lettera minuscola</translation>
    </message>
    <message>
        <source>an uppercase letter</source>
        <translation>una lettera maiuscola</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>una cifra</translation>
    </message>
    <message>
        <source>a symbol</source>
        <translation>un simbolo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>password policy: preset (requirements)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Utilizzato</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Soft quota</source>
        <translation>Soft quota</translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>Conservazione</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Data di creazione</translation>
    </message>
    <message>
        <source>none</source>
        <comment>soft quota</comment>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>%1 (%2% of the quota)</source>
        <translation>%1 (%2% della quota)</translation>
    </message>
    <message>
        <source>Disk quota</source>
        <translation>Quota disco</translation>
    </message>
    <message>
        <source>Conservazione sostitutiva</source>
        <translation>Conservazione sostitutiva</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Cambio password obbligatorio</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Caselle</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Assegnato</translation>
    </message>
    <message>
        <source>Total space</source>
        <translation>Spazio totale</translation>
    </message>
    <message>
        <source>Max quota</source>
        <translation>Quota massima</translation>
    </message>
    <message>
        <source>Password policy</source>
        <translation>Criteri password</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>mailboxes: count of limit</comment>
        <translation>%1 di %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (%n free)</source>
        <comment>mailboxes: count of limit</comment>
        <translation>
            <numerusform>%1 di %2 (%n libera)</numerusform>
            <numerusform>%1 di %2 (%n libere)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (%2 rimanenti)</translation>
    </message>
    <message>
        <source>Largest mailbox quota</source>
        <translation>Quota massima di una casella</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponibile</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponibile</translation>
    </message>
    <message>
        <source>%1 to %2 letters and digits</source>
        <translation>da %1 a %2 lettere e cifre</translation>
    </message>
    <message>
        <source>symbols %1</source>
        <translation>simboli %1</translation>
    </message>
    <message>
        <source>must not contain the mailbox name</source>
        <translation>non deve contenere il nome della casella</translation>
    </message>
    <message>
        <source>not stated</source>
        <extracomment>A cell of the domain table whose value the server does not give</extracomment>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>not stated by the server</source>
        <extracomment>A line of &quot;domain show&quot; whose value the server does not give</extracomment>
        <translation>non indicato dal server</translation>
    </message>
    <message>
        <source>%1 (the server does not state a limit)</source>
        <comment>mailboxes: count</comment>
        <translation>%1 (il server non indica un limite)</translation>
    </message>
    <message>
        <source>The server does not state this domain&apos;s limits: it checks them itself when a mailbox is created or changed, and says why it refuses.</source>
        <translation>Il server non indica i limiti di questo dominio: li controlla da sé quando una casella viene creata o modificata, e dice perché rifiuta.</translation>
    </message>
    <message>
        <source>Usage reported</source>
        <translation>Uso aggiornato al</translation>
    </message>
    <message>
        <source>never, by the mail server</source>
        <translation>mai, dal server di posta</translation>
    </message>
    <message>
        <source>not reported</source>
        <comment>usage</comment>
        <translation>non comunicato</translation>
    </message>
    <message>
        <source>not reported by the mail server</source>
        <translation>non comunicato dal server di posta</translation>
    </message>
    <message>
        <source>at least %1</source>
        <extracomment>A domain&apos;s usage where some mailboxes&apos; usage is not reported: &quot;at least 1.2 GB&quot;</extracomment>
        <translation>almeno %1</translation>
    </message>
    <message numerus="yes">
        <source>at least %1 (%n mailboxes not reported by the mail server)</source>
        <extracomment>&quot;at least 1.2 GB (2 mailboxes not reported by the mail server)&quot;</extracomment>
        <translation>
            <numerusform>almeno %1 (uso di %n casella non comunicato dal server di posta)</numerusform>
            <numerusform>almeno %1 (uso di %n caselle non comunicato dal server di posta)</numerusform>
        </translation>
    </message>
    <message>
        <source>Soft-quota alarm sent</source>
        <translation>Allarme di superamento della soglia inviato</translation>
    </message>
    <message>
        <source>never</source>
        <comment>soft-quota alarm</comment>
        <translation>mai</translation>
    </message>
    <message>
        <source>Language of the messages to users</source>
        <translation>Lingua dei messaggi agli utenti</translation>
    </message>
    <message>
        <source>Italian (it)</source>
        <translation>Italiano (it)</translation>
    </message>
    <message>
        <source>English (en)</source>
        <translation>Inglese (en)</translation>
    </message>
    <message>
        <source>“%1” (the mail server writes in English)</source>
        <extracomment>A language the store holds that the program does not offer (set by hand): its code</extracomment>
        <translation>“%1” (il server di posta scrive in inglese)</translation>
    </message>
</context>
<context>
    <name>pecadmin::PasswordEditor</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Genera</translation>
    </message>
    <message>
        <source>Generate a password</source>
        <translation>Genera una password</translation>
    </message>
    <message>
        <source>Fill both fields with a random password that meets the domain&apos;s policy</source>
        <translation>Compila entrambi i campi con una password casuale conforme ai criteri del dominio</translation>
    </message>
    <message>
        <source>Password error</source>
        <translation>Errore nella password</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Ripeti password:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Ripeti password</translation>
    </message>
    <message>
        <source>Repeated password error</source>
        <translation>Errore nella password ripetuta</translation>
    </message>
    <message>
        <source>&amp;Show passwords</source>
        <translation>&amp;Mostra password</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>Mostra password</translation>
    </message>
    <message>
        <source>The password must have:</source>
        <translation>La password deve avere:</translation>
    </message>
    <message>
        <source>Password policy checklist</source>
        <translation>Verifica dei criteri password</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>Rispettato: %1</translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation>Non rispettato: %1</translation>
    </message>
    <message>
        <source>The server does not state the domain&apos;s password policy: it checks the password itself.</source>
        <translation>Il server non indica le regole del dominio per le password: controlla la password da sé.</translation>
    </message>
</context>
<context>
    <name>pecadmin::PasswordReader</name>
    <message>
        <source>New password for %1: </source>
        <translation>Nuova password per %1: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Ripeti la password: </translation>
    </message>
    <message>
        <source>Current password of %1: </source>
        <translation>Password attuale di %1: </translation>
    </message>
</context>
<context>
    <name>pecadmin::ProfilesDialog</name>
    <message>
        <source>Unchanged (saved in the system keyring)</source>
        <translation>Invariata (salvata nel portachiavi di sistema)</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The connection is saved, but its password is not: %1</source>
        <translation>La connessione è salvata, ma la sua password no: %1</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Rimuovi connessione</translation>
    </message>
    <message>
        <source>Remove the connection %1? Its saved password is deleted from the system keyring too. The store or the server itself is not touched.</source>
        <translation>Rimuovere la connessione %1? Anche la sua password salvata viene cancellata dal portachiavi di sistema. L&apos;archivio o il server stesso non viene toccato.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione in corso…</translation>
    </message>
    <message>
        <source>✔ The connection works.</source>
        <translation>✔ La connessione funziona.</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Choose a store</source>
        <translation>Scegli un archivio</translation>
    </message>
    <message>
        <source>Choose a CA certificate</source>
        <translation>Scegli un certificato CA</translation>
    </message>
    <message>
        <source>PEC Admin stores (*.sqlite);;All files (*)</source>
        <translation>Archivi di PEC Admin (*.sqlite);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificati PEM (*.pem *.crt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connessioni</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Rimuovi…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Serv&amp;er:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>C&amp;ifratura:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>Acc&amp;esso con:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;Certificato CA:</translation>
    </message>
    <message>
        <source>D&amp;omains:</source>
        <translation>&amp;Domini:</translation>
    </message>
    <message>
        <source>&amp;Webmail:</source>
        <translation>&amp;Webmail:</translation>
    </message>
    <message>
        <source>Local file (SQLite)</source>
        <translation>File locale (SQLite)</translation>
    </message>
    <message>
        <source>Shared store (PostgreSQL)</source>
        <translation>Archivio condiviso (PostgreSQL)</translation>
    </message>
    <message>
        <source>Provider&apos;s server (SCIM)</source>
        <translation>Server del gestore (SCIM)</translation>
    </message>
    <message>
        <source>None (clear text)</source>
        <translation>Nessuna (testo in chiaro)</translation>
    </message>
    <message>
        <source>TLS where the server offers it</source>
        <translation>TLS se il server lo offre</translation>
    </message>
    <message>
        <source>TLS, certificate not checked</source>
        <translation>TLS, certificato non verificato</translation>
    </message>
    <message>
        <source>TLS, certificate and name checked</source>
        <translation>TLS, certificato e nome verificati</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Nome utente e password</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Token bearer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Sf&amp;oglia…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Sfo&amp;glia…</translation>
    </message>
    <message>
        <source>Optional: a private authority</source>
        <translation>Facoltativo: un&apos;autorità privata</translation>
    </message>
    <message>
        <source>The domains to show where the server does not list its domains</source>
        <translation>I domini da mostrare quando il server non elenca i suoi domini</translation>
    </message>
    <message>
        <source>Where the users read their mail, for the credential letters</source>
        <translation>Dove gli utenti leggono la posta, per le lettere delle credenziali</translation>
    </message>
    <message>
        <source>Remember in the system &amp;keyring</source>
        <translation>Ricorda nel portac&amp;hiavi di sistema</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Verifica connessione</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Keep a cop&amp;y for offline work</source>
        <translation>Conserva una copia per il &amp;lavoro offline</translation>
    </message>
    <message>
        <source>The domains and their mailboxes, without passwords, in a file on this computer, refreshed while online: shown when the server cannot be reached</source>
        <translation>I domini e le loro caselle, senza password, in un file su questo computer, aggiornato mentre si è online: mostrato quando il server non è raggiungibile</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation>%1: errore</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Scegli il file</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Scegli il certificato della CA</translation>
    </message>
</context>
<context>
    <name>pecadmin::QuotaDialog</name>
    <message>
        <source>Disk Quota</source>
        <translation>Quota disco</translation>
    </message>
    <message>
        <source>The disk quota is the most space that the mailbox %1 may use.</source>
        <translation>La quota disco è lo spazio massimo che la casella %1 può utilizzare.</translation>
    </message>
    <message>
        <source>Used now:</source>
        <translation>Utilizzo attuale:</translation>
    </message>
    <message>
        <source>Current quota:</source>
        <translation>Quota attuale:</translation>
    </message>
    <message>
        <source>Space left in the domain:</source>
        <translation>Spazio rimasto nel dominio:</translation>
    </message>
    <message>
        <source>Largest quota possible:</source>
        <translation>Quota massima possibile:</translation>
    </message>
    <message>
        <source>New &amp;quota:</source>
        <translation>Nuova &amp;quota:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>New disk quota in MB</source>
        <translation>Nuova quota disco in MB</translation>
    </message>
    <message>
        <source>Disk quota error</source>
        <translation>Errore nella quota disco</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>The values above are the current ones: check them and try again.</source>
        <translation>I valori sopra sono quelli attuali: controllali e riprova.</translation>
    </message>
    <message>
        <source>Current values loaded</source>
        <translation>Valori attuali caricati</translation>
    </message>
    <message>
        <source>Setting the disk quota</source>
        <translation>Impostazione della quota disco in corso</translation>
    </message>
    <message>
        <source>&amp;Set quota</source>
        <translation>&amp;Imposta quota</translation>
    </message>
    <message>
        <source>Set quota</source>
        <translation>Imposta quota</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Used now: %1</source>
        <translation>Utilizzo attuale: %1</translation>
    </message>
    <message>
        <source>Current quota: %1</source>
        <translation>Quota attuale: %1</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 di %2 MB</translation>
    </message>
    <message>
        <source>Not known here: the provider checks it</source>
        <translation>Non noto qui: lo controlla il gestore</translation>
    </message>
    <message>
        <source>Space left in the domain: %1</source>
        <translation>Spazio rimasto nel dominio: %1</translation>
    </message>
    <message>
        <source>Largest quota possible: %1</source>
        <translation>Quota massima possibile: %1</translation>
    </message>
    <message>
        <source>The mailbox already uses more than this: it will not receive mail until the user deletes messages.</source>
        <translation>La casella utilizza già più di questo valore: non riceverà posta finché l&apos;utente non cancellerà dei messaggi.</translation>
    </message>
    <message>
        <source>Quota Below Usage</source>
        <translation>Quota inferiore all&apos;utilizzo</translation>
    </message>
    <message>
        <source>The mailbox %1 already uses %2, more than the new quota of %3 MB. It will not receive mail until its user deletes messages.

Set the quota to %3 MB anyway?</source>
        <translation>La casella %1 utilizza già %2, più della nuova quota di %3 MB. Non riceverà posta finché il suo utente non cancellerà dei messaggi.

Impostare comunque la quota a %3 MB?</translation>
    </message>
    <message>
        <source>Not reported by the mail server</source>
        <translation>Non comunicato dal server di posta</translation>
    </message>
</context>
<context>
    <name>pecadmin::RemoveDomainDialog</name>
    <message>
        <source>Remove Domain</source>
        <translation>Rimuovi dominio</translation>
    </message>
    <message>
        <source>Removing %1 removes the domain and its postmaster mailbox from this store, for ever. Its limits and password policy are forgotten.</source>
        <translation>Rimuovere %1 elimina per sempre il dominio e la sua casella postmaster da questo archivio. I suoi limiti e le sue regole delle password vanno persi.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Why the domain cannot be removed</source>
        <translation>Perché il dominio non può essere rimosso</translation>
    </message>
    <message>
        <source>To confirm, type the name of the domain, %1:</source>
        <translation>Per confermare, digita il nome del dominio, %1:</translation>
    </message>
    <message>
        <source>Type the domain name to confirm</source>
        <translation>Digita il nome del dominio per confermare</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Removing the domain</source>
        <translation>Rimozione del dominio in corso</translation>
    </message>
    <message>
        <source>&amp;Remove domain</source>
        <translation>&amp;Rimuovi dominio</translation>
    </message>
    <message>
        <source>Remove domain</source>
        <translation>Rimuovi dominio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>pecadmin::ResetPasswordDialog</name>
    <message>
        <source>Reset Password</source>
        <translation>Reimposta password</translation>
    </message>
    <message>
        <source>Set a new password for %1. Its user must change it at the first access; you will see it once, to pass it on.</source>
        <translation>Imposta una nuova password per %1. Il suo utente dovrà cambiarla al primo accesso; la vedrai una sola volta, per comunicargliela.</translation>
    </message>
    <message>
        <source>Why the password cannot be reset</source>
        <translation>Perché la password non può essere reimpostata</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>The mailbox was read again: try again.</source>
        <translation>La casella è stata riletta: riprova.</translation>
    </message>
    <message>
        <source>Current values loaded</source>
        <translation>Valori attuali caricati</translation>
    </message>
    <message>
        <source>Setting the password</source>
        <translation>Impostazione della password in corso</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>Re&amp;imposta password</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reimposta password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>pecadmin::ScimCheck</name>
    <message>
        <source>PEC Admin cannot connect to this address.</source>
        <translation>PEC Admin non può connettersi a questo indirizzo.</translation>
    </message>
    <message>
        <source>/ServiceProviderConfig and /ResourceTypes read; users at %1.</source>
        <translation>/ServiceProviderConfig e /ResourceTypes letti; utenti in %1.</translation>
    </message>
    <message>
        <source>/ResourceTypes lists no User resource type.</source>
        <translation>/ResourceTypes non elenca alcun tipo di risorsa User.</translation>
    </message>
    <message>
        <source>PEC Admin reads them when it connects.</source>
        <translation>PEC Admin li legge quando si connette.</translation>
    </message>
    <message>
        <source>PEC Admin cannot connect to this server.</source>
        <translation>PEC Admin non può connettersi a questo server.</translation>
    </message>
    <message>
        <source>The mailbox extension %1 is offered.</source>
        <translation>L’estensione delle caselle %1 è disponibile.</translation>
    </message>
    <message>
        <source>The mailbox extension %1 is offered neither by the User resource type nor in /Schemas.</source>
        <translation>L’estensione delle caselle %1 non è offerta né dal tipo di risorsa User né in /Schemas.</translation>
    </message>
    <message>
        <source>Quotas, usage and archiving are read and written through it.</source>
        <translation>Quote, spazio usato e conservazione vengono letti e scritti tramite essa.</translation>
    </message>
    <message>
        <source>PEC Admin refuses the server: quotas and archiving cannot be read.</source>
        <translation>PEC Admin rifiuta il server: quote e conservazione non si possono leggere.</translation>
    </message>
    <message>
        <source>The Domain resource type is offered.</source>
        <translation>Il tipo di risorsa Domain è disponibile.</translation>
    </message>
    <message>
        <source>There is no Domain resource type.</source>
        <translation>Non c’è alcun tipo di risorsa Domain.</translation>
    </message>
    <message>
        <source>Each domain&apos;s limits are read from the server and checked before sending.</source>
        <translation>I limiti di ogni dominio vengono letti dal server e controllati prima dell’invio.</translation>
    </message>
    <message>
        <source>The domains are those named with --domain or in the connection; their limits are not known, and the server&apos;s own refusals are shown.</source>
        <translation>I domini sono quelli indicati con --domain o nella connessione; i loro limiti non sono noti e vengono mostrati i rifiuti del server stesso.</translation>
    </message>
    <message>
        <source>PATCH is supported.</source>
        <translation>PATCH è supportato.</translation>
    </message>
    <message>
        <source>PATCH is not supported.</source>
        <translation>PATCH non è supportato.</translation>
    </message>
    <message>
        <source>Every change is sent as a PATCH of the attributes it changes.</source>
        <translation>Ogni modifica viene inviata come PATCH degli attributi che cambia.</translation>
    </message>
    <message>
        <source>PEC Admin refuses the server: it changes mailboxes with PATCH only.</source>
        <translation>PEC Admin rifiuta il server: modifica le caselle solo con PATCH.</translation>
    </message>
    <message>
        <source>No domain to try mailboxes in.</source>
        <translation>Nessun dominio in cui provare le caselle.</translation>
    </message>
    <message>
        <source>Give one with --domain NAME to run the remaining checks.</source>
        <translation>Indicane uno con --domain NOME per eseguire le prove rimanenti.</translation>
    </message>
    <message numerus="yes">
        <source>The filter %1 is answered (%n mailboxes).</source>
        <translation>
            <numerusform>Il filtro %1 riceve risposta (%n casella).</numerusform>
            <numerusform>Il filtro %1 riceve risposta (%n caselle).</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter %1 is not answered (%2).</source>
        <translation>Il filtro %1 non riceve risposta (%2).</translation>
    </message>
    <message>
        <source>A domain&apos;s mailboxes are listed and searched with filters.</source>
        <translation>Le caselle di un dominio vengono elencate e cercate con i filtri.</translation>
    </message>
    <message>
        <source>PEC Admin cannot list a domain&apos;s mailboxes on this server.</source>
        <translation>PEC Admin non può elencare le caselle di un dominio su questo server.</translation>
    </message>
    <message>
        <source>%1 created (%2).</source>
        <translation>%1 creata (%2).</translation>
    </message>
    <message>
        <source>%1 could not be created (%2): %3</source>
        <translation>Non è stato possibile creare %1 (%2): %3</translation>
    </message>
    <message>
        <source>Mailboxes are created with POST; it is deleted at the end of the check.</source>
        <translation>Le caselle vengono create con POST; questa viene eliminata alla fine della verifica.</translation>
    </message>
    <message>
        <source>PEC Admin cannot create mailboxes in %1.</source>
        <translation>PEC Admin non può creare caselle in %1.</translation>
    </message>
    <message>
        <source>A second mailbox with the same address is refused with 409.</source>
        <translation>Una seconda casella con lo stesso indirizzo viene rifiutata con 409.</translation>
    </message>
    <message>
        <source>A second mailbox with the same address is answered %1, not 409.</source>
        <translation>Una seconda casella con lo stesso indirizzo riceve %1, non 409.</translation>
    </message>
    <message>
        <source>A taken address is reported as taken.</source>
        <translation>Un indirizzo già in uso viene segnalato come tale.</translation>
    </message>
    <message>
        <source>A taken address may be created twice or refused without saying why: check the address before creating.</source>
        <translation>Un indirizzo già in uso potrebbe essere creato due volte o rifiutato senza spiegazione: controlla l’indirizzo prima di creare.</translation>
    </message>
    <message>
        <source>maxResults is %1.</source>
        <translation>maxResults è %1.</translation>
    </message>
    <message>
        <source>No maxResults is stated.</source>
        <translation>Nessun maxResults dichiarato.</translation>
    </message>
    <message>
        <source>startIndex and count page the list. %1</source>
        <translation>startIndex e count suddividono l’elenco in pagine. %1</translation>
    </message>
    <message>
        <source>Pages by startIndex and count are not as RFC 7644 says (%1, %2). %3</source>
        <translation>Le pagine per startIndex e count non sono come prescrive la RFC 7644 (%1, %2). %3</translation>
    </message>
    <message>
        <source>Pages are read %1 mailboxes at a time, with as many requests as a longer page needs.</source>
        <translation>Le pagine vengono lette %1 caselle alla volta, con tutte le richieste che servono per una pagina più lunga.</translation>
    </message>
    <message>
        <source>Lists longer than one page would be wrong.</source>
        <translation>Gli elenchi più lunghi di una pagina sarebbero errati.</translation>
    </message>
    <message>
        <source>Sorting is supported, and sortBy with sortOrder=descending is honoured.</source>
        <translation>L’ordinamento è supportato e sortBy con sortOrder=descending viene rispettato.</translation>
    </message>
    <message>
        <source>Sorting is claimed, but sortBy with sortOrder=descending is not honoured.</source>
        <translation>L’ordinamento è dichiarato, ma sortBy con sortOrder=descending non viene rispettato.</translation>
    </message>
    <message>
        <source>Lists are sorted by the server, on any column.</source>
        <translation>Gli elenchi vengono ordinati dal server, su qualsiasi colonna.</translation>
    </message>
    <message>
        <source>Lists follow the server&apos;s order: declare sort unsupported, and PEC Admin sorts them itself.</source>
        <translation>Gli elenchi seguono l’ordine del server: dichiara l’ordinamento non supportato e PEC Admin li ordinerà da sé.</translation>
    </message>
    <message>
        <source>Sorting is not supported.</source>
        <translation>L’ordinamento non è supportato.</translation>
    </message>
    <message>
        <source>A list is read whole (up to 20,000 mailboxes) and sorted by PEC Admin.</source>
        <translation>Un elenco viene letto per intero (fino a 20.000 caselle) e ordinato da PEC Admin.</translation>
    </message>
    <message>
        <source>PATCH is answered 200 with the mailbox.</source>
        <translation>PATCH riceve 200 con la casella.</translation>
    </message>
    <message>
        <source>PATCH is answered 204 No Content.</source>
        <translation>PATCH riceve 204 No Content.</translation>
    </message>
    <message>
        <source>PATCH is answered %1.</source>
        <translation>PATCH riceve %1.</translation>
    </message>
    <message>
        <source>The mailbox as the server left it is shown at once.</source>
        <translation>La casella come l’ha lasciata il server viene mostrata subito.</translation>
    </message>
    <message>
        <source>The mailbox is read again after each change.</source>
        <translation>La casella viene riletta dopo ogni modifica.</translation>
    </message>
    <message>
        <source>PEC Admin cannot change mailboxes on this server.</source>
        <translation>PEC Admin non può modificare le caselle su questo server.</translation>
    </message>
    <message>
        <source>Versions (ETags) are not supported.</source>
        <translation>Le versioni (ETag) non sono supportate.</translation>
    </message>
    <message>
        <source>A change made meanwhile by another administrator is not noticed: the last change wins.</source>
        <translation>Una modifica fatta nel frattempo da un altro amministratore non viene rilevata: prevale l’ultima modifica.</translation>
    </message>
    <message>
        <source>Versions come in the ETag header only (%1).</source>
        <translation>Le versioni arrivano solo nell’intestazione ETag (%1).</translation>
    </message>
    <message>
        <source>Versions come in meta.version (%1).</source>
        <translation>Le versioni arrivano in meta.version (%1).</translation>
    </message>
    <message>
        <source>They are weak.</source>
        <translation>Sono deboli.</translation>
    </message>
    <message>
        <source>They are strong.</source>
        <translation>Sono forti.</translation>
    </message>
    <message>
        <source>Each change carries the version it was made from in If-Match, as the server gave it.</source>
        <translation>Ogni modifica porta in If-Match la versione da cui è stata fatta, così come l’ha data il server.</translation>
    </message>
    <message>
        <source>Versions are claimed, but a mailbox has neither meta.version nor an ETag header.</source>
        <translation>Le versioni sono dichiarate, ma una casella non ha né meta.version né un’intestazione ETag.</translation>
    </message>
    <message>
        <source>meta.lastModified is compared just before each change is sent; a change made in between is not noticed.</source>
        <translation>meta.lastModified viene confrontato subito prima di inviare ogni modifica; una modifica fatta nel frattempo non viene rilevata.</translation>
    </message>
    <message>
        <source>A change with a stale version in If-Match is refused with 412.</source>
        <translation>Una modifica con una versione superata in If-Match viene rifiutata con 412.</translation>
    </message>
    <message>
        <source>A change with a stale version in If-Match is answered %1, not 412.</source>
        <translation>Una modifica con una versione superata in If-Match riceve %1, non 412.</translation>
    </message>
    <message>
        <source>A change from a stale view is refused, and the user is told to reload.</source>
        <translation>Una modifica da una vista superata viene rifiutata e all’utente viene chiesto di ricaricare.</translation>
    </message>
    <message>
        <source>PEC Admin compares versions itself just before sending; a change made in between overwrites the other.</source>
        <translation>PEC Admin confronta le versioni da sé subito prima dell’invio; una modifica fatta nel frattempo sovrascrive l’altra.</translation>
    </message>
    <message>
        <source>The check&apos;s mailboxes were deleted, and read as missing afterwards.</source>
        <translation>Le caselle della verifica sono state eliminate e poi risultano inesistenti.</translation>
    </message>
    <message>
        <source>The check&apos;s mailboxes (%1…) could not all be deleted, or still read (%2).</source>
        <translation>Non è stato possibile eliminare tutte le caselle della verifica (%1…), oppure si leggono ancora (%2).</translation>
    </message>
    <message>
        <source>Deleting works; a missing mailbox is reported as missing.</source>
        <translation>L’eliminazione funziona; una casella inesistente viene segnalata come tale.</translation>
    </message>
    <message>
        <source>Delete the mailboxes whose names begin with %1 by hand.</source>
        <translation>Elimina a mano le caselle il cui nome inizia con %1.</translation>
    </message>
    <message>
        <source>check tries a SCIM server: name it with --scim URL or a saved SCIM connection.</source>
        <translation>check mette alla prova un server SCIM: indicalo con --scim URL o con una connessione SCIM salvata.</translation>
    </message>
    <message>
        <source>See pecadmin-cli help check.</source>
        <translation>Vedi pecadmin-cli help check.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The server can be used with PEC Admin.</source>
        <translation>Il server può essere usato con PEC Admin.</translation>
    </message>
    <message>
        <source>The server cannot be used with PEC Admin until the checks marked FAIL pass.</source>
        <translation>Il server non può essere usato con PEC Admin finché le prove segnate NO non sono superate.</translation>
    </message>
</context>
<context>
    <name>pecadmin::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in to %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Accedi a %1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Session expired: sign in again&lt;/b&gt;&lt;br&gt;The server %1 no longer accepts the session of %2. What you were doing continues once you are signed in.</source>
        <translation>&lt;b&gt;Sessione scaduta: accedi di nuovo&lt;/b&gt;&lt;br&gt;Il server %1 non accetta più la sessione di %2. Ciò che stavi facendo prosegue una volta effettuato l&apos;accesso.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign in to %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;The saved password was refused.</source>
        <translation>&lt;b&gt;Accedi a %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;La password salvata è stata rifiutata.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nome utente:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Ricorda nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>The system keyring does not answer: the password cannot be remembered and is asked each time.</source>
        <translation>Il portachiavi di sistema non risponde: la password non può essere memorizzata e viene chiesta ogni volta.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Accesso in corso</translation>
    </message>
</context>
<context>
    <name>pecadmin::SoftQuotaDialog</name>
    <message>
        <source>Soft Quota</source>
        <translation>Soglia di avviso (soft quota)</translation>
    </message>
    <message>
        <source>The soft quota of the mailbox %1.</source>
        <translation>La soglia di avviso (soft quota) della casella %1.</translation>
    </message>
    <message>
        <source>When the mailbox reaches this size, its user receives a message warning that the mailbox is nearly full, in time to delete or save messages before new mail is refused. It can be at most the disk quota; 0 means no warning.</source>
        <translation>Quando la casella raggiunge questa dimensione, il suo utente riceve un messaggio che lo avvisa che la casella è quasi piena, in tempo per cancellare o salvare dei messaggi prima che la nuova posta venga rifiutata. Può essere al massimo pari alla quota disco; 0 significa nessun avviso.</translation>
    </message>
    <message>
        <source>What the soft quota is</source>
        <translation>Cos&apos;è la soglia di avviso (soft quota)</translation>
    </message>
    <message>
        <source>Disk quota:</source>
        <translation>Quota disco:</translation>
    </message>
    <message>
        <source>Used now:</source>
        <translation>Utilizzo attuale:</translation>
    </message>
    <message>
        <source>Current soft quota:</source>
        <translation>Soglia di avviso attuale:</translation>
    </message>
    <message>
        <source>New &amp;soft quota:</source>
        <translation>Nuova &amp;soglia di avviso:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>No warning</source>
        <translation>Nessun avviso</translation>
    </message>
    <message>
        <source>New soft quota in MB</source>
        <translation>Nuova soglia di avviso in MB</translation>
    </message>
    <message>
        <source>Soft quota error</source>
        <translation>Errore nella soglia di avviso</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>The values above are the current ones: check them and try again.</source>
        <translation>I valori sopra sono quelli attuali: controllali e riprova.</translation>
    </message>
    <message>
        <source>Current values loaded</source>
        <translation>Valori attuali caricati</translation>
    </message>
    <message>
        <source>Setting the soft quota</source>
        <translation>Impostazione della soglia di avviso in corso</translation>
    </message>
    <message>
        <source>&amp;Set soft quota</source>
        <translation>&amp;Imposta soglia</translation>
    </message>
    <message>
        <source>Set soft quota</source>
        <translation>Imposta soglia di avviso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Disk quota: %1</source>
        <translation>Quota disco: %1</translation>
    </message>
    <message>
        <source>Used now: %1</source>
        <translation>Utilizzo attuale: %1</translation>
    </message>
    <message>
        <source>Current soft quota: %1</source>
        <translation>Soglia di avviso attuale: %1</translation>
    </message>
    <message>
        <source>Not reported by the mail server</source>
        <translation>Non comunicato dal server di posta</translation>
    </message>
</context>
<context>
    <name>pecadmin::ValueLabel</name>
    <message>
        <source>%1: %2</source>
        <comment>an accessible name: caption, value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pecadmin::WelcomePage</name>
    <message>
        <source>Welcome to PEC Admin</source>
        <translation>Benvenuto in PEC Admin</translation>
    </message>
    <message>
        <source>This store has no domain yet. Add the PEC domain you administer, or open a demo domain with sample mailboxes to look around.</source>
        <translation>Questo archivio non ha ancora alcun dominio. Aggiungi il dominio PEC che amministri, oppure apri un dominio dimostrativo con caselle di esempio per dare un&apos;occhiata.</translation>
    </message>
    <message>
        <source>This connection offers no domain.</source>
        <translation>Questa connessione non offre alcun dominio.</translation>
    </message>
    <message>
        <source>Add a domain…</source>
        <translation>Aggiungi un dominio…</translation>
    </message>
    <message>
        <source>Add a domain</source>
        <translation>Aggiungi un dominio</translation>
    </message>
    <message>
        <source>Opening the demo domain…</source>
        <translation>Apertura del dominio dimostrativo…</translation>
    </message>
    <message>
        <source>Open the demo domain</source>
        <translation>Apri il dominio dimostrativo</translation>
    </message>
</context>
</TS>
