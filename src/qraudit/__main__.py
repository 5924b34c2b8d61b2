from qraudit.cli import main

main()
